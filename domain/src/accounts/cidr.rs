//! IP networks in CIDR notation (`203.0.113.0/24`, `2001:db8::/32`, or a bare address).

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IpNetwork {
    network: IpAddr,
    prefix: u8,
}

impl IpNetwork {
    pub fn contains(&self, ip: IpAddr) -> bool {
        // `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is matched as IPv4.
        match (self.network, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => mask_u32(u32::from(ip), self.prefix) == u32::from(net),
            (IpAddr::V6(net), IpAddr::V6(ip)) => mask_u128(u128::from(ip), self.prefix) == u128::from(net),
            _ => false,
        }
    }
}

fn mask_u32(value: u32, prefix: u8) -> u32 {
    if prefix == 0 { 0 } else { value & (u32::MAX << (32 - u32::from(prefix))) }
}

fn mask_u128(value: u128, prefix: u8) -> u128 {
    if prefix == 0 { 0 } else { value & (u128::MAX << (128 - u32::from(prefix))) }
}

impl FromStr for IpNetwork {
    type Err = String;

    /// Host bits must be zero (`10.0.0.1/8` is refused) so a typo cannot silently widen a rule.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{text}` is not an IP address or CIDR network");
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let network = IpAddr::from_str(addr.trim()).map_err(|_| bad())?.to_canonical();
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p.trim().parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
            None => max,
        };
        let masked_equal = match network {
            IpAddr::V4(v4) => mask_u32(u32::from(v4), prefix) == u32::from(v4),
            IpAddr::V6(v6) => mask_u128(u128::from(v6), prefix) == u128::from(v6),
        };
        if !masked_equal {
            return Err(format!("`{text}` has host bits set; did you mean a network address?"));
        }
        Ok(IpNetwork { network, prefix })
    }
}

impl fmt::Display for IpNetwork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

impl Serialize for IpNetwork {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IpNetwork {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNetwork {
        s.parse().unwrap()
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn v4_and_v6_membership() {
        assert!(net("203.0.113.0/24").contains(ip("203.0.113.255")));
        assert!(!net("203.0.113.0/24").contains(ip("203.0.114.0")));
        assert!(net("203.0.113.0/24").contains(ip("::ffff:203.0.113.9")));
        assert!(net("2001:db8::/32").contains(ip("2001:db8:ffff::1")));
        assert!(!net("2001:db8::/32").contains(ip("2001:db9::1")));
        assert!(!net("2001:db8::/32").contains(ip("203.0.113.9")));
        assert!(net("0.0.0.0/0").contains(ip("8.8.8.8")));
        assert!(net("::/0").contains(ip("::1")));
        assert!(net("::1").contains(ip("::1")));
        assert_eq!(net("192.0.2.7").to_string(), "192.0.2.7/32");
    }

    #[test]
    fn refuses_nonsense() {
        for bad in ["10.0.0.1/8", "10.0.0.0/33", "2001:db8::/129", "example.com", "", "10.0.0.0/x"] {
            assert!(bad.parse::<IpNetwork>().is_err(), "{bad}");
        }
    }
}
