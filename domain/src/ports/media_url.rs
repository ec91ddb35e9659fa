//! Fetching a client's `media_url`, under the rules that keep it from reaching Veracity's own
//! network (the adapter documents them).

use async_trait::async_trait;

/// Why a URL was not fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The URL (or a redirect) is not one Veracity will fetch: scheme, credentials, address.
    #[error("{0}")]
    Refused(String),
    /// It could not be fetched: DNS, connection, timeout, or a non-2xx answer.
    #[error("{0}")]
    Unreachable(String),
    /// The body is larger than the cap.
    #[error("the media at the URL is larger than {limit} bytes")]
    TooLarge { limit: u64 },
}

/// A fetched body and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedMedia {
    pub bytes: Vec<u8>,
    /// The URL after redirects, without query string or fragment: they often carry signatures
    /// (pre-signed links), and this is what a job records.
    pub recorded_url: String,
    /// The last path segment, at most 200 characters, if any.
    pub filename: Option<String>,
}

#[async_trait]
pub trait MediaUrls: Send + Sync {
    /// Fetches `url`, reading at most `max_bytes` of body.
    async fn fetch(&self, url: &str, max_bytes: u64) -> Result<FetchedMedia, FetchError>;

    /// Checks a URL's form only (absolute, allowed scheme, no credentials), as for a
    /// `callback_url` that is called later.
    fn check(&self, url: &str) -> Result<(), FetchError>;
}
