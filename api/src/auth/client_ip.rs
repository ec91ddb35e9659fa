//! The client's address: the peer, unless the peer is a configured trusted proxy, in which case
//! the nearest untrusted address in `X-Forwarded-For` (read right to left, as each proxy appends).

use std::net::{IpAddr, Ipv4Addr};

use veracity_domain::accounts::IpNetwork;

#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNetwork>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNetwork>) -> Self {
        Self(networks)
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(ip))
    }

    pub fn client_ip(&self, peer: Option<IpAddr>, forwarded_for: Option<&str>) -> IpAddr {
        let peer = peer.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ip| ip.to_canonical());
        if !self.trusts(peer) {
            return peer;
        }
        let Some(header) = forwarded_for else { return peer };
        let mut client = peer;
        for hop in header.rsplit(',') {
            match hop.trim().parse::<IpAddr>() {
                Ok(ip) => {
                    client = ip.to_canonical();
                    if !self.trusts(client) {
                        return client;
                    }
                }
                // A malformed hop cannot be trusted further: stop at the last good address.
                Err(_) => return client,
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_for_is_honoured_only_from_trusted_proxies() {
        let proxies = TrustedProxies::new(vec!["10.0.0.0/8".parse().unwrap(), "fd00::/8".parse().unwrap()]);
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(proxies.client_ip(Some(ip("203.0.113.5")), Some("1.2.3.4")), ip("203.0.113.5"));
        assert_eq!(proxies.client_ip(Some(ip("10.0.0.2")), Some("1.2.3.4")), ip("1.2.3.4"));
        assert_eq!(proxies.client_ip(Some(ip("10.0.0.2")), Some("6.6.6.6, 2001:db8::9, 10.0.0.7")), ip("2001:db8::9"));
        assert_eq!(proxies.client_ip(Some(ip("fd00::1")), None), ip("fd00::1"));
        assert_eq!(proxies.client_ip(Some(ip("10.0.0.2")), Some("garbage, 10.0.0.3")), ip("10.0.0.3"));
        assert_eq!(TrustedProxies::default().client_ip(Some(ip("::1")), Some("1.2.3.4")), ip("::1"));
    }
}
