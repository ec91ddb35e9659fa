//! Fetching a client's `media_url` without letting it point Veracity at its own network (SSRF).
//!
//! * `https` only, unless `allow_http` (tests and closed networks).
//! * The host is resolved once per hop and every address checked; the connection is pinned to
//!   the checked addresses, so a second DNS answer cannot swap in an internal one.
//! * Refused: loopback, private (RFC 1918, ULA), link-local (incl. 169.254.169.254 and the other
//!   cloud metadata endpoints), CGNAT, multicast, broadcast, unspecified, documentation and
//!   reserved ranges, in IPv4 and IPv6, including IPv4-mapped, IPv4-compatible, NAT64 and 6to4
//!   forms. `allow_loopback` lets 127.0.0.0/8 and ::1 through, for tests only.
//! * Redirects are followed by hand, at most `max_redirects`, each target checked as above.
//! * Connect, read and whole-fetch timeouts; the body is read while streaming and abandoned as
//!   soon as it passes the size cap. No proxy from the environment is used.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use reqwest::{StatusCode, Url, header};
pub use veracity_domain::ports::FetchError;
use veracity_domain::ports::{FetchedMedia, MediaUrls};

/// What a fetch may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrlPolicy {
    pub allow_http: bool,
    /// Lets loopback addresses through. For tests only; never in production.
    pub allow_loopback: bool,
    pub max_redirects: u8,
    pub connect_timeout: Duration,
    /// The longest silence while reading the response.
    pub read_timeout: Duration,
    /// The whole fetch, redirects and body included.
    pub total_timeout: Duration,
}

impl Default for UrlPolicy {
    fn default() -> Self {
        Self {
            allow_http: false,
            allow_loopback: false,
            max_redirects: 3,
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
        }
    }
}

/// A fetched body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The URL the body came from, after redirects.
    pub final_url: Url,
}

/// Fetches media URLs under a [`UrlPolicy`].
#[derive(Debug, Clone, Copy, Default)]
pub struct MediaFetcher {
    policy: UrlPolicy,
}

#[async_trait]
impl MediaUrls for MediaFetcher {
    async fn fetch(&self, url: &str, max_bytes: u64) -> Result<FetchedMedia, FetchError> {
        let fetched = MediaFetcher::fetch(self, url, max_bytes).await?;
        let mut recorded = fetched.final_url;
        recorded.set_query(None);
        recorded.set_fragment(None);
        let filename =
            recorded.path_segments().and_then(|mut s| s.next_back()).filter(|n| !n.is_empty()).map(|n| n.chars().take(200).collect());
        Ok(FetchedMedia { bytes: fetched.bytes, recorded_url: recorded.to_string(), filename })
    }

    fn check(&self, url: &str) -> Result<(), FetchError> {
        self.parse(url).map(drop)
    }
}

impl MediaFetcher {
    pub fn new(policy: UrlPolicy) -> Self {
        Self { policy }
    }

    /// Fetches `url`, reading at most `max_bytes` of body.
    pub async fn fetch(&self, url: &str, max_bytes: u64) -> Result<Fetched, FetchError> {
        let url = self.parse(url)?;
        let total = self.policy.total_timeout;
        tokio::time::timeout(total, self.follow(url, max_bytes))
            .await
            .unwrap_or_else(|_| Err(FetchError::Unreachable(format!("fetching the URL took longer than {} s", total.as_secs()))))
    }

    /// Checks a URL's form (not its address): absolute, allowed scheme, no credentials.
    pub fn parse(&self, raw: &str) -> Result<Url, FetchError> {
        let url = Url::parse(raw.trim()).map_err(|e| FetchError::Refused(format!("`media_url` is not a valid absolute URL: {e}")))?;
        self.check_form(&url)?;
        Ok(url)
    }

    fn check_form(&self, url: &Url) -> Result<(), FetchError> {
        match url.scheme() {
            "https" => {}
            "http" if self.policy.allow_http => {}
            other => return Err(FetchError::Refused(format!("`{other}` URLs are not fetched; use https"))),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(FetchError::Refused("URLs with credentials are not fetched".into()));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(FetchError::Refused("the URL has no host".into()));
        }
        Ok(())
    }

    async fn follow(&self, mut url: Url, max_bytes: u64) -> Result<Fetched, FetchError> {
        let mut redirects = 0u8;
        loop {
            let response = self.request(&url).await.map_err(|e| match e {
                FetchError::Refused(why) if redirects > 0 => FetchError::Refused(format!("the URL redirects to a refused location: {why}")),
                other => other,
            })?;
            let status = response.status();
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                if redirects >= self.policy.max_redirects {
                    return Err(FetchError::Refused(format!("the URL redirects more than {} times", self.policy.max_redirects)));
                }
                let location = response
                    .headers()
                    .get(header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .ok_or_else(|| FetchError::Unreachable(format!("the URL answered {status} without a Location")))?;
                let next = url.join(location).map_err(|e| FetchError::Refused(format!("the URL redirects to an invalid location: {e}")))?;
                self.check_form(&next).map_err(|e| FetchError::Refused(format!("the URL redirects to a refused location: {e}")))?;
                url = next;
                redirects += 1;
                continue;
            }
            if !status.is_success() {
                return Err(FetchError::Unreachable(format!("the URL answered {status}")));
            }
            return Ok(Fetched { bytes: read_capped(response, max_bytes).await?, final_url: url });
        }
    }

    /// One request, to addresses resolved and checked here, with no redirect following.
    async fn request(&self, url: &Url) -> Result<reqwest::Response, FetchError> {
        let target = resolve_public(url, self.policy.allow_loopback).await?;
        let builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(self.policy.connect_timeout)
            .read_timeout(self.policy.read_timeout)
            .user_agent(concat!("Veracity/", env!("CARGO_PKG_VERSION"), " (media_url fetch)"));
        let client = target.pin(builder).build().map_err(|e| FetchError::Unreachable(format!("building the HTTP client: {e}")))?;
        client.get(url.clone()).send().await.map_err(|e| FetchError::Unreachable(describe(&e)))
    }
}

/// A URL's host, resolved once, with every address checked: connect only to these.
#[derive(Debug, Clone)]
pub struct PublicHost {
    host: String,
    literal: bool,
    pub addrs: Vec<SocketAddr>,
}

impl PublicHost {
    /// `builder` connecting only to the checked addresses, so a second DNS answer cannot swap
    /// in an internal one.
    pub fn pin(&self, builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
        if self.literal { builder } else { builder.resolve_to_addrs(&self.host, &self.addrs) }
    }
}

/// Resolves `url`'s host and refuses it unless every address it has is public (loopback too
/// with `allow_loopback`, for tests).
pub async fn resolve_public(url: &Url, allow_loopback: bool) -> Result<PublicHost, FetchError> {
    let host = url.host_str().unwrap_or_default();
    let port = url.port_or_known_default().unwrap_or(443);
    let literal = host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>().ok();
    let addrs: Vec<SocketAddr> = match literal {
        Some(ip) => vec![SocketAddr::new(ip, port)],
        None => tokio::net::lookup_host((host, port))
            .await
            .map_err(|e| FetchError::Unreachable(format!("the host `{host}` could not be resolved: {e}")))?
            .collect(),
    };
    if addrs.is_empty() {
        return Err(FetchError::Unreachable(format!("the host `{host}` has no address")));
    }
    // Every address must pass: a name that also resolves to an internal address is refused.
    for addr in &addrs {
        if let Some(reason) = refusal(addr.ip(), allow_loopback) {
            // The address a name resolves to is not told: it would map the private network.
            let what = if literal.is_some() { format!("{} is", addr.ip()) } else { format!("`{host}` resolves to") };
            return Err(FetchError::Refused(format!("{what} a {reason} address; only public addresses are allowed")));
        }
    }
    Ok(PublicHost { host: host.to_owned(), literal: literal.is_some(), addrs })
}

pub(crate) fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "the URL did not answer in time".into()
    } else if e.is_connect() {
        "could not connect to the URL's host".into()
    } else {
        format!("fetching the URL failed: {}", std::error::Error::source(e).map_or_else(|| e.to_string(), ToString::to_string))
    }
}

async fn read_capped(response: reqwest::Response, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
    if response.content_length().is_some_and(|len| len > max_bytes) {
        return Err(FetchError::TooLarge { limit: max_bytes });
    }
    let mut stream = response.bytes_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| FetchError::Unreachable(describe(&e)))?;
        if (bytes.len() + chunk.len()) as u64 > max_bytes {
            return Err(FetchError::TooLarge { limit: max_bytes });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// Why `ip` may not be fetched, or `None` when it may.
pub fn refusal(ip: IpAddr, allow_loopback: bool) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refusal_v4(v4, allow_loopback),
        IpAddr::V6(v6) => refusal_v6(v6, allow_loopback),
    }
}

fn in_v4(ip: Ipv4Addr, net: [u8; 4], prefix: u32) -> bool {
    let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) };
    u32::from(ip) & mask == u32::from(Ipv4Addr::from(net)) & mask
}

fn refusal_v4(ip: Ipv4Addr, allow_loopback: bool) -> Option<&'static str> {
    const RANGES: [([u8; 4], u32, &str); 16] = [
        ([0, 0, 0, 0], 8, "\"this network\""),
        ([10, 0, 0, 0], 8, "private"),
        ([100, 64, 0, 0], 10, "carrier-grade NAT"),
        ([127, 0, 0, 0], 8, "loopback"),
        ([169, 254, 0, 0], 16, "link-local / cloud metadata"),
        ([172, 16, 0, 0], 12, "private"),
        ([192, 0, 0, 0], 24, "IETF protocol assignments"),
        ([192, 0, 2, 0], 24, "documentation"),
        ([192, 88, 99, 0], 24, "6to4 relay"),
        ([192, 168, 0, 0], 16, "private"),
        ([198, 18, 0, 0], 15, "benchmarking"),
        ([198, 51, 100, 0], 24, "documentation"),
        ([203, 0, 113, 0], 24, "documentation"),
        ([224, 0, 0, 0], 4, "multicast"),
        ([240, 0, 0, 0], 4, "reserved / broadcast"),
        ([255, 255, 255, 255], 32, "broadcast"),
    ];
    if allow_loopback && ip.is_loopback() {
        return None;
    }
    RANGES.iter().find(|(net, prefix, _)| in_v4(ip, *net, *prefix)).map(|(_, _, why)| *why)
}

fn refusal_v6(ip: Ipv6Addr, allow_loopback: bool) -> Option<&'static str> {
    if ip.is_loopback() {
        return (!allow_loopback).then_some("loopback");
    }
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if let Some(v4) = ip.to_ipv4_mapped() {
        return refusal_v4(v4, allow_loopback);
    }
    let seg = ip.segments();
    let refused = match seg[0] {
        // ::a.b.c.d (IPv4-compatible, deprecated) and the rest of ::/96.
        0 if seg[1..6] == [0; 5] => "IPv4-compatible",
        // NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48) reaches IPv4 space through a
        // translator that may sit inside the network: refused whatever address it embeds.
        0x64 if seg[1] == 0xff9b => "NAT64",
        0x100 if seg[1..4] == [0; 3] => "discard-only",
        0x2001 if seg[1] == 0x0db8 => "documentation",
        // 2001::/23: IETF protocol assignments (Teredo tunnels among them).
        0x2001 if seg[1] < 0x0200 => "IETF protocol assignments",
        // 6to4 embeds an IPv4 address and is relayed; refused whatever it embeds.
        0x2002 => "6to4",
        0x3fff if seg[1] < 0x1000 => "documentation",
        s if s & 0xfe00 == 0xfc00 => "unique local (private)",
        s if s & 0xffc0 == 0xfe80 => "link-local",
        s if s & 0xffc0 == 0xfec0 => "site-local",
        s if s & 0xff00 == 0xff00 => "multicast",
        _ => return None,
    };
    Some(refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(ip: &str) -> bool {
        refusal(ip.parse().unwrap(), false).is_some()
    }

    #[test]
    fn internal_ipv4_ranges_are_refused() {
        for ip in [
            "127.0.0.1",
            "127.255.0.9",
            "10.0.0.1",
            "10.255.255.255",
            "172.16.0.1",
            "172.31.255.1",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.170.2",
            "100.64.0.1",
            "100.100.100.200",
            "0.0.0.0",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.0.170",
            "198.18.0.1",
        ] {
            assert!(refused(ip), "{ip} must be refused");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"] {
            assert!(!refused(ip), "{ip} must pass");
        }
    }

    #[test]
    fn internal_ipv6_forms_are_refused() {
        for ip in [
            "::1",
            "::",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
            "fc00::1",
            "fd00:ec2::254",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "100::1",
        ] {
            assert!(refused(ip), "{ip} must be refused");
        }
    }

    #[test]
    fn the_test_switch_only_lets_loopback_through() {
        for ip in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            assert_eq!(refusal(ip.parse().unwrap(), true), None, "{ip}");
        }
        for ip in ["10.0.0.1", "169.254.169.254", "fd00::1", "192.168.0.1"] {
            assert!(refusal(ip.parse().unwrap(), true).is_some(), "{ip}");
        }
    }

    #[test]
    fn url_form_is_checked() {
        let fetcher = MediaFetcher::default();
        assert!(matches!(fetcher.parse("http://example.com/a.jpg"), Err(FetchError::Refused(_))));
        assert!(matches!(fetcher.parse("ftp://example.com/a.jpg"), Err(FetchError::Refused(_))));
        assert!(matches!(fetcher.parse("file:///etc/passwd"), Err(FetchError::Refused(_))));
        assert!(matches!(fetcher.parse("https://user:pw@example.com/a.jpg"), Err(FetchError::Refused(_))));
        assert!(matches!(fetcher.parse("not a url"), Err(FetchError::Refused(_))));
        assert!(fetcher.parse("https://example.com/a.jpg").is_ok());
        let lenient = MediaFetcher::new(UrlPolicy { allow_http: true, ..UrlPolicy::default() });
        assert!(lenient.parse("http://example.com/a.jpg").is_ok());
    }

    #[tokio::test]
    async fn literal_internal_addresses_are_refused_before_connecting() {
        let fetcher = MediaFetcher::default();
        for url in [
            "https://127.0.0.1/a.jpg",
            "https://10.1.2.3/a.jpg",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/a.jpg",
            "https://[::ffff:7f00:1]/x",
        ] {
            assert!(matches!(fetcher.fetch(url, 1024).await, Err(FetchError::Refused(_))), "{url}");
        }
    }
}
