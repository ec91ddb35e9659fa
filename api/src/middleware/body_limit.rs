use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use poem::http::header::CONTENT_LENGTH;
use poem::{Body, Endpoint, Middleware, Request, Result};

use crate::error::ApiError;

/// Request body limits: `uploads` for the media upload routes, `default` for everything else.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimits {
    pub default: u64,
    pub uploads: u64,
}

/// Paths whose bodies are media uploads and get the larger limit: the native detection routes
/// and the vendors' detection routes under `/compat`.
const UPLOAD_PREFIXES: [&str; 5] = [
    "/v1/detect",
    "/compat/deepfakedetector/v1/detect",
    "/compat/glair/face/v1/deepfake",
    "/compat/veriplus/api/v4/deepfake/analyse",
    "/compat/dmi/api/public-api/",
];

/// Rejects bodies over the limit with 413 `PAYLOAD_TOO_LARGE`: at once when `Content-Length`
/// says so, otherwise as soon as the streamed body crosses the limit, without buffering it.
pub struct BodyLimit {
    limits: BodyLimits,
}

impl BodyLimit {
    pub fn new(limits: BodyLimits) -> Self {
        Self { limits }
    }
}

impl<E: Endpoint> Middleware<E> for BodyLimit {
    type Output = BodyLimitEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        BodyLimitEndpoint { inner, limits: self.limits }
    }
}

pub struct BodyLimitEndpoint<E> {
    inner: E,
    limits: BodyLimits,
}

impl<E: Endpoint> Endpoint for BodyLimitEndpoint<E> {
    type Output = E::Output;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let upload = UPLOAD_PREFIXES.iter().any(|prefix| req.uri().path().starts_with(prefix));
        let limit = if upload { self.limits.uploads } else { self.limits.default };
        let declared = req.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|length| length > limit) {
            return Err(ApiError::payload_too_large(limit).into());
        }
        let exceeded = Arc::new(AtomicBool::new(false));
        let body = req.take_body().into_bytes_stream().boxed();
        req.set_body(Body::from_bytes_stream(Limited { inner: body, remaining: limit, exceeded: exceeded.clone() }));
        let result = self.inner.call(req).await;
        // Whatever the handler made of the truncated body, the cause was its size.
        if exceeded.load(Ordering::Relaxed) {
            return Err(ApiError::payload_too_large(limit).into());
        }
        result
    }
}

struct Limited {
    inner: BoxStream<'static, Result<Bytes, std::io::Error>>,
    remaining: u64,
    exceeded: Arc<AtomicBool>,
}

impl Stream for Limited {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.inner.poll_next_unpin(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                let size = chunk.len() as u64;
                if size > self.remaining {
                    self.exceeded.store(true, Ordering::Relaxed);
                    self.remaining = 0;
                    return Poll::Ready(Some(Err(std::io::Error::other("request body too large"))));
                }
                self.remaining -= size;
                Poll::Ready(Some(Ok(chunk)))
            }
            other => other,
        }
    }
}
