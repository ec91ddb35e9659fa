//! Headers that something deeper than a handler's return value decides (the `RateLimit`
//! headers, set while authenticating) and that must be on the response even when the handler
//! fails. The edge puts an empty slot in each request and copies the slot onto the response.

use std::sync::{Arc, Mutex};
use veracity_domain::sync::LockExt;

use poem::http::{HeaderName, HeaderValue};

#[derive(Clone, Default)]
pub struct ResponseHeaders(Arc<Mutex<Vec<(HeaderName, HeaderValue)>>>);

impl ResponseHeaders {
    pub fn set(&self, name: HeaderName, value: HeaderValue) {
        let mut headers = self.0.locked();
        headers.retain(|(n, _)| *n != name);
        headers.push((name, value));
    }

    pub fn take(&self) -> Vec<(HeaderName, HeaderValue)> {
        std::mem::take(&mut *self.0.locked())
    }
}
