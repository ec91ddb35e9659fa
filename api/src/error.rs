//! Every error response: RFC 9457 `application/problem+json` with a stable `code` and the
//! `request_id`. This file is the only place that decides status codes and codes; handlers
//! return `ApiError` (usually via `From<DomainError>`), and the edge middleware renders it —
//! and every error poem itself raises (unknown route, wrong method, bad JSON…) — the same way.

use poem::error::{MethodNotAllowedError, NotFoundError, ResponseError};
use poem::http::{HeaderName, HeaderValue, StatusCode, header};
use poem::{Body, Response};
use poem_openapi::registry::{MetaMediaType, MetaResponse, MetaResponses, Registry};
use poem_openapi::types::Type;
use poem_openapi::{ApiResponse, Object};
use serde_json::{Map, Value, json};
use veracity_app::AppError;
use veracity_domain::DomainError;
use veracity_domain::accounts::membership::RosterError;

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// The stable error codes. Clients branch on these; a published code never changes meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    RouteNotFound,
    MethodNotAllowed,
    MalformedJson,
    InvalidRequest,
    UnsupportedContentType,
    PayloadTooLarge,
    NotFound,
    Conflict,
    ValidationFailed,
    NotReady,
    ServiceUnavailable,
    Internal,
    AuthMissing,
    AuthInvalid,
    KeyExpired,
    TokenExpired,
    InvalidCredentials,
    AuthScope,
    Forbidden,
    IpNotAllowed,
    EmailTaken,
    LastOwner,
    RateLimited,
    DailyLimitExceeded,
    LoginThrottled,
    FileMissing,
    FileTooLarge,
    UnsupportedMediaType,
    InvalidFileFormat,
    TextTooShort,
    NoFaceDetected,
    MediaExpired,
    AnalysisFailed,
    AnalysisAborted,
    MediaUrlRefused,
    MediaUrlUnreachable,
    IdempotencyKeyReused,
    IdempotencyInProgress,
    InsufficientCredits,
    UnknownPack,
    PaymentsDisabled,
    SignatureInvalid,
    SecretAlreadyShown,
    PlanRequiresPayment,
    SignupThrottled,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 45] = [
        ErrorCode::RouteNotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::MalformedJson,
        ErrorCode::InvalidRequest,
        ErrorCode::UnsupportedContentType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::ValidationFailed,
        ErrorCode::NotReady,
        ErrorCode::ServiceUnavailable,
        ErrorCode::Internal,
        ErrorCode::AuthMissing,
        ErrorCode::AuthInvalid,
        ErrorCode::KeyExpired,
        ErrorCode::TokenExpired,
        ErrorCode::InvalidCredentials,
        ErrorCode::AuthScope,
        ErrorCode::Forbidden,
        ErrorCode::IpNotAllowed,
        ErrorCode::EmailTaken,
        ErrorCode::LastOwner,
        ErrorCode::RateLimited,
        ErrorCode::DailyLimitExceeded,
        ErrorCode::LoginThrottled,
        ErrorCode::FileMissing,
        ErrorCode::FileTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::InvalidFileFormat,
        ErrorCode::TextTooShort,
        ErrorCode::NoFaceDetected,
        ErrorCode::MediaExpired,
        ErrorCode::AnalysisFailed,
        ErrorCode::AnalysisAborted,
        ErrorCode::MediaUrlRefused,
        ErrorCode::MediaUrlUnreachable,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::IdempotencyInProgress,
        ErrorCode::InsufficientCredits,
        ErrorCode::UnknownPack,
        ErrorCode::PaymentsDisabled,
        ErrorCode::SignatureInvalid,
        ErrorCode::SecretAlreadyShown,
        ErrorCode::PlanRequiresPayment,
        ErrorCode::SignupThrottled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::RouteNotFound => "ROUTE_NOT_FOUND",
            ErrorCode::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            ErrorCode::MalformedJson => "MALFORMED_JSON",
            ErrorCode::InvalidRequest => "INVALID_REQUEST",
            ErrorCode::UnsupportedContentType => "UNSUPPORTED_CONTENT_TYPE",
            ErrorCode::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::ValidationFailed => "VALIDATION_FAILED",
            ErrorCode::NotReady => "NOT_READY",
            ErrorCode::ServiceUnavailable => "SERVICE_UNAVAILABLE",
            ErrorCode::Internal => "INTERNAL",
            ErrorCode::AuthMissing => "AUTH_MISSING",
            ErrorCode::AuthInvalid => "AUTH_INVALID",
            ErrorCode::KeyExpired => "KEY_EXPIRED",
            ErrorCode::TokenExpired => "TOKEN_EXPIRED",
            ErrorCode::InvalidCredentials => "INVALID_CREDENTIALS",
            ErrorCode::AuthScope => "AUTH_SCOPE",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::IpNotAllowed => "IP_NOT_ALLOWED",
            ErrorCode::EmailTaken => "EMAIL_TAKEN",
            ErrorCode::LastOwner => "LAST_OWNER",
            ErrorCode::RateLimited => "RATE_LIMITED",
            ErrorCode::DailyLimitExceeded => "DAILY_LIMIT_EXCEEDED",
            ErrorCode::LoginThrottled => "LOGIN_THROTTLED",
            ErrorCode::FileMissing => "FILE_MISSING",
            ErrorCode::FileTooLarge => "FILE_TOO_LARGE",
            ErrorCode::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            ErrorCode::InvalidFileFormat => "INVALID_FILE_FORMAT",
            ErrorCode::TextTooShort => "TEXT_TOO_SHORT",
            ErrorCode::NoFaceDetected => "NO_FACE_DETECTED",
            ErrorCode::MediaExpired => "MEDIA_EXPIRED",
            ErrorCode::AnalysisFailed => "ANALYSIS_FAILED",
            ErrorCode::AnalysisAborted => "ANALYSIS_ABORTED",
            ErrorCode::MediaUrlRefused => "MEDIA_URL_REFUSED",
            ErrorCode::MediaUrlUnreachable => "MEDIA_URL_UNREACHABLE",
            ErrorCode::IdempotencyKeyReused => "IDEMPOTENCY_KEY_REUSED",
            ErrorCode::IdempotencyInProgress => "IDEMPOTENCY_IN_PROGRESS",
            ErrorCode::InsufficientCredits => "INSUFFICIENT_CREDITS",
            ErrorCode::UnknownPack => "UNKNOWN_PACK",
            ErrorCode::PaymentsDisabled => "PAYMENTS_DISABLED",
            ErrorCode::SignatureInvalid => "SIGNATURE_INVALID",
            ErrorCode::SecretAlreadyShown => "SECRET_ALREADY_SHOWN",
            ErrorCode::PlanRequiresPayment => "PLAN_REQUIRES_PAYMENT",
            ErrorCode::SignupThrottled => "SIGNUP_THROTTLED",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            ErrorCode::RouteNotFound | ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::MalformedJson | ErrorCode::InvalidRequest => StatusCode::BAD_REQUEST,
            ErrorCode::UnsupportedContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::ValidationFailed => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NotReady | ErrorCode::ServiceUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::AuthMissing
            | ErrorCode::AuthInvalid
            | ErrorCode::KeyExpired
            | ErrorCode::TokenExpired
            | ErrorCode::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ErrorCode::AuthScope | ErrorCode::Forbidden | ErrorCode::IpNotAllowed => StatusCode::FORBIDDEN,
            ErrorCode::EmailTaken | ErrorCode::LastOwner => StatusCode::CONFLICT,
            ErrorCode::RateLimited | ErrorCode::DailyLimitExceeded | ErrorCode::LoginThrottled => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::FileMissing | ErrorCode::InvalidFileFormat | ErrorCode::TextTooShort | ErrorCode::NoFaceDetected => {
                StatusCode::BAD_REQUEST
            }
            ErrorCode::FileTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::MediaExpired => StatusCode::GONE,
            ErrorCode::AnalysisFailed => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::AnalysisAborted => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MediaUrlRefused => StatusCode::BAD_REQUEST,
            ErrorCode::MediaUrlUnreachable | ErrorCode::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::IdempotencyInProgress => StatusCode::CONFLICT,
            ErrorCode::InsufficientCredits => StatusCode::PAYMENT_REQUIRED,
            ErrorCode::UnknownPack => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PaymentsDisabled => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::SignatureInvalid => StatusCode::BAD_REQUEST,
            ErrorCode::SecretAlreadyShown => StatusCode::CONFLICT,
            ErrorCode::PlanRequiresPayment => StatusCode::PAYMENT_REQUIRED,
            ErrorCode::SignupThrottled => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// The problem `type` URI. A URN: stable and unique, and honest about not being a web page.
    pub fn type_uri(self) -> String {
        format!("urn:veracity:problem:{}", self.as_str().to_ascii_lowercase().replace('_', "-"))
    }
}

impl From<veracity_domain::detection::FailureCode> for ErrorCode {
    /// The error a client waiting on a job receives when the job failed with `code`.
    fn from(code: veracity_domain::detection::FailureCode) -> Self {
        use veracity_domain::detection::FailureCode as F;
        match code {
            F::InvalidFileFormat => ErrorCode::InvalidFileFormat,
            F::FileTooLarge => ErrorCode::FileTooLarge,
            F::NoFaceDetected => ErrorCode::NoFaceDetected,
            F::MediaExpired => ErrorCode::MediaExpired,
            F::AnalysisFailed => ErrorCode::AnalysisFailed,
            F::AnalysisAborted => ErrorCode::AnalysisAborted,
        }
    }
}

/// An RFC 9457 problem details document.
#[derive(Debug, Clone, Object)]
#[oai(example)]
pub struct Problem {
    /// URI identifying the kind of problem, e.g. `urn:veracity:problem:route-not-found`.
    #[oai(rename = "type")]
    pub type_uri: String,
    /// Short summary of the kind of problem (the status code's reason phrase).
    pub title: String,
    /// The HTTP status code, repeated for convenience.
    pub status: u16,
    /// What went wrong in this occurrence, for a human.
    pub detail: String,
    /// The request path this occurrence happened on.
    pub instance: String,
    /// Stable machine-readable code; branch on this, never on `detail`.
    pub code: String,
    /// The request's id, also in the `X-Request-Id` response header; quote it when reporting.
    pub request_id: String,
}

impl poem_openapi::types::Example for Problem {
    fn example() -> Self {
        Problem {
            type_uri: ErrorCode::RouteNotFound.type_uri(),
            title: "Not Found".into(),
            status: 404,
            detail: "no route matches GET /v1/nope".into(),
            instance: "/v1/nope".into(),
            code: ErrorCode::RouteNotFound.as_str().into(),
            request_id: "req_0193f6a4c1b27a8f9e0d1c2b3a495867".into(),
        }
    }
}

/// An error on its way to becoming a problem+json response. Boxed: handlers return it in
/// every `Result`, and the happy path should not pay for its size.
#[derive(Debug, Clone)]
pub struct ApiError(Box<Problemish>);

#[derive(Debug, Clone)]
struct Problemish {
    code: ErrorCode,
    detail: String,
    /// Extra problem members (RFC 9457 §3.2), e.g. the failed checks of `/readyz`.
    extensions: Map<String, Value>,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self(Box::new(Problemish { code, detail: detail.into(), extensions: Map::new(), headers: Vec::new() }))
    }

    pub fn with_extension(mut self, name: &str, value: Value) -> Self {
        self.0.extensions.insert(name.to_owned(), value);
        self
    }

    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.0.headers.push((name, value));
        self
    }

    pub fn code(&self) -> ErrorCode {
        self.0.code
    }

    /// What went wrong, for a human (the problem's `detail`).
    pub fn detail(&self) -> &str {
        &self.0.detail
    }

    /// A failure on our side. The client learns nothing of the cause (that goes to the logs),
    /// only how to report it.
    pub fn internal() -> Self {
        Self::new(ErrorCode::Internal, "an internal error occurred; quote the request_id when reporting it")
    }

    pub fn payload_too_large(limit: u64) -> Self {
        Self::new(ErrorCode::PayloadTooLarge, format!("the request body exceeds the limit of {limit} bytes"))
            .with_extension("limit_bytes", json!(limit))
    }

    /// A JSON body that could not be read as the operation's schema: `VALIDATION_FAILED` (422,
    /// with the `field`) when it is well-formed and one member breaks a declared constraint (a
    /// length, a range, a pattern), else `MALFORMED_JSON` (400).
    pub fn unparsed_body(reason: &str) -> Self {
        if let Some(error) = Self::unknown_enum_value(reason) {
            return error;
        }
        // poem-openapi: "unknown field `x`."; serde: "unknown field `x`, expected one of …".
        if let Some(member) = reason.split_once("unknown field `").and_then(|(_, rest)| rest.split_once('`')).map(|(m, _)| m) {
            return Self::unknown_member(member, "member");
        }
        if reason.contains("verification failed") {
            let field = reason.split_once("field `").and_then(|(_, rest)| rest.split_once('`')).map(|(field, _)| field);
            let error = Self::new(ErrorCode::ValidationFailed, format!("the request body breaks a constraint: {reason}"));
            return match field {
                Some(field) => error.with_extension("field", json!(field)),
                None => error,
            };
        }
        Self::new(ErrorCode::MalformedJson, format!("the request body is not valid JSON for this operation: {reason}"))
    }

    /// A member (or form field) the operation does not define: 422 `VALIDATION_FAILED` naming it,
    /// so a typo is not silently ignored and not mistaken for broken JSON.
    pub fn unknown_member(name: &str, what: &str) -> Self {
        let name: String = name.chars().take(100).collect();
        Self::new(
            ErrorCode::ValidationFailed,
            format!("unknown {what} `{name}`: this operation does not define it (see the API reference)"),
        )
        .with_extension("field", json!(name))
    }

    /// A string that is not one of an enum's values (poem-openapi says `Expected input type
    /// "Role", found "root".`) is a validation failure naming the field and what it may be.
    fn unknown_enum_value(reason: &str) -> Option<Self> {
        let (_, rest) = reason.split_once("Expected input type \"")?;
        let (name, rest) = rest.split_once('"')?;
        let found = rest.strip_prefix(", found \"")?;
        let (field, values) = crate::enums::request_enum(name)?;
        let found = found.split_once("\".").map_or(found, |(value, _)| value);
        let detail = format!("`{field}` must be one of {}, not \"{found}\"", values.join(", "));
        Some(Self::new(ErrorCode::ValidationFailed, detail).with_extension("field", json!(field)))
    }

    /// Maps an error poem or poem-openapi raised before or instead of a handler.
    pub fn from_poem(err: poem::Error) -> Self {
        if let Some(api) = err.downcast_ref::<ApiError>() {
            return api.clone();
        }
        if err.is::<NotFoundError>() {
            return Self::new(ErrorCode::RouteNotFound, "no route matches this path");
        }
        if err.is::<MethodNotAllowedError>() {
            return Self::new(ErrorCode::MethodNotAllowed, "this path does not accept this method");
        }
        if let Some(parse) = err.downcast_ref::<poem_openapi::error::ParseRequestPayloadError>() {
            return Self::unparsed_body(&parse.reason);
        }
        if let Some(param) = err.downcast_ref::<poem_openapi::error::ParseParamError>() {
            // A query, path or header parameter that is not one of the values it may take.
            let detail = format!("invalid {}: {}", param.name, param.reason);
            return Self::new(ErrorCode::ValidationFailed, detail).with_extension("field", json!(param.name));
        }
        if err.is::<poem_openapi::error::ContentTypeError>() {
            return Self::new(ErrorCode::UnsupportedContentType, err.to_string());
        }
        match err.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Self::new(ErrorCode::PayloadTooLarge, err.to_string()),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::new(ErrorCode::UnsupportedContentType, err.to_string()),
            StatusCode::METHOD_NOT_ALLOWED => Self::new(ErrorCode::MethodNotAllowed, err.to_string()),
            StatusCode::NOT_FOUND => Self::new(ErrorCode::RouteNotFound, err.to_string()),
            status if status.is_client_error() => Self::new(ErrorCode::InvalidRequest, err.to_string()),
            _ => {
                tracing::error!(error = %err, "unhandled error");
                Self::internal()
            }
        }
    }

    /// The problem+json response for this error.
    pub fn render(&self, request_id: &str, instance: &str) -> Response {
        let status = self.0.code.status();
        let mut body = Map::new();
        body.insert("type".into(), json!(self.0.code.type_uri()));
        body.insert("title".into(), json!(status.canonical_reason().unwrap_or("Error")));
        body.insert("status".into(), json!(status.as_u16()));
        body.insert("detail".into(), json!(self.0.detail));
        body.insert("instance".into(), json!(instance));
        body.insert("code".into(), json!(self.0.code.as_str()));
        body.insert("request_id".into(), json!(request_id));
        for (name, value) in &self.0.extensions {
            body.entry(name.clone()).or_insert_with(|| value.clone());
        }
        let mut response = Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, PROBLEM_CONTENT_TYPE)
            .body(Body::from_json(Value::Object(body)).expect("a JSON map always serialises"));
        for (name, value) in &self.0.headers {
            response.headers_mut().append(name.clone(), value.clone());
        }
        response
    }
}

impl From<DomainError> for ApiError {
    fn from(err: DomainError) -> Self {
        match &err {
            DomainError::NotFound { .. } => Self::new(ErrorCode::NotFound, err.to_string()),
            DomainError::Concurrency { .. } => Self::new(ErrorCode::Conflict, err.to_string()),
            DomainError::Invalid { field, .. } => {
                let field = json!(field);
                Self::new(ErrorCode::ValidationFailed, err.to_string()).with_extension("field", field)
            }
            DomainError::Unavailable { dependency, .. } => {
                tracing::error!(error = %err, "dependency unavailable");
                Self::new(ErrorCode::ServiceUnavailable, format!("{dependency} is temporarily unavailable"))
                    .with_header(header::RETRY_AFTER, HeaderValue::from_static("1"))
            }
            DomainError::Internal(_) => {
                tracing::error!(error = %err, "internal error");
                Self::internal()
            }
        }
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Domain(err) => err.into(),
            AppError::EmailTaken => Self::new(ErrorCode::EmailTaken, err.to_string()),
            AppError::Roster(ref roster) => match roster {
                // The role changed between the check at the door and the decision.
                RosterError::Forbidden(permission) => {
                    Self::new(ErrorCode::Forbidden, "your role no longer allows this").with_extension("permission", json!(permission))
                }
                RosterError::OwnersOnly => Self::new(ErrorCode::Forbidden, err.to_string()),
                RosterError::LastOwner => Self::new(ErrorCode::LastOwner, err.to_string()),
                RosterError::NotFound => Self::new(ErrorCode::NotFound, err.to_string()),
                RosterError::AlreadyMember(_) => Self::new(ErrorCode::Conflict, err.to_string()),
            },
            AppError::InsufficientCredits(missing) => Self::new(
                ErrorCode::InsufficientCredits,
                format!(
                    "this job needs {} credits and {} are available; buy a credit pack or wait for your monthly allowance",
                    missing.required, missing.balance
                ),
            )
            .with_extension("balance", json!(missing.balance))
            .with_extension("required", json!(missing.required)),
            AppError::PaymentRefused(_) => Self::new(ErrorCode::InvalidRequest, err.to_string()),
            AppError::RefundBeforePurchase { .. } => Self::new(ErrorCode::Conflict, err.to_string()),
            AppError::InvitationInvalid | AppError::RefreshInvalid | AppError::RefreshReused => {
                Self::new(ErrorCode::AuthInvalid, err.to_string())
            }
            AppError::SecretAlreadyShown => Self::new(ErrorCode::SecretAlreadyShown, err.to_string()),
            AppError::PlanRequiresPayment { current, .. } => {
                Self::new(ErrorCode::PlanRequiresPayment, err.to_string()).with_extension("plan", json!(current.as_str()))
            }
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.0.code.as_str(), self.0.detail)
    }
}

impl std::error::Error for ApiError {}

impl ResponseError for ApiError {
    fn status(&self) -> StatusCode {
        self.0.code.status()
    }

    /// Only reached if an error escapes the edge middleware, which renders it with the request id.
    fn as_response(&self) -> Response {
        self.render("unknown", "")
    }
}

impl ApiResponse for ApiError {
    /// Declared as the `4XX` and `5XX` ranges: every operation can answer some client error
    /// (a bad key, a rate limit, a body over the limit) and a server error (a dependency down),
    /// and the code, not the status, tells which. Generated clients get the problem type for
    /// every non-2xx answer.
    fn meta() -> MetaResponses {
        let problem = |description, range: &str| MetaResponse {
            description,
            status: None,
            status_range: Some(range.to_owned()),
            content: vec![MetaMediaType { content_type: PROBLEM_CONTENT_TYPE, schema: Problem::schema_ref() }],
            headers: vec![],
        };
        MetaResponses {
            responses: vec![
                problem("A client error, as RFC 9457 problem details with a stable `code`", "4XX"),
                problem("A server error (a dependency unavailable, or a fault), as problem details", "5XX"),
            ],
        }
    }

    fn register(registry: &mut Registry) {
        Problem::register(registry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_enum_value_is_a_validation_failure_naming_field_and_values() {
        // What poem-openapi reports for `{"role": "root"}` in a member change.
        let error = ApiError::unparsed_body(
            r#"failed to parse "RoleChange": Expected input type "Role", found "root". (occurred while parsing "RoleChange")"#,
        );
        assert_eq!(error.0.code, ErrorCode::ValidationFailed);
        assert_eq!(error.0.extensions["field"], "role");
        assert!(error.0.detail.contains("`role` must be one of owner, admin, developer, billing, viewer"), "{}", error.0.detail);
        assert!(error.0.detail.contains(r#"not "root""#), "{}", error.0.detail);
        // A wrong type is still malformed JSON, and so is a string for a non-enum schema.
        let number = ApiError::unparsed_body(r#"Expected input type "Role", found 5."#);
        assert_eq!(number.0.code, ErrorCode::MalformedJson);
        let object = ApiError::unparsed_body(r#"Expected input type "CreateApiKey", found "x"."#);
        assert_eq!(object.0.code, ErrorCode::MalformedJson);
    }

    #[test]
    fn codes_are_unique_and_documented_in_the_readme() {
        let readme = include_str!("../../docs/api.md");
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
            let row = format!("| `{}` | {} |", code.as_str(), code.status().as_u16());
            assert!(readme.contains(&row), "docs/api.md's error table lacks the row `{row}`");
        }
    }

    #[test]
    fn domain_errors_map_to_their_codes() {
        let cases = [
            (DomainError::NotFound { resource: "job", id: "job_1".into() }, ErrorCode::NotFound),
            (DomainError::Concurrency { aggregate: "a".into() }, ErrorCode::Conflict),
            (DomainError::invalid("name", "too long"), ErrorCode::ValidationFailed),
            (DomainError::unavailable(veracity_domain::Dependency::Nats, "down"), ErrorCode::ServiceUnavailable),
            (DomainError::internal("bug"), ErrorCode::Internal),
        ];
        for (err, code) in cases {
            assert_eq!(ApiError::from(err).code(), code);
        }
        let internal = ApiError::from(DomainError::internal("secret detail")).render("req_1", "/x");
        assert_eq!(internal.status(), 500);
        let body = futures::executor::block_on(internal.into_body().into_string()).unwrap();
        assert!(!body.contains("secret detail"), "internal details stay in the logs: {body}");
    }
}
