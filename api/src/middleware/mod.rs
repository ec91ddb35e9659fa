//! What every request passes through, outermost first: `edge` (request id, tracing span,
//! problem+json rendering of every error, metrics, access log), then `body_limit`.

pub mod body_limit;
pub mod edge;
pub mod request_id;
pub mod response_headers;
