use poem::http::HeaderMap;

pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The id of one request: the caller's `X-Request-Id` when it is usable (1–128 visible ASCII
/// characters), otherwise a fresh `req_<uuidv7>`. Echoed in the response, logged on every line,
/// and put in every problem body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(String);

impl RequestId {
    pub fn from_headers(headers: &HeaderMap) -> Self {
        headers
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
            .map(|v| Self(v.to_owned()))
            .unwrap_or_else(Self::generate)
    }

    pub fn generate() -> Self {
        Self(format!("req_{}", uuid::Uuid::now_v7().simple()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use poem::http::HeaderValue;

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(REQUEST_ID_HEADER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn accepts_usable_ids_and_replaces_others() {
        assert_eq!(RequestId::from_headers(&with("abc-123")).as_str(), "abc-123");
        assert!(RequestId::from_headers(&with("has space")).as_str().starts_with("req_"));
        assert!(RequestId::from_headers(&with(&"x".repeat(129))).as_str().starts_with("req_"));
        assert!(RequestId::from_headers(&HeaderMap::new()).as_str().starts_with("req_"));
    }
}
