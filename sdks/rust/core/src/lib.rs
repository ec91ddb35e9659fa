#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AcceptInvitationRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AcceptInvitationRequest {
        ///The `invitation_token` an admin received from `POST /v1/members`.
        pub invitation_token: AcceptInvitationRequestInvitationToken,
        ///The new member's password, 12-1024 characters.
        pub password: AcceptInvitationRequestPassword,
    }

    impl AcceptInvitationRequest {
        pub fn builder() -> builder::AcceptInvitationRequest {
            Default::default()
        }
    }

    ///The `invitation_token` an admin received from `POST /v1/members`.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AcceptInvitationRequestInvitationToken(::std::string::String);
    impl ::std::ops::Deref for AcceptInvitationRequestInvitationToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<AcceptInvitationRequestInvitationToken> for ::std::string::String {
        fn from(value: AcceptInvitationRequestInvitationToken) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for AcceptInvitationRequestInvitationToken {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for AcceptInvitationRequestInvitationToken {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AcceptInvitationRequestInvitationToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for AcceptInvitationRequestInvitationToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The new member's password, 12-1024 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AcceptInvitationRequestPassword(::std::string::String);
    impl ::std::ops::Deref for AcceptInvitationRequestPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<AcceptInvitationRequestPassword> for ::std::string::String {
        fn from(value: AcceptInvitationRequestPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for AcceptInvitationRequestPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            if value.chars().count() < 12usize {
                return Err("shorter than 12 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for AcceptInvitationRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AcceptInvitationRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for AcceptInvitationRequestPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A refresh token from sign-up, login or an accepted invitation, to move
    /// into the cookie.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AdoptSession {
        pub refresh_token: AdoptSessionRefreshToken,
    }

    impl AdoptSession {
        pub fn builder() -> builder::AdoptSession {
            Default::default()
        }
    }

    ///`AdoptSessionRefreshToken`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AdoptSessionRefreshToken(::std::string::String);
    impl ::std::ops::Deref for AdoptSessionRefreshToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<AdoptSessionRefreshToken> for ::std::string::String {
        fn from(value: AdoptSessionRefreshToken) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for AdoptSessionRefreshToken {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for AdoptSessionRefreshToken {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AdoptSessionRefreshToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for AdoptSessionRefreshToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///What the media is: `GENERAL` (default), `FACE` (a face must be found,
    /// else the job fails `NO_FACE_DETECTED`), `DOCUMENT` (a document
    /// photo: edits are reported as `DOCUMENT_FORGERY`) or `VERIFICATION`
    /// (a KYC selfie: a face must be found).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum AnalysisType {
        #[serde(rename = "GENERAL")]
        General,
        #[serde(rename = "FACE")]
        Face,
        #[serde(rename = "DOCUMENT")]
        Document,
        #[serde(rename = "VERIFICATION")]
        Verification,
    }

    impl ::std::fmt::Display for AnalysisType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::General => f.write_str("GENERAL"),
                Self::Face => f.write_str("FACE"),
                Self::Document => f.write_str("DOCUMENT"),
                Self::Verification => f.write_str("VERIFICATION"),
            }
        }
    }

    impl ::std::str::FromStr for AnalysisType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "GENERAL" => Ok(Self::General),
                "FACE" => Ok(Self::Face),
                "DOCUMENT" => Ok(Self::Document),
                "VERIFICATION" => Ok(Self::Verification),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for AnalysisType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AnalysisType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///An API key as listings show it: never its secret.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKey {
        ///CIDR networks requests must come from; empty for any address.
        pub allowed_ips: ::std::vec::Vec<::std::string::String>,
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The user who created it.
        pub created_by: ::std::string::String,
        ///Requests allowed per UTC day.
        pub daily_limit: i64,
        ///Requests counted so far today (recorded about once a second).
        pub daily_usage: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub id: ::std::string::String,
        ///The last four characters of the current secret.
        pub last4: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub name: ::std::string::String,
        ///The start of the current secret, to tell keys apart.
        pub prefix: ::std::string::String,
        ///After a rotation: until when the previous secret keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_secret_valid_until:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub rate_limit_per_minute: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rotated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub scopes: ::std::vec::Vec<Scope>,
        pub status: ApiKeyStatus,
    }

    impl ApiKey {
        pub fn builder() -> builder::ApiKey {
            Default::default()
        }
    }

    ///One page of API keys, newest first.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKeyPage {
        pub data: ::std::vec::Vec<ApiKey>,
        ///Whether another page follows.
        pub has_more: bool,
        ///Pass as `starting_after` for the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl ApiKeyPage {
        pub fn builder() -> builder::ApiKeyPage {
            Default::default()
        }
    }

    ///Whether a key can be used now.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ApiKeyStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "revoked")]
        Revoked,
    }

    impl ::std::fmt::Display for ApiKeyStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Expired => f.write_str("expired"),
                Self::Revoked => f.write_str("revoked"),
            }
        }
    }

    impl ::std::str::FromStr for ApiKeyStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "expired" => Ok(Self::Expired),
                "revoked" => Ok(Self::Revoked),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ApiKeyStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ApiKeyStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A key and its secret, shown this once.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKeyWithSecret {
        pub key: ApiKey,
        ///The full key. Store it now: it is never shown again, only its prefix
        /// and last four.
        pub secret: ::std::string::String,
    }

    impl ApiKeyWithSecret {
        pub fn builder() -> builder::ApiKeyWithSecret {
            Default::default()
        }
    }

    ///One security event. Never holds a password, secret, token or media.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditEntry {
        ///Who did it: a user (`usr_…`), an API key (`key_…`), `anonymous` or
        /// `system`.
        pub actor: ::std::string::String,
        pub details: ::serde_json::Value,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip: ::std::option::Option<::std::string::String>,
        pub occurred_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The request that caused it (its `X-Request-Id`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_id: ::std::option::Option<::std::string::String>,
        ///What it was done to, e.g. `api_key`, `user`, `session`, `tenant`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_type: ::std::option::Option<::std::string::String>,
        ///e.g. `login.succeeded`, `login.failed`, `api_key.created`,
        /// `api_key.rotated`, `api_key.revoked`, `member.role_changed`,
        /// `access.ip_rejected`, `access.rate_limited`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl AuditEntry {
        pub fn builder() -> builder::AuditEntry {
            Default::default()
        }
    }

    ///One page of audit log entries, newest first.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditLogPage {
        pub data: ::std::vec::Vec<AuditEntry>,
        ///Whether another page follows.
        pub has_more: bool,
        ///Pass as `starting_after` for the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl AuditLogPage {
        pub fn builder() -> builder::AuditLogPage {
            Default::default()
        }
    }

    ///The organisation's credits and plan.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct BalanceView {
        ///What new jobs can spend: `granted` + `purchased` − `owed`.
        pub available: i64,
        ///…of which this many expire (the monthly allowance lapses when the
        /// month ends, UTC).
        pub expiring: i64,
        ///Granted credits (monthly allowance, promotions, operators)…
        pub granted: i64,
        ///Credits refunded through Stripe after they were spent: the next
        /// credits cover them before any can be used.
        pub owed: i64,
        pub plan: PlanName,
        ///Bought credits; they never expire.
        pub purchased: i64,
        ///Held by jobs that are queued or running (their worst-case price).
        pub reserved: i64,
    }

    impl BalanceView {
        pub fn builder() -> builder::BalanceView {
            Default::default()
        }
    }

    ///A console session: the access token for the admin endpoints. The refresh
    /// token is in the `veracity_refresh` cookie, never in a body.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct BrowserSession {
        ///Send as `Authorization: Bearer <access_token>` to the admin
        /// endpoints.
        pub access_token: ::std::string::String,
        ///Seconds until the access token expires (900); refresh before then.
        pub expires_in: i64,
        ///When the session ends unless refreshed.
        pub refresh_token_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub tenant_id: ::std::string::String,
        ///Always `Bearer`.
        pub token_type: ::std::string::String,
        pub user: SessionUser,
    }

    impl BrowserSession {
        pub fn builder() -> builder::BrowserSession {
            Default::default()
        }
    }

    ///`ChangePlan`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ChangePlan {
        pub plan: PlanName,
    }

    impl ChangePlan {
        pub fn builder() -> builder::ChangePlan {
            Default::default()
        }
    }

    ///The question a job answers.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Check {
        #[serde(rename = "deepfake")]
        Deepfake,
        #[serde(rename = "ai_generated")]
        AiGenerated,
    }

    impl ::std::fmt::Display for Check {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Deepfake => f.write_str("deepfake"),
                Self::AiGenerated => f.write_str("ai_generated"),
            }
        }
    }

    impl ::std::str::FromStr for Check {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "deepfake" => Ok(Self::Deepfake),
                "ai_generated" => Ok(Self::AiGenerated),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Check {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Check {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`CheckStatus`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CheckStatus {
        #[serde(rename = "ok")]
        Ok,
        #[serde(rename = "failed")]
        Failed,
    }

    impl ::std::fmt::Display for CheckStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ok => f.write_str("ok"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }

    impl ::std::str::FromStr for CheckStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ok" => Ok(Self::Ok),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for CheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CheckStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`CheckoutRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CheckoutRequest {
        ///The pack's `id` (see `GET /v1/billing/packs`).
        pub pack: CheckoutRequestPack,
    }

    impl CheckoutRequest {
        pub fn builder() -> builder::CheckoutRequest {
            Default::default()
        }
    }

    ///The pack's `id` (see `GET /v1/billing/packs`).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CheckoutRequestPack(::std::string::String);
    impl ::std::ops::Deref for CheckoutRequestPack {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CheckoutRequestPack> for ::std::string::String {
        fn from(value: CheckoutRequestPack) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CheckoutRequestPack {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CheckoutRequestPack {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CheckoutRequestPack {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CheckoutRequestPack {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A Stripe Checkout Session.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CheckoutView {
        ///The session cannot be paid after this.
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Stripe's `cs_…` id.
        pub id: ::std::string::String,
        pub pack: PackView,
        ///Send the buyer here.
        pub url: ::std::string::String,
    }

    impl CheckoutView {
        pub fn builder() -> builder::CheckoutView {
            Default::default()
        }
    }

    ///What a file's C2PA manifest declares, and whether its signature holds.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ContentCredentialsView {
        ///e.g. `c2pa.created`, `c2pa.edited`.
        pub actions: ::std::vec::Vec<::std::string::String>,
        ///The software that wrote the manifest.
        pub claim_generator: ::std::string::String,
        ///IPTC digital source type, e.g. `trainedAlgorithmicMedia`,
        /// `digitalCapture`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub digital_source_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signed_at: ::std::option::Option<::std::string::String>,
        ///The signing certificate's organisation (or common name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signer: ::std::option::Option<::std::string::String>,
        pub validation: CredentialsValidation,
        ///C2PA validation status codes explaining a state other than
        /// `trusted`.
        pub validation_codes: ::std::vec::Vec<::std::string::String>,
    }

    impl ContentCredentialsView {
        pub fn builder() -> builder::ContentCredentialsView {
            Default::default()
        }
    }

    ///`CreateApiKey`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreateApiKey {
        ///IPv4/IPv6 addresses or CIDR networks (at most 100); default: any
        /// address.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub allowed_ips: ::std::vec::Vec<CreateApiKeyAllowedIpsItem>,
        ///Default 1000; resets at 00:00 UTC.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily_limit: ::std::option::Option<i64>,
        ///Default: never.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///1-100 characters, e.g. what uses the key.
        pub name: CreateApiKeyName,
        ///Default: your plan's (FREE 10, BASIC 60, PRO 300, ENTERPRISE 1000);
        /// at most FREE 1000, BASIC 5000, PRO 20000, ENTERPRISE 100000.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rate_limit_per_minute: ::std::option::Option<i64>,
        ///Default: every scope but `webhooks:write` (all detection endpoints,
        /// `jobs:read`, `jobs:delete`, `usage:read`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<Scope>,
    }

    impl CreateApiKey {
        pub fn builder() -> builder::CreateApiKey {
            Default::default()
        }
    }

    ///`CreateApiKeyAllowedIpsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyAllowedIpsItem(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyAllowedIpsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyAllowedIpsItem> for ::std::string::String {
        fn from(value: CreateApiKeyAllowedIpsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyAllowedIpsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyAllowedIpsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyAllowedIpsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyAllowedIpsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///1-100 characters, e.g. what uses the key.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateApiKeyName(::std::string::String);
    impl ::std::ops::Deref for CreateApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateApiKeyName> for ::std::string::String {
        fn from(value: CreateApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateCheckoutIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCheckoutIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for CreateCheckoutIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateCheckoutIdempotencyKey> for ::std::string::String {
        fn from(value: CreateCheckoutIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateCheckoutIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateCheckoutIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateCheckoutIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateCheckoutIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`CreateWebhookEndpoint`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreateWebhookEndpoint {
        ///Up to 500 characters, for you.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<CreateWebhookEndpointDescription>,
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Default: every event type.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub event_types: ::std::vec::Vec<WebhookEventType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload_format: ::std::option::Option<WebhookPayloadFormat>,
        ///1-1000 deliveries per second at most; default: no limit (8 in flight
        /// at once).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rate_limit_per_second: ::std::option::Option<i64>,
        ///`deepfake.deepfake_detected` is sent from this risk score up;
        /// default 70.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_threshold: ::std::option::Option<i32>,
        ///Where to POST the events: `https`, a public address (checked now and
        /// at every send); at most 2048 characters.
        pub url: CreateWebhookEndpointUrl,
    }

    impl CreateWebhookEndpoint {
        pub fn builder() -> builder::CreateWebhookEndpoint {
            Default::default()
        }
    }

    ///Up to 500 characters, for you.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateWebhookEndpointDescription(::std::string::String);
    impl ::std::ops::Deref for CreateWebhookEndpointDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateWebhookEndpointDescription> for ::std::string::String {
        fn from(value: CreateWebhookEndpointDescription) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateWebhookEndpointDescription {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 500usize {
                return Err("longer than 500 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateWebhookEndpointDescription {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateWebhookEndpointDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateWebhookEndpointDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Where to POST the events: `https`, a public address (checked now and at
    /// every send); at most 2048 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateWebhookEndpointUrl(::std::string::String);
    impl ::std::ops::Deref for CreateWebhookEndpointUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CreateWebhookEndpointUrl> for ::std::string::String {
        fn from(value: CreateWebhookEndpointUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for CreateWebhookEndpointUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for CreateWebhookEndpointUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CreateWebhookEndpointUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for CreateWebhookEndpointUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///How far a C2PA manifest can be trusted: `trusted` (chains to a
    /// configured trust anchor), `valid` (good signature, signer not
    /// trusted) or `invalid` (does not match the file, or
    /// cannot be verified).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum CredentialsValidation {
        #[serde(rename = "trusted")]
        Trusted,
        #[serde(rename = "valid")]
        Valid,
        #[serde(rename = "invalid")]
        Invalid,
    }

    impl ::std::fmt::Display for CredentialsValidation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Trusted => f.write_str("trusted"),
                Self::Valid => f.write_str("valid"),
                Self::Invalid => f.write_str("invalid"),
            }
        }
    }

    impl ::std::str::FromStr for CredentialsValidation {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "trusted" => Ok(Self::Trusted),
                "valid" => Ok(Self::Valid),
                "invalid" => Ok(Self::Invalid),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for CredentialsValidation {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for CredentialsValidation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///Credits by state and source.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Credits {
        ///What new jobs can spend: `granted` + `purchased` − `owed`.
        pub available: i64,
        ///…of which this many expire (the monthly allowance lapses when the
        /// month ends, UTC).
        pub expiring: i64,
        ///Granted credits (monthly allowance, promotions, operators)…
        pub granted: i64,
        ///Credits refunded through Stripe after they were spent: the next
        /// credits cover them before any can be used.
        pub owed: i64,
        ///Bought credits; they never expire.
        pub purchased: i64,
        ///Held by jobs that are queued or running (their worst-case price).
        pub reserved: i64,
    }

    impl Credits {
        pub fn builder() -> builder::Credits {
            Default::default()
        }
    }

    ///A job in deepfakedetector.ai's shape.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DeepfakeDetectorResult {
        ///How sure the verdict is, 0–1; absent when nothing could be judged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<f32>,
        ///Why the job failed, when it did: Veracity's error code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Stretches of a video's or audio's timeline flagged as synthetic.
        pub flagged_segments: ::std::vec::Vec<DeepfakeDetectorSegment>,
        ///The generator named by the media's provenance (C2PA, metadata,
        /// watermark), else null: Veracity never guesses a generator
        /// from pixels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub generator: ::std::option::Option<::std::string::String>,
        ///The Veracity job id (`GET /compat/deepfakedetector/v1/jobs/{id}` or
        /// `GET /v1/jobs/{id}`).
        pub job_id: ::std::string::String,
        ///Milliseconds the analysis took.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latency_ms: ::std::option::Option<i64>,
        ///Each signal by name: `synthetic` (score ≥ 0.70), `uncertain`
        /// (0.40–0.70), `natural` (< 0.40) or `informative` (a finding
        /// with no score, e.g. no metadata found).
        pub signals: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        ///`queued`, `processing`, `completed`, `failed` or `cancelled`.
        pub status: ::std::string::String,
        ///`authentic`, `synthetic`, `manipulated` or `inconclusive`, once
        /// completed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verdict: ::std::option::Option<::std::string::String>,
    }

    impl DeepfakeDetectorResult {
        pub fn builder() -> builder::DeepfakeDetectorResult {
            Default::default()
        }
    }

    ///A flagged stretch of the media's timeline, seconds from its start.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DeepfakeDetectorSegment {
        pub end: f64,
        pub start: f64,
    }

    impl DeepfakeDetectorSegment {
        pub fn builder() -> builder::DeepfakeDetectorSegment {
            Default::default()
        }
    }

    ///A message's delivery status.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DeliveryStatus {
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "delivered")]
        Delivered,
        #[serde(rename = "failed")]
        Failed,
    }

    impl ::std::fmt::Display for DeliveryStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Pending => f.write_str("pending"),
                Self::Delivered => f.write_str("delivered"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }

    impl ::std::str::FromStr for DeliveryStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pending" => Ok(Self::Pending),
                "delivered" => Ok(Self::Delivered),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for DeliveryStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeliveryStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`DetectAiMediaUrlIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectAiMediaUrlIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectAiMediaUrlIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectAiMediaUrlIdempotencyKey> for ::std::string::String {
        fn from(value: DetectAiMediaUrlIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectAiMediaUrlIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectAiMediaUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectAiMediaUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectAiMediaUrlIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectAudioUrlIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectAudioUrlIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectAudioUrlIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectAudioUrlIdempotencyKey> for ::std::string::String {
        fn from(value: DetectAudioUrlIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectAudioUrlIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectAudioUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectAudioUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectAudioUrlIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A video as a list of still frames.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DetectFramesRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis_type: ::std::option::Option<AnalysisType>,
        ///An https URL that receives the finished job (webhook rules apply).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<DetectFramesRequestCallbackUrl>,
        ///The frames in order (JPEG, PNG, WebP, GIF, BMP or TIFF),
        /// base64-encoded (a `data:` URL prefix is allowed); at most
        /// 64, 6 MB and 500 megapixels in all.
        pub frames: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_type: ::std::option::Option<MediaType>,
        ///Keep the media 30 days instead of deleting it 60 s after the
        /// verdict.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retain: ::std::option::Option<bool>,
        ///Include landmarks and every per-frame and per-segment finding.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_details: ::std::option::Option<bool>,
        ///Lower decision thresholds: more media escalated, fewer fakes missed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict_mode: ::std::option::Option<bool>,
    }

    impl DetectFramesRequest {
        pub fn builder() -> builder::DetectFramesRequest {
            Default::default()
        }
    }

    ///An https URL that receives the finished job (webhook rules apply).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectFramesRequestCallbackUrl(::std::string::String);
    impl ::std::ops::Deref for DetectFramesRequestCallbackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectFramesRequestCallbackUrl> for ::std::string::String {
        fn from(value: DetectFramesRequestCallbackUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectFramesRequestCallbackUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectFramesRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectFramesRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectFramesRequestCallbackUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectImageUrlIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectImageUrlIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectImageUrlIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectImageUrlIdempotencyKey> for ::std::string::String {
        fn from(value: DetectImageUrlIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectImageUrlIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectImageUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectImageUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectImageUrlIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectTextIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectTextIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectTextIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectTextIdempotencyKey> for ::std::string::String {
        fn from(value: DetectTextIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectTextIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectTextIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectTextIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectTextIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Text to check for machine writing.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DetectTextRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis_type: ::std::option::Option<AnalysisType>,
        ///An https URL that receives the finished job (webhook rules apply).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<DetectTextRequestCallbackUrl>,
        ///Mark the most machine-like sentences in the result's `highlights`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub highlight: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_type: ::std::option::Option<MediaType>,
        ///Keep the media 30 days instead of deleting it 60 s after the
        /// verdict.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retain: ::std::option::Option<bool>,
        ///Include landmarks and every per-frame and per-segment finding.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_details: ::std::option::Option<bool>,
        ///Lower decision thresholds: more media escalated, fewer fakes missed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict_mode: ::std::option::Option<bool>,
        ///50 to 100,000 characters (`TEXT_TOO_SHORT` below 50, ignoring
        /// surrounding spaces).
        pub text: DetectTextRequestText,
    }

    impl DetectTextRequest {
        pub fn builder() -> builder::DetectTextRequest {
            Default::default()
        }
    }

    ///An https URL that receives the finished job (webhook rules apply).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectTextRequestCallbackUrl(::std::string::String);
    impl ::std::ops::Deref for DetectTextRequestCallbackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectTextRequestCallbackUrl> for ::std::string::String {
        fn from(value: DetectTextRequestCallbackUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectTextRequestCallbackUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectTextRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectTextRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectTextRequestCallbackUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///50 to 100,000 characters (`TEXT_TOO_SHORT` below 50, ignoring
    /// surrounding spaces).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectTextRequestText(::std::string::String);
    impl ::std::ops::Deref for DetectTextRequestText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectTextRequestText> for ::std::string::String {
        fn from(value: DetectTextRequestText) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectTextRequestText {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100000usize {
                return Err("longer than 100000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectTextRequestText {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectTextRequestText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectTextRequestText {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectUrlIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectUrlIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectUrlIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectUrlIdempotencyKey> for ::std::string::String {
        fn from(value: DetectUrlIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectUrlIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectUrlIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Media to fetch from a URL.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DetectUrlRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis_type: ::std::option::Option<AnalysisType>,
        ///An https URL that receives the finished job (webhook rules apply).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<DetectUrlRequestCallbackUrl>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_type: ::std::option::Option<MediaType>,
        ///An https URL of the media; fetched once by Veracity (private and
        /// internal addresses refused), up to the operation's size
        /// limit.
        pub media_url: DetectUrlRequestMediaUrl,
        ///Keep the media 30 days instead of deleting it 60 s after the
        /// verdict.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retain: ::std::option::Option<bool>,
        ///Include landmarks and every per-frame and per-segment finding.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_details: ::std::option::Option<bool>,
        ///Lower decision thresholds: more media escalated, fewer fakes missed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict_mode: ::std::option::Option<bool>,
    }

    impl DetectUrlRequest {
        pub fn builder() -> builder::DetectUrlRequest {
            Default::default()
        }
    }

    ///An https URL that receives the finished job (webhook rules apply).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectUrlRequestCallbackUrl(::std::string::String);
    impl ::std::ops::Deref for DetectUrlRequestCallbackUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectUrlRequestCallbackUrl> for ::std::string::String {
        fn from(value: DetectUrlRequestCallbackUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectUrlRequestCallbackUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectUrlRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectUrlRequestCallbackUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectUrlRequestCallbackUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///An https URL of the media; fetched once by Veracity (private and
    /// internal addresses refused), up to the operation's size limit.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectUrlRequestMediaUrl(::std::string::String);
    impl ::std::ops::Deref for DetectUrlRequestMediaUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectUrlRequestMediaUrl> for ::std::string::String {
        fn from(value: DetectUrlRequestMediaUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectUrlRequestMediaUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectUrlRequestMediaUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectUrlRequestMediaUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectUrlRequestMediaUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectVideoFramesIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectVideoFramesIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectVideoFramesIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectVideoFramesIdempotencyKey> for ::std::string::String {
        fn from(value: DetectVideoFramesIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectVideoFramesIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectVideoFramesIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectVideoFramesIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectVideoFramesIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DetectVideoUrlIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DetectVideoUrlIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for DetectVideoUrlIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DetectVideoUrlIdempotencyKey> for ::std::string::String {
        fn from(value: DetectVideoUrlIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DetectVideoUrlIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DetectVideoUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DetectVideoUrlIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DetectVideoUrlIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Why Veracity disabled an endpoint: `gone` (it answered 410) or `failing`
    /// (no successful delivery for the configured period while deliveries
    /// kept failing).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DisableReason {
        #[serde(rename = "gone")]
        Gone,
        #[serde(rename = "failing")]
        Failing,
    }

    impl ::std::fmt::Display for DisableReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Gone => f.write_str("gone"),
                Self::Failing => f.write_str("failing"),
            }
        }
    }

    impl ::std::str::FromStr for DisableReason {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "gone" => Ok(Self::Gone),
                "failing" => Ok(Self::Failing),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for DisableReason {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DisableReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///An API key as 003 shows it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiApiKey {
        ///`detect:ai-media`.
        pub can_use_ai_media_detection: bool,
        ///`detect:text`.
        pub can_use_ai_text_detection: bool,
        ///`detect:image` and `detect:video`.
        pub can_use_deepfake_detection: bool,
        ///RFC 3339 in UTC, to the second, as 003 writes it
        /// (`2026-05-15T13:45:30Z`).
        pub created_at: ::std::string::String,
        ///Requests allowed per UTC day.
        pub daily_limit: i64,
        ///Requests counted so far today (recorded about once a second).
        pub daily_usage: i64,
        ///RFC 3339 in UTC; absent: the key does not expire.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::std::string::String>,
        ///A stable integer for the key (its `key_id` hashed to 53 bits): use
        /// it in `/api/api-keys/{id}/`.
        pub id: i64,
        ///The whole key when it is made (shown this once); otherwise its
        /// prefix and last four.
        pub key: ::std::string::String,
        ///Added: the key's Veracity id (`/v1/api-keys/{key_id}`).
        pub key_id: ::std::string::String,
        ///RFC 3339 in UTC; absent: never used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
    }

    impl DmiApiKey {
        pub fn builder() -> builder::DmiApiKey {
            Default::default()
        }
    }

    ///`{"success": true, "code": "SUC001", "api_keys": […]}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiApiKeyList {
        ///The organisation's keys that are not revoked, newest first.
        pub api_keys: ::std::vec::Vec<DmiApiKey>,
        ///`SUC001`.
        pub code: ::std::string::String,
        pub success: bool,
    }

    impl DmiApiKeyList {
        pub fn builder() -> builder::DmiApiKeyList {
            Default::default()
        }
    }

    ///`{"success": true, "code": "SUC001", "api_key": {…}}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiApiKeyResponse {
        pub api_key: DmiApiKey,
        pub code: ::std::string::String,
        pub success: bool,
    }

    impl DmiApiKeyResponse {
        pub fn builder() -> builder::DmiApiKeyResponse {
            Default::default()
        }
    }

    ///003's key: what `POST /api/api-keys/` takes (other members are ignored,
    /// as 003 does).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiCreateApiKey {
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_use_ai_media_detection: ::std::option::Option<bool>,
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_use_ai_text_detection: ::std::option::Option<bool>,
        ///Default true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_use_deepfake_detection: ::std::option::Option<bool>,
        ///Requests per UTC day; default 1000.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily_limit: ::std::option::Option<i64>,
        ///A date (`2027-12-31`: the key ends at 00:00 UTC that day) or an RFC
        /// 3339 time; must be in the future. Absent or null: never.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<DmiCreateApiKeyExpiresAt>,
        ///1-100 characters.
        pub name: DmiCreateApiKeyName,
    }

    impl DmiCreateApiKey {
        pub fn builder() -> builder::DmiCreateApiKey {
            Default::default()
        }
    }

    ///A date (`2027-12-31`: the key ends at 00:00 UTC that day) or an RFC 3339
    /// time; must be in the future. Absent or null: never.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DmiCreateApiKeyExpiresAt(::std::string::String);
    impl ::std::ops::Deref for DmiCreateApiKeyExpiresAt {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DmiCreateApiKeyExpiresAt> for ::std::string::String {
        fn from(value: DmiCreateApiKeyExpiresAt) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DmiCreateApiKeyExpiresAt {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DmiCreateApiKeyExpiresAt {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DmiCreateApiKeyExpiresAt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DmiCreateApiKeyExpiresAt {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///1-100 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DmiCreateApiKeyName(::std::string::String);
    impl ::std::ops::Deref for DmiCreateApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DmiCreateApiKeyName> for ::std::string::String {
        fn from(value: DmiCreateApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DmiCreateApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DmiCreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DmiCreateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DmiCreateApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`{"success": true, "code": "SUC001", "result": …, "metadata": …}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiDeepfakeResponse {
        ///`SUC001`.
        pub code: ::std::string::String,
        ///Added: the Veracity job (`GET /v1/jobs/{id}`).
        pub job_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<DmiMetadata>,
        pub result: DmiDeepfakeResult,
        pub success: bool,
    }

    impl DmiDeepfakeResponse {
        pub fn builder() -> builder::DmiDeepfakeResponse {
            Default::default()
        }
    }

    ///`deepfake-detection/`'s result.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiDeepfakeResult {
        ///How likely a deepfake, 0–1 (Veracity's risk score / 100); null when
        /// nothing could be judged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence_score: ::std::option::Option<f64>,
        ///Videos: scored frames at 0.70 or above.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fake_frames: ::std::option::Option<i64>,
        ///Videos: `fake_frames` as a percentage of the frames scored.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fake_frames_percentage: ::std::option::Option<f32>,
        ///`Image` or `Video`.
        pub file_type: ::std::string::String,
        ///Videos: frames sampled (1 per second, at most 64).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub frames_analyzed: ::std::option::Option<i64>,
        ///Veracity's verdict is `synthetic` or `manipulated`.
        pub is_deepfake: bool,
    }

    impl DmiDeepfakeResult {
        pub fn builder() -> builder::DmiDeepfakeResult {
            Default::default()
        }
    }

    ///003's error body.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiError {
        ///`AUT001`, `AUT004`, `FIL001`, `FIL002`, `FIL003`, `TXT001`,
        /// `TXT002`, `SYS001`, `SYS003`, or Veracity's code for what
        /// 003 does not list (credits, rate limits).
        pub code: ::std::string::String,
        pub message: ::std::string::String,
        ///Always `false`.
        pub success: bool,
    }

    impl DmiError {
        pub fn builder() -> builder::DmiError {
            Default::default()
        }
    }

    ///`DmiMediaResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiMediaResponse {
        pub code: ::std::string::String,
        pub job_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<DmiMetadata>,
        pub result: DmiMediaResult,
        pub success: bool,
    }

    impl DmiMediaResponse {
        pub fn builder() -> builder::DmiMediaResponse {
            Default::default()
        }
    }

    ///`ai-media-detection/`'s result.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiMediaResult {
        pub confidence_scores: DmiMediaScores,
        ///Added: the generator, when the image's provenance names it (C2PA,
        /// metadata, watermark).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub generator: ::std::option::Option<::std::string::String>,
        ///Veracity's verdict is `synthetic` (or `manipulated`).
        pub is_ai_generated: bool,
        ///`fake` or `real`, as `is_ai_generated`; `unknown` when nothing could
        /// judge the image.
        pub prediction: ::std::string::String,
    }

    impl DmiMediaResult {
        pub fn builder() -> builder::DmiMediaResult {
            Default::default()
        }
    }

    ///`ai-media-detection/`'s shares, 0–1, adding up to 1; null when nothing
    /// could judge the image.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    pub struct DmiMediaScores {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ai_generated: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub real: ::std::option::Option<f64>,
    }

    impl DmiMediaScores {
        pub fn builder() -> builder::DmiMediaScores {
            Default::default()
        }
    }

    ///`{"success": true, "code": "SUC001", "message": "API key \"…\" has been
    /// revoked"}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiMessage {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
        pub success: bool,
    }

    impl DmiMessage {
        pub fn builder() -> builder::DmiMessage {
            Default::default()
        }
    }

    ///The media's facts, as 003's top-level `metadata`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codec: ::std::option::Option<::std::string::String>,
        ///Seconds (videos).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///`jpeg`, `png`, `mp4`…
        pub format: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
    }

    impl DmiMetadata {
        pub fn builder() -> builder::DmiMetadata {
            Default::default()
        }
    }

    ///`ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other
    /// members are ignored, as 003 does).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    pub struct DmiTextRequest {
        ///Return `highlighted_text`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub highlight: ::std::option::Option<bool>,
        ///At least 50 characters (`TXT002` below).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<DmiTextRequestText>,
    }

    impl DmiTextRequest {
        pub fn builder() -> builder::DmiTextRequest {
            Default::default()
        }
    }

    ///At least 50 characters (`TXT002` below).
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DmiTextRequestText(::std::string::String);
    impl ::std::ops::Deref for DmiTextRequestText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<DmiTextRequestText> for ::std::string::String {
        fn from(value: DmiTextRequestText) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for DmiTextRequestText {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100000usize {
                return Err("longer than 100000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for DmiTextRequestText {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DmiTextRequestText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for DmiTextRequestText {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`DmiTextResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiTextResponse {
        pub code: ::std::string::String,
        pub job_id: ::std::string::String,
        pub result: DmiTextResult,
        pub success: bool,
    }

    impl DmiTextResponse {
        pub fn builder() -> builder::DmiTextResponse {
            Default::default()
        }
    }

    ///`ai-text-detection/`'s result.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DmiTextResult {
        pub confidence_scores: DmiTextScores,
        ///With `highlight: true`: the text with its most machine-like
        /// sentences in `<mark>…</mark>`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub highlighted_text: ::std::option::Option<::std::string::String>,
        ///Veracity's verdict is `synthetic`.
        pub is_ai_generated: bool,
        ///Always null: Veracity does not guess which model wrote a text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_prediction: ::std::option::Option<::std::string::String>,
    }

    impl DmiTextResult {
        pub fn builder() -> builder::DmiTextResult {
            Default::default()
        }
    }

    ///Human and AI shares for a text, 0–1, adding up to 1; null when the text
    /// could not be judged (under 50 words or 3 sentences).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    pub struct DmiTextScores {
        #[serde(rename = "AI", skip_serializing_if = "::std::option::Option::is_none")]
        pub ai: ::std::option::Option<f64>,
        #[serde(
            rename = "Human",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub human: ::std::option::Option<f64>,
    }

    impl DmiTextScores {
        pub fn builder() -> builder::DmiTextScores {
            Default::default()
        }
    }

    ///One event type of the catalogue.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct EventTypeInfo {
        pub description: ::std::string::String,
        pub name: WebhookEventType,
        ///The JSON Schema (2020-12) of a message body of this type.
        pub schema: ::serde_json::Value,
    }

    impl EventTypeInfo {
        pub fn builder() -> builder::EventTypeInfo {
            Default::default()
        }
    }

    ///`EventTypeList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct EventTypeList {
        pub data: ::std::vec::Vec<EventTypeInfo>,
    }

    impl EventTypeList {
        pub fn builder() -> builder::EventTypeList {
            Default::default()
        }
    }

    ///`FaceView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct FaceView {
        ///`[x1, y1, x2, y2]` in pixels of the analysed image or frame.
        pub bbox: ::std::vec::Vec<f32>,
        ///0–1: how likely this face region is synthetic or manipulated (the
        /// highest score an image classifier gave its crop); absent
        /// when no classifier scored it: the CLIP probe judges the 4
        /// largest faces of at least 40 px per frame, and the
        /// `faces_not_judged` signal counts the others and says why.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fake_score: ::std::option::Option<f32>,
        ///The analysed frame (0 for images).
        pub frame: i64,
        ///Eyes, nose and mouth corners as `[x, y]` (with `return_details`).
        pub landmarks: ::std::vec::Vec<::std::vec::Vec<f32>>,
        ///Face-detector confidence, 0–1.
        pub score: f32,
    }

    impl FaceView {
        pub fn builder() -> builder::FaceView {
            Default::default()
        }
    }

    ///`GeneratorView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GeneratorView {
        pub confidence: f32,
        pub name: ::std::string::String,
        ///What identified it, e.g. `png:parameters`, `xmp:DigitalSourceType`.
        pub source: ::std::string::String,
    }

    impl GeneratorView {
        pub fn builder() -> builder::GeneratorView {
            Default::default()
        }
    }

    ///The deepfake reading: whether the video is fake, and the chance that it
    /// is.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GlairDeepfake {
        ///The chance the media is fake, 0–1 (Veracity's `risk_score` / 100).
        pub confidence: f64,
        ///`fake` when Veracity's verdict is synthetic or manipulated, else
        /// `real`.
        pub value: ::std::string::String,
    }

    impl GlairDeepfake {
        pub fn builder() -> builder::GlairDeepfake {
            Default::default()
        }
    }

    ///`GlairDeepfakeFramesIdempotencyKey`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GlairDeepfakeFramesIdempotencyKey(::std::string::String);
    impl ::std::ops::Deref for GlairDeepfakeFramesIdempotencyKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<GlairDeepfakeFramesIdempotencyKey> for ::std::string::String {
        fn from(value: GlairDeepfakeFramesIdempotencyKey) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for GlairDeepfakeFramesIdempotencyKey {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[!-~]+$").unwrap());
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[!-~]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for GlairDeepfakeFramesIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GlairDeepfakeFramesIdempotencyKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for GlairDeepfakeFramesIdempotencyKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///002's Deepfake Detection object.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GlairDeepfakeResult {
        ///Added: the Veracity job, readable at `GET /v1/jobs/{id}`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read: ::std::option::Option<GlairRead>,
        ///A human-readable message about the reading.
        pub reason: ::std::string::String,
        ///`SUCCESS`, `NO_FILE`, `FILE_INVALID_FORMAT` or `FAILED` (`ERROR` for
        /// keys, credits and limits).
        pub status: ::std::string::String,
    }

    impl GlairDeepfakeResult {
        pub fn builder() -> builder::GlairDeepfakeResult {
            Default::default()
        }
    }

    ///An error in 002's shape.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GlairError {
        ///Added: Veracity's stable error code.
        pub code: ::std::string::String,
        ///What went wrong, for a human.
        pub reason: ::std::string::String,
        ///`NO_FILE`, `FILE_INVALID_FORMAT`, `FAILED`, or `ERROR` for keys,
        /// credits and limits.
        pub status: ::std::string::String,
    }

    impl GlairError {
        pub fn builder() -> builder::GlairError {
            Default::default()
        }
    }

    ///The reading: present when `status` is `SUCCESS`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GlairRead {
        pub deepfake: GlairDeepfake,
    }

    impl GlairRead {
        pub fn builder() -> builder::GlairRead {
            Default::default()
        }
    }

    ///How credit usage is grouped.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum GroupBy {
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "media_type")]
        MediaType,
    }

    impl ::std::fmt::Display for GroupBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Day => f.write_str("day"),
                Self::MediaType => f.write_str("media_type"),
            }
        }
    }

    impl ::std::str::FromStr for GroupBy {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "day" => Ok(Self::Day),
                "media_type" => Ok(Self::MediaType),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for GroupBy {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for GroupBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///The process is up.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Health {
        ///Always `ok`.
        pub status: ::std::string::String,
        ///The running build's version.
        pub version: ::std::string::String,
    }

    impl Health {
        pub fn builder() -> builder::Health {
            Default::default()
        }
    }

    ///Where in a picture the AI-image probe's score comes from
    /// (`return_details=true`, images and video): the analysed square is
    /// cut into a grid and each cell's detail hidden in turn (flattened to
    /// its average colour) and scored again. `GET /v1/jobs/{id}/heatmap` draws
    /// it over the frame.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct HeatmapView {
        pub cols: i64,
        ///The detector whose score it explains (`clip-probe`).
        pub detector: ::std::string::String,
        ///The analysed frame it belongs to: 0 for an image, the most
        /// suspicious scored frame of a video.
        pub frame: i64,
        ///The square the detector looked at, `[x1, y1, x2, y2]` in pixels of
        /// that frame.
        pub region: ::std::vec::Vec<f32>,
        pub rows: i64,
        ///The frame's score with nothing hidden.
        pub score: f32,
        ///`rows × cols` values row by row from the top left: the score with
        /// nothing hidden minus the score with that cell hidden (0–1
        /// risk scale). Positive cells push the score towards
        /// "generated"; negative ones away from it.
        pub values: ::std::vec::Vec<f32>,
    }

    impl HeatmapView {
        pub fn builder() -> builder::HeatmapView {
            Default::default()
        }
    }

    ///`Invitation`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Invitation {
        pub invitation_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Give this to the invitee; they set their password with `POST
        /// /v1/auth/accept-invitation`. Shown only here, once.
        pub invitation_token: ::std::string::String,
        pub member: Member,
    }

    impl Invitation {
        pub fn builder() -> builder::Invitation {
            Default::default()
        }
    }

    ///`InviteRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct InviteRequest {
        pub email: InviteRequestEmail,
        pub role: Role,
    }

    impl InviteRequest {
        pub fn builder() -> builder::InviteRequest {
            Default::default()
        }
    }

    ///`InviteRequestEmail`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct InviteRequestEmail(::std::string::String);
    impl ::std::ops::Deref for InviteRequestEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<InviteRequestEmail> for ::std::string::String {
        fn from(value: InviteRequestEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for InviteRequestEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for InviteRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for InviteRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for InviteRequestEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///A detection job and, once it completes, its result.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Job {
        pub analysis_type: AnalysisType,
        pub check: Check,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///How sure the verdict is, 0–1; absent when no detector could judge
        /// this media.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<f32>,
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Credits the job cost, once finished: its price when completed (image
        /// 2, video up to a minute 5, longer 10, audio 3, document 2,
        /// text 1, AI-media 2 by default), 0 when it failed or was
        /// cancelled. `null` while it runs (its worst-case price is reserved).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub credits_used: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<JobError>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub faces: ::std::vec::Vec<FaceView>,
        ///Images and video only: scored frames whose score reached 0.70.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fake_frames: ::std::option::Option<i64>,
        ///`fake_frames` as a percentage of `frames_scored` (to 0.1); absent
        /// when no frame was scored.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fake_frames_percentage: ::std::option::Option<f32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub flagged_segments: ::std::vec::Vec<SegmentView>,
        ///Images and video only: the frames decoded and analysed (1 for an
        /// image; a video is sampled at 1 frame per second, at most 64
        /// spread over it).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub frames_analyzed: ::std::option::Option<i64>,
        ///Images and video only: of `frames_analyzed`, the frames an image
        /// classifier scored.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub frames_scored: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub generator: ::std::option::Option<GeneratorView>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heatmap: ::std::option::Option<HeatmapView>,
        ///Texts sent with `highlight: true`: the most machine-like sentences
        /// (up to 5), in reading order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub highlights: ::std::vec::Vec<TextHighlightView>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_deepfake: ::std::option::Option<bool>,
        ///Milliseconds the worker spent on the job: decoding the media (which
        /// can start while the job is being started) and analysing it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latency_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manipulation_type: ::std::option::Option<ManipulationType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<MediaView>,
        ///True once the media has been deleted (after the verdict, or on
        /// delete).
        pub media_deleted: bool,
        pub media_type: MediaType,
        ///Of `latency_ms`, the milliseconds spent inside models (to 0.01 ms).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model_ms: ::std::option::Option<f64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub models: ::std::vec::Vec<ModelView>,
        ///Always `detection`.
        pub object: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommendation: ::std::option::Option<Recommendation>,
        pub retain: bool,
        ///0–100; absent when no detector could judge this media (the verdict
        /// is then `inconclusive` and the recommendation
        /// `enhanced_verification`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_score: ::std::option::Option<i32>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub signals: ::std::vec::Vec<SignalView>,
        ///The client file name of an upload, or the URL media was fetched
        /// from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub status: Status,
        pub strict_mode: bool,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub suspicious_frames: ::std::vec::Vec<SuspiciousFrameView>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verdict: ::std::option::Option<Verdict>,
        ///`GET /v1/jobs/{id}` only: the webhook messages made for the job (one
        /// per endpoint and event type, and its `callback_url`) and
        /// where each delivery stands.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub webhook_deliveries: ::std::vec::Vec<WebhookDelivery>,
    }

    impl Job {
        pub fn builder() -> builder::Job {
            Default::default()
        }
    }

    ///Why a job failed: set on a job whose `status` is `failed`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct JobError {
        ///`INVALID_FILE_FORMAT`, `FILE_TOO_LARGE`, `NO_FACE_DETECTED`,
        /// `MEDIA_EXPIRED`, `ANALYSIS_FAILED` or `ANALYSIS_ABORTED`.
        pub code: ::std::string::String,
        pub message: ::std::string::String,
    }

    impl JobError {
        pub fn builder() -> builder::JobError {
            Default::default()
        }
    }

    ///`JobPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct JobPage {
        pub data: ::std::vec::Vec<JobSummary>,
        pub has_more: bool,
        ///Pass as `starting_after` for the next page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl JobPage {
        pub fn builder() -> builder::JobPage {
            Default::default()
        }
    }

    ///One row of the jobs list: the job without its detailed findings.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct JobSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub check: ::std::option::Option<Check>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The `code` of the error a failed job ended with, e.g.
        /// `INVALID_FILE_FORMAT`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        pub media_deleted: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_type: ::std::option::Option<MediaType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_score: ::std::option::Option<i32>,
        pub status: Status,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verdict: ::std::option::Option<Verdict>,
    }

    impl JobSummary {
        pub fn builder() -> builder::JobSummary {
            Default::default()
        }
    }

    ///`KeyUsage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct KeyUsage {
        ///The address this request came from, as Veracity sees it (for
        /// `allowed_ips`).
        pub client_ip: ::std::string::String,
        pub daily_limit: i64,
        ///Requests left today (UTC), after this one.
        pub daily_remaining: i64,
        ///When the daily limit resets (00:00 UTC).
        pub daily_resets_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub key_id: ::std::string::String,
        pub rate_limit_per_minute: i64,
        ///Requests left in the current minute window, after this one.
        pub rate_limit_remaining: i64,
        pub scopes: ::std::vec::Vec<Scope>,
        pub tenant_id: ::std::string::String,
    }

    impl KeyUsage {
        pub fn builder() -> builder::KeyUsage {
            Default::default()
        }
    }

    ///One change to the credit account.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct LedgerEntry {
        ///Credits moved (for `low_balance`: the threshold crossed;
        /// `plan_changed`: 0).
        pub amount: i64,
        pub balance_after: Credits,
        pub description: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_type: ::std::option::Option<MediaType>,
        pub occurred_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The grant id, purchase (Stripe payment) or Stripe event the entry
        /// refers to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: LedgerEntryType,
    }

    impl LedgerEntry {
        pub fn builder() -> builder::LedgerEntry {
            Default::default()
        }
    }

    ///What a ledger entry records.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum LedgerEntryType {
        #[serde(rename = "granted")]
        Granted,
        #[serde(rename = "purchased")]
        Purchased,
        #[serde(rename = "reserved")]
        Reserved,
        #[serde(rename = "captured")]
        Captured,
        #[serde(rename = "released")]
        Released,
        #[serde(rename = "refunded")]
        Refunded,
        #[serde(rename = "expired")]
        Expired,
        #[serde(rename = "low_balance")]
        LowBalance,
        #[serde(rename = "plan_changed")]
        PlanChanged,
    }

    impl ::std::fmt::Display for LedgerEntryType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Granted => f.write_str("granted"),
                Self::Purchased => f.write_str("purchased"),
                Self::Reserved => f.write_str("reserved"),
                Self::Captured => f.write_str("captured"),
                Self::Released => f.write_str("released"),
                Self::Refunded => f.write_str("refunded"),
                Self::Expired => f.write_str("expired"),
                Self::LowBalance => f.write_str("low_balance"),
                Self::PlanChanged => f.write_str("plan_changed"),
            }
        }
    }

    impl ::std::str::FromStr for LedgerEntryType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "granted" => Ok(Self::Granted),
                "purchased" => Ok(Self::Purchased),
                "reserved" => Ok(Self::Reserved),
                "captured" => Ok(Self::Captured),
                "released" => Ok(Self::Released),
                "refunded" => Ok(Self::Refunded),
                "expired" => Ok(Self::Expired),
                "low_balance" => Ok(Self::LowBalance),
                "plan_changed" => Ok(Self::PlanChanged),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for LedgerEntryType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for LedgerEntryType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///One page of ledger entries, newest first.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct LedgerPage {
        pub data: ::std::vec::Vec<LedgerEntry>,
        pub has_more: bool,
        ///Pass as `starting_after` for the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl LedgerPage {
        pub fn builder() -> builder::LedgerPage {
            Default::default()
        }
    }

    ///`LoginRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct LoginRequest {
        ///At most 254 characters.
        pub email: LoginRequestEmail,
        ///At most 1024 characters.
        pub password: LoginRequestPassword,
    }

    impl LoginRequest {
        pub fn builder() -> builder::LoginRequest {
            Default::default()
        }
    }

    ///At most 254 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LoginRequestEmail(::std::string::String);
    impl ::std::ops::Deref for LoginRequestEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<LoginRequestEmail> for ::std::string::String {
        fn from(value: LoginRequestEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for LoginRequestEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for LoginRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for LoginRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for LoginRequestEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///At most 1024 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct LoginRequestPassword(::std::string::String);
    impl ::std::ops::Deref for LoginRequestPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<LoginRequestPassword> for ::std::string::String {
        fn from(value: LoginRequestPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for LoginRequestPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for LoginRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for LoginRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for LoginRequestPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///What kind of synthesis or manipulation a `synthetic` or `manipulated`
    /// verdict found.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ManipulationType {
        #[serde(rename = "AI_GENERATED")]
        AiGenerated,
        #[serde(rename = "GAN_GENERATED")]
        GanGenerated,
        #[serde(rename = "FACE_SWAP")]
        FaceSwap,
        #[serde(rename = "PHOTO_MANIPULATION")]
        PhotoManipulation,
        #[serde(rename = "DOCUMENT_FORGERY")]
        DocumentForgery,
        #[serde(rename = "VIDEO_MANIPULATION")]
        VideoManipulation,
        #[serde(rename = "TTS_ENGINE")]
        TtsEngine,
        #[serde(rename = "VOICE_CLONING")]
        VoiceCloning,
        #[serde(rename = "AI_GENERATED_TEXT")]
        AiGeneratedText,
    }

    impl ::std::fmt::Display for ManipulationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AiGenerated => f.write_str("AI_GENERATED"),
                Self::GanGenerated => f.write_str("GAN_GENERATED"),
                Self::FaceSwap => f.write_str("FACE_SWAP"),
                Self::PhotoManipulation => f.write_str("PHOTO_MANIPULATION"),
                Self::DocumentForgery => f.write_str("DOCUMENT_FORGERY"),
                Self::VideoManipulation => f.write_str("VIDEO_MANIPULATION"),
                Self::TtsEngine => f.write_str("TTS_ENGINE"),
                Self::VoiceCloning => f.write_str("VOICE_CLONING"),
                Self::AiGeneratedText => f.write_str("AI_GENERATED_TEXT"),
            }
        }
    }

    impl ::std::str::FromStr for ManipulationType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AI_GENERATED" => Ok(Self::AiGenerated),
                "GAN_GENERATED" => Ok(Self::GanGenerated),
                "FACE_SWAP" => Ok(Self::FaceSwap),
                "PHOTO_MANIPULATION" => Ok(Self::PhotoManipulation),
                "DOCUMENT_FORGERY" => Ok(Self::DocumentForgery),
                "VIDEO_MANIPULATION" => Ok(Self::VideoManipulation),
                "TTS_ENGINE" => Ok(Self::TtsEngine),
                "VOICE_CLONING" => Ok(Self::VoiceCloning),
                "AI_GENERATED_TEXT" => Ok(Self::AiGeneratedText),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ManipulationType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ManipulationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///What kind of media a job analyses.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MediaType {
        #[serde(rename = "image")]
        Image,
        #[serde(rename = "video")]
        Video,
        #[serde(rename = "audio")]
        Audio,
        #[serde(rename = "text")]
        Text,
    }

    impl ::std::fmt::Display for MediaType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Image => f.write_str("image"),
                Self::Video => f.write_str("video"),
                Self::Audio => f.write_str("audio"),
                Self::Text => f.write_str("text"),
            }
        }
    }

    impl ::std::str::FromStr for MediaType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "image" => Ok(Self::Image),
                "video" => Ok(Self::Video),
                "audio" => Ok(Self::Audio),
                "text" => Ok(Self::Text),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MediaType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MediaType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MediaView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MediaView {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub audio_codec: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channels: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codec: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_credentials: ::std::option::Option<ContentCredentialsView>,
        ///Seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        ///Images only: `true` when the file carries no camera EXIF (no make,
        /// model or capture time): removed, re-encoded, a screenshot,
        /// or never a camera's. Reported as the `exif_stripped` signal
        /// and never weighed: metadata is easily removed and easily forged.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exif_stripped: ::std::option::Option<bool>,
        ///Detected from the content: jpeg, png, mp4, wav, text, frames…
        pub format: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fps: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        ///Selected EXIF / XMP / PNG text fields (never location).
        pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sample_rate: ::std::option::Option<i64>,
        pub sha256: ::std::string::String,
        pub size_bytes: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
    }

    impl MediaView {
        pub fn builder() -> builder::MediaView {
            Default::default()
        }
    }

    ///`Member`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Member {
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub email: ::std::string::String,
        pub role: Role,
        pub status: MemberStatus,
        pub user_id: ::std::string::String,
    }

    impl Member {
        pub fn builder() -> builder::Member {
            Default::default()
        }
    }

    ///`MemberList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MemberList {
        pub data: ::std::vec::Vec<Member>,
    }

    impl MemberList {
        pub fn builder() -> builder::MemberList {
            Default::default()
        }
    }

    ///`active`, or `invited` until the invitation is accepted.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MemberStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "invited")]
        Invited,
    }

    impl ::std::fmt::Display for MemberStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Invited => f.write_str("invited"),
            }
        }
    }

    impl ::std::str::FromStr for MemberStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "invited" => Ok(Self::Invited),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MemberStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MemberStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///One detector.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ModelInfo {
        pub description: ::std::string::String,
        ///As in results' `models[].id`.
        pub id: ::std::string::String,
        pub license: ::std::string::String,
        ///Media types it analyses.
        pub media_types: ::std::vec::Vec<MediaType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<ModelMetrics>,
        ///`provenance`, `face_detection`, `ai_generated_image`, `classifier`,
        /// …
        pub task: ::std::string::String,
        pub version: ::std::string::String,
        ///Where its weights come from (a pinned registry package), or
        /// `built-in` for rules.
        pub weights: ::std::string::String,
    }

    impl ModelInfo {
        pub fn builder() -> builder::ModelInfo {
            Default::default()
        }
    }

    ///The detectors, in the order they run.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ModelList {
        pub data: ::std::vec::Vec<ModelInfo>,
        ///Always `list`.
        pub object: ::std::string::String,
    }

    impl ModelList {
        pub fn builder() -> builder::ModelList {
            Default::default()
        }
    }

    ///Measured on one evaluation set, at the default threshold (score ≥ 0.5
    /// flags).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ModelMetrics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accuracy: ::std::option::Option<f64>,
        ///ROC AUC (0.5 = chance).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auc: ::std::option::Option<f64>,
        pub dataset: ::std::string::String,
        ///Median milliseconds per file on the machine that ran the evaluation.
        pub latency_ms_p50: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub precision: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recall: ::std::option::Option<f64>,
        ///Files it ran on.
        pub samples: i64,
    }

    impl ModelMetrics {
        pub fn builder() -> builder::ModelMetrics {
            Default::default()
        }
    }

    ///`ModelView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ModelView {
        ///The detector, as `GET /v1/models` lists it.
        pub id: ::std::string::String,
        ///Milliseconds it took on this job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latency_ms: ::std::option::Option<f64>,
        ///0–1 synthetic/manipulated score; absent for detectors that find
        /// rather than judge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<f32>,
        pub version: ::std::string::String,
    }

    impl ModelView {
        pub fn builder() -> builder::ModelView {
            Default::default()
        }
    }

    ///A pack of credits on sale.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct PackView {
        pub credits: i64,
        ///ISO 4217, lower case.
        pub currency: ::std::string::String,
        pub id: ::std::string::String,
        pub name: ::std::string::String,
        ///In the currency's minor unit (cents).
        pub price: i64,
    }

    impl PackView {
        pub fn builder() -> builder::PackView {
            Default::default()
        }
    }

    ///An organisation's plan.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum PlanName {
        #[serde(rename = "FREE")]
        Free,
        #[serde(rename = "BASIC")]
        Basic,
        #[serde(rename = "PRO")]
        Pro,
        #[serde(rename = "ENTERPRISE")]
        Enterprise,
    }

    impl ::std::fmt::Display for PlanName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Free => f.write_str("FREE"),
                Self::Basic => f.write_str("BASIC"),
                Self::Pro => f.write_str("PRO"),
                Self::Enterprise => f.write_str("ENTERPRISE"),
            }
        }
    }

    impl ::std::str::FromStr for PlanName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FREE" => Ok(Self::Free),
                "BASIC" => Ok(Self::Basic),
                "PRO" => Ok(Self::Pro),
                "ENTERPRISE" => Ok(Self::Enterprise),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for PlanName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for PlanName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A plan and what it sets.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct PlanView {
        ///The `rate_limit_per_minute` of new API keys that set none.
        pub default_rate_limit_per_minute: i64,
        ///Jobs that run at once; more wait in the queue.
        pub max_concurrent_jobs: i64,
        ///Credits granted each month (expiring at the month's end).
        pub monthly_credits: i64,
        pub plan: PlanName,
        pub prices: PricesView,
    }

    impl PlanView {
        pub fn builder() -> builder::PlanView {
            Default::default()
        }
    }

    ///Credits per job. A job holds its worst-case price while it runs (a
    /// video: the long-video price) and is charged its price once it
    /// completes.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct PricesView {
        ///`POST /v1/detect/ai-media`.
        pub ai_media: i64,
        pub audio: i64,
        ///An image analysed with `analysis_type=DOCUMENT`.
        pub document: i64,
        pub image: i64,
        pub long_video: i64,
        ///A video up to `short_video_secs` long (and a list of frames).
        pub short_video: i64,
        pub short_video_secs: i64,
        pub text: i64,
    }

    impl PricesView {
        pub fn builder() -> builder::PricesView {
            Default::default()
        }
    }

    ///An RFC 9457 problem details document.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Problem {
        ///Stable machine-readable code; branch on this, never on `detail`.
        pub code: ::std::string::String,
        ///What went wrong in this occurrence, for a human.
        pub detail: ::std::string::String,
        ///The request path this occurrence happened on.
        pub instance: ::std::string::String,
        ///The request's id, also in the `X-Request-Id` response header; quote
        /// it when reporting.
        pub request_id: ::std::string::String,
        ///The HTTP status code, repeated for convenience.
        pub status: i32,
        ///Short summary of the kind of problem (the status code's reason
        /// phrase).
        pub title: ::std::string::String,
        ///URI identifying the kind of problem, e.g.
        /// `urn:veracity:problem:route-not-found`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }

    ///A message queued for delivery.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Queued {
        pub message_id: ::std::string::String,
    }

    impl Queued {
        pub fn builder() -> builder::Queued {
            Default::default()
        }
    }

    ///Every dependency answered.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Readiness {
        pub checks: ::std::vec::Vec<ReadinessCheck>,
        ///Always `ready`.
        pub status: ::std::string::String,
    }

    impl Readiness {
        pub fn builder() -> builder::Readiness {
            Default::default()
        }
    }

    ///The outcome of checking one dependency.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ReadinessCheck {
        ///Why it failed; absent when it passed, and on the public listener
        /// without `http.metrics_token` (it can name internal
        /// addresses).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Time the check took, in milliseconds.
        pub latency_ms: f64,
        ///`nats`, `database` or `blob_store`.
        pub name: ::std::string::String,
        pub status: CheckStatus,
    }

    impl ReadinessCheck {
        pub fn builder() -> builder::ReadinessCheck {
            Default::default()
        }
    }

    ///`credited`, `refunded`, `unchanged` (already applied: a repeated
    /// delivery) or `ignored` (an event type Veracity does not act on, or a
    /// payment it did not start).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ReceiptOutcome {
        #[serde(rename = "credited")]
        Credited,
        #[serde(rename = "refunded")]
        Refunded,
        #[serde(rename = "unchanged")]
        Unchanged,
        #[serde(rename = "ignored")]
        Ignored,
    }

    impl ::std::fmt::Display for ReceiptOutcome {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Credited => f.write_str("credited"),
                Self::Refunded => f.write_str("refunded"),
                Self::Unchanged => f.write_str("unchanged"),
                Self::Ignored => f.write_str("ignored"),
            }
        }
    }

    impl ::std::str::FromStr for ReceiptOutcome {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "credited" => Ok(Self::Credited),
                "refunded" => Ok(Self::Refunded),
                "unchanged" => Ok(Self::Unchanged),
                "ignored" => Ok(Self::Ignored),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ReceiptOutcome {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ReceiptOutcome {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///What to do with the media: accept (risk 0–39), enhanced_verification
    /// (40–69), manual_review (70–89) or reject (90–100); `strict_mode`
    /// lowers the thresholds.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Recommendation {
        #[serde(rename = "accept")]
        Accept,
        #[serde(rename = "enhanced_verification")]
        EnhancedVerification,
        #[serde(rename = "manual_review")]
        ManualReview,
        #[serde(rename = "reject")]
        Reject,
    }

    impl ::std::fmt::Display for Recommendation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Accept => f.write_str("accept"),
                Self::EnhancedVerification => f.write_str("enhanced_verification"),
                Self::ManualReview => f.write_str("manual_review"),
                Self::Reject => f.write_str("reject"),
            }
        }
    }

    impl ::std::str::FromStr for Recommendation {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "accept" => Ok(Self::Accept),
                "enhanced_verification" => Ok(Self::EnhancedVerification),
                "manual_review" => Ok(Self::ManualReview),
                "reject" => Ok(Self::Reject),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Recommendation {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Recommendation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`RecoverOutcome`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RecoverOutcome {
        ///More failed messages remain: call again.
        pub has_more: bool,
        ///Failed messages queued again.
        pub queued: i64,
    }

    impl RecoverOutcome {
        pub fn builder() -> builder::RecoverOutcome {
            Default::default()
        }
    }

    ///`RefreshRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RefreshRequest {
        ///The refresh token from login or the previous refresh. Each works
        /// once.
        pub refresh_token: RefreshRequestRefreshToken,
    }

    impl RefreshRequest {
        pub fn builder() -> builder::RefreshRequest {
            Default::default()
        }
    }

    ///The refresh token from login or the previous refresh. Each works once.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct RefreshRequestRefreshToken(::std::string::String);
    impl ::std::ops::Deref for RefreshRequestRefreshToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<RefreshRequestRefreshToken> for ::std::string::String {
        fn from(value: RefreshRequestRefreshToken) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for RefreshRequestRefreshToken {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for RefreshRequestRefreshToken {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RefreshRequestRefreshToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for RefreshRequestRefreshToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The outcome of a retry: whether it was queued (a delivered message is
    /// left alone).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RetryOutcome {
        pub queued: bool,
        pub status: DeliveryStatus,
    }

    impl RetryOutcome {
        pub fn builder() -> builder::RetryOutcome {
            Default::default()
        }
    }

    ///A member's role: `owner`, `admin`, `developer`, `billing` or `viewer`
    /// (see the permission matrix in docs/api.md).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Role {
        #[serde(rename = "owner")]
        Owner,
        #[serde(rename = "admin")]
        Admin,
        #[serde(rename = "developer")]
        Developer,
        #[serde(rename = "billing")]
        Billing,
        #[serde(rename = "viewer")]
        Viewer,
    }

    impl ::std::fmt::Display for Role {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Owner => f.write_str("owner"),
                Self::Admin => f.write_str("admin"),
                Self::Developer => f.write_str("developer"),
                Self::Billing => f.write_str("billing"),
                Self::Viewer => f.write_str("viewer"),
            }
        }
    }

    impl ::std::str::FromStr for Role {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "owner" => Ok(Self::Owner),
                "admin" => Ok(Self::Admin),
                "developer" => Ok(Self::Developer),
                "billing" => Ok(Self::Billing),
                "viewer" => Ok(Self::Viewer),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Role {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Role {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`RoleChange`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RoleChange {
        pub role: Role,
    }

    impl RoleChange {
        pub fn builder() -> builder::RoleChange {
            Default::default()
        }
    }

    ///What a key may do: call one detection family, read or delete jobs, read
    /// its own usage, or manage webhook endpoints (`webhooks:write`, never
    /// given by default).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Scope {
        #[serde(rename = "detect:image")]
        DetectImage,
        #[serde(rename = "detect:video")]
        DetectVideo,
        #[serde(rename = "detect:audio")]
        DetectAudio,
        #[serde(rename = "detect:text")]
        DetectText,
        #[serde(rename = "detect:ai-media")]
        DetectAiMedia,
        #[serde(rename = "jobs:read")]
        JobsRead,
        #[serde(rename = "jobs:delete")]
        JobsDelete,
        #[serde(rename = "usage:read")]
        UsageRead,
        #[serde(rename = "webhooks:write")]
        WebhooksWrite,
    }

    impl ::std::fmt::Display for Scope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DetectImage => f.write_str("detect:image"),
                Self::DetectVideo => f.write_str("detect:video"),
                Self::DetectAudio => f.write_str("detect:audio"),
                Self::DetectText => f.write_str("detect:text"),
                Self::DetectAiMedia => f.write_str("detect:ai-media"),
                Self::JobsRead => f.write_str("jobs:read"),
                Self::JobsDelete => f.write_str("jobs:delete"),
                Self::UsageRead => f.write_str("usage:read"),
                Self::WebhooksWrite => f.write_str("webhooks:write"),
            }
        }
    }

    impl ::std::str::FromStr for Scope {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "detect:image" => Ok(Self::DetectImage),
                "detect:video" => Ok(Self::DetectVideo),
                "detect:audio" => Ok(Self::DetectAudio),
                "detect:text" => Ok(Self::DetectText),
                "detect:ai-media" => Ok(Self::DetectAiMedia),
                "jobs:read" => Ok(Self::JobsRead),
                "jobs:delete" => Ok(Self::JobsDelete),
                "usage:read" => Ok(Self::UsageRead),
                "webhooks:write" => Ok(Self::WebhooksWrite),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Scope {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Scope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///Which track of the media a flagged segment is in: a video's pictures
    /// (`video`) or the sound (`audio`: an audio clip's, or a video's sound
    /// track on the video's timeline).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum SegmentTrack {
        #[serde(rename = "video")]
        Video,
        #[serde(rename = "audio")]
        Audio,
    }

    impl ::std::fmt::Display for SegmentTrack {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Video => f.write_str("video"),
                Self::Audio => f.write_str("audio"),
            }
        }
    }

    impl ::std::str::FromStr for SegmentTrack {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video" => Ok(Self::Video),
                "audio" => Ok(Self::Audio),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for SegmentTrack {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SegmentTrack {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`SegmentView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SegmentView {
        pub end: f64,
        pub score: f32,
        ///Seconds from the start of the media.
        pub start: f64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub track: ::std::option::Option<SegmentTrack>,
    }

    impl SegmentView {
        pub fn builder() -> builder::SegmentView {
            Default::default()
        }
    }

    ///Tokens of a signed-in session.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SessionTokens {
        ///Send as `Authorization: Bearer <access_token>` to the admin
        /// endpoints.
        pub access_token: ::std::string::String,
        ///Seconds until the access token expires (900).
        pub expires_in: i64,
        ///Exchange at `POST /v1/auth/refresh` for new tokens; it works once.
        /// Keep it secret.
        pub refresh_token: ::std::string::String,
        pub refresh_token_expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub tenant_id: ::std::string::String,
        ///Always `Bearer`.
        pub token_type: ::std::string::String,
        pub user: SessionUser,
    }

    impl SessionTokens {
        pub fn builder() -> builder::SessionTokens {
            Default::default()
        }
    }

    ///Who is signed in.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SessionUser {
        pub email: ::std::string::String,
        pub id: ::std::string::String,
        pub role: Role,
    }

    impl SessionUser {
        pub fn builder() -> builder::SessionUser {
            Default::default()
        }
    }

    ///`SignalView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SignalView {
        ///Points of `risk_score` this signal accounts for: its weighted share
        /// of the fused score (the contributions add up to
        /// `risk_score`); 0 when its evidence was outweighed (another
        /// track, or a decisive signal, set the score); absent when the signal
        /// carries no evidence into the fusion (informative only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contribution: ::std::option::Option<f32>,
        pub detail: ::std::string::String,
        pub name: ::std::string::String,
        ///0–1, how strongly it points at synthetic or manipulated media;
        /// absent when informative only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<f32>,
    }

    impl SignalView {
        pub fn builder() -> builder::SignalView {
            Default::default()
        }
    }

    ///A signing secret, shown this once.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SigningSecret {
        ///Until when the previous secret also signs (after a rotation).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_secret_valid_until:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///`whsec_…` followed by the base64 of 32 random bytes.
        pub secret: ::std::string::String,
    }

    impl SigningSecret {
        pub fn builder() -> builder::SigningSecret {
            Default::default()
        }
    }

    ///A new organisation and its first user, who becomes its owner.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SignupRequest {
        ///The owner's e-mail address (at most 254 characters); one address
        /// belongs to one user.
        pub email: SignupRequestEmail,
        ///The organisation's name, 1-100 characters.
        pub organization_name: SignupRequestOrganizationName,
        ///12-1024 characters.
        pub password: SignupRequestPassword,
    }

    impl SignupRequest {
        pub fn builder() -> builder::SignupRequest {
            Default::default()
        }
    }

    ///The owner's e-mail address (at most 254 characters); one address belongs
    /// to one user.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SignupRequestEmail(::std::string::String);
    impl ::std::ops::Deref for SignupRequestEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SignupRequestEmail> for ::std::string::String {
        fn from(value: SignupRequestEmail) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SignupRequestEmail {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 254usize {
                return Err("longer than 254 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SignupRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SignupRequestEmail {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SignupRequestEmail {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///The organisation's name, 1-100 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SignupRequestOrganizationName(::std::string::String);
    impl ::std::ops::Deref for SignupRequestOrganizationName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SignupRequestOrganizationName> for ::std::string::String {
        fn from(value: SignupRequestOrganizationName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SignupRequestOrganizationName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SignupRequestOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SignupRequestOrganizationName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SignupRequestOrganizationName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///12-1024 characters.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SignupRequestPassword(::std::string::String);
    impl ::std::ops::Deref for SignupRequestPassword {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<SignupRequestPassword> for ::std::string::String {
        fn from(value: SignupRequestPassword) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for SignupRequestPassword {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            if value.chars().count() < 12usize {
                return Err("shorter than 12 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for SignupRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for SignupRequestPassword {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for SignupRequestPassword {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`Status`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Status {
        #[serde(rename = "queued")]
        Queued,
        #[serde(rename = "processing")]
        Processing,
        #[serde(rename = "completed")]
        Completed,
        #[serde(rename = "failed")]
        Failed,
        #[serde(rename = "cancelled")]
        Cancelled,
    }

    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Queued => f.write_str("queued"),
                Self::Processing => f.write_str("processing"),
                Self::Completed => f.write_str("completed"),
                Self::Failed => f.write_str("failed"),
                Self::Cancelled => f.write_str("cancelled"),
            }
        }
    }

    impl ::std::str::FromStr for Status {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "queued" => Ok(Self::Queued),
                "processing" => Ok(Self::Processing),
                "completed" => Ok(Self::Completed),
                "failed" => Ok(Self::Failed),
                "cancelled" => Ok(Self::Cancelled),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Status {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Status {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`SuspiciousFrameView`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct SuspiciousFrameView {
        pub frame: i64,
        pub issue: ::std::string::String,
        pub score: f32,
        pub timestamp: f64,
    }

    impl SuspiciousFrameView {
        pub fn builder() -> builder::SuspiciousFrameView {
            Default::default()
        }
    }

    ///A sentence of a text that reads as machine-written (`highlight: true` on
    /// `/v1/detect/text`).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TextHighlightView {
        ///Offset just past its last character (code points).
        pub end: i64,
        ///`end` in UTF-16 code units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_utf16: ::std::option::Option<i64>,
        ///Why, e.g. `stock phrase "delve"`, `opens with "furthermore"`.
        pub reasons: ::std::vec::Vec<::std::string::String>,
        ///0–1: how machine-like it reads.
        pub score: f32,
        ///Offset of its first character, counted in Unicode code points of the
        /// submitted text.
        pub start: i64,
        ///`start` in UTF-16 code units, as JavaScript strings count
        /// (`text.slice(start_utf16, end_utf16)`); absent in results
        /// stored before it was given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_utf16: ::std::option::Option<i64>,
    }

    impl TextHighlightView {
        pub fn builder() -> builder::TextHighlightView {
            Default::default()
        }
    }

    ///Fields to change; absent fields stay as they are. `expires_at: null`
    /// removes the expiry.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    pub struct UpdateApiKey {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub allowed_ips: ::std::vec::Vec<UpdateApiKeyAllowedIpsItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<UpdateApiKeyName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rate_limit_per_minute: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<Scope>,
    }

    impl UpdateApiKey {
        pub fn builder() -> builder::UpdateApiKey {
            Default::default()
        }
    }

    ///`UpdateApiKeyAllowedIpsItem`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyAllowedIpsItem(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyAllowedIpsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyAllowedIpsItem> for ::std::string::String {
        fn from(value: UpdateApiKeyAllowedIpsItem) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyAllowedIpsItem {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyAllowedIpsItem {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyAllowedIpsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyAllowedIpsItem {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateApiKeyName`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateApiKeyName(::std::string::String);
    impl ::std::ops::Deref for UpdateApiKeyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateApiKeyName> for ::std::string::String {
        fn from(value: UpdateApiKeyName) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateApiKeyName {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateApiKeyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateApiKeyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Fields to change; absent fields stay. `rate_limit_per_second: null`
    /// removes the limit.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    pub struct UpdateWebhookEndpoint {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<UpdateWebhookEndpointDescription>,
        ///`true` also resumes an endpoint Veracity disabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub event_types: ::std::vec::Vec<WebhookEventType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload_format: ::std::option::Option<WebhookPayloadFormat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rate_limit_per_second: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_threshold: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<UpdateWebhookEndpointUrl>,
    }

    impl UpdateWebhookEndpoint {
        pub fn builder() -> builder::UpdateWebhookEndpoint {
            Default::default()
        }
    }

    ///`UpdateWebhookEndpointDescription`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateWebhookEndpointDescription(::std::string::String);
    impl ::std::ops::Deref for UpdateWebhookEndpointDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateWebhookEndpointDescription> for ::std::string::String {
        fn from(value: UpdateWebhookEndpointDescription) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateWebhookEndpointDescription {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 500usize {
                return Err("longer than 500 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateWebhookEndpointDescription {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateWebhookEndpointDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateWebhookEndpointDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`UpdateWebhookEndpointUrl`
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateWebhookEndpointUrl(::std::string::String);
    impl ::std::ops::Deref for UpdateWebhookEndpointUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<UpdateWebhookEndpointUrl> for ::std::string::String {
        fn from(value: UpdateWebhookEndpointUrl) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for UpdateWebhookEndpointUrl {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for UpdateWebhookEndpointUrl {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UpdateWebhookEndpointUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for UpdateWebhookEndpointUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///Spending of one day or media type.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UsageGroup {
        pub credits: i64,
        pub jobs: i64,
        ///`YYYY-MM-DD` (UTC), or image | video | audio | text.
        pub key: ::std::string::String,
    }

    impl UsageGroup {
        pub fn builder() -> builder::UsageGroup {
            Default::default()
        }
    }

    ///Credits spent in a period.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UsageView {
        ///Credits spent in the whole period.
        pub credits: i64,
        pub data: ::std::vec::Vec<UsageGroup>,
        pub from: ::chrono::DateTime<::chrono::offset::Utc>,
        pub group_by: GroupBy,
        ///Completed jobs in the whole period.
        pub jobs: i64,
        pub to: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl UsageView {
        pub fn builder() -> builder::UsageView {
            Default::default()
        }
    }

    ///The overall answer of a completed job.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Verdict {
        #[serde(rename = "authentic")]
        Authentic,
        #[serde(rename = "synthetic")]
        Synthetic,
        #[serde(rename = "manipulated")]
        Manipulated,
        #[serde(rename = "inconclusive")]
        Inconclusive,
    }

    impl ::std::fmt::Display for Verdict {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Authentic => f.write_str("authentic"),
                Self::Synthetic => f.write_str("synthetic"),
                Self::Manipulated => f.write_str("manipulated"),
                Self::Inconclusive => f.write_str("inconclusive"),
            }
        }
    }

    impl ::std::str::FromStr for Verdict {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "authentic" => Ok(Self::Authentic),
                "synthetic" => Ok(Self::Synthetic),
                "manipulated" => Ok(Self::Manipulated),
                "inconclusive" => Ok(Self::Inconclusive),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Verdict {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Verdict {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`{"success": true, "data": …}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct VeriplusEnvelope {
        pub data: VeriplusJob,
        ///Always `true` on a 2xx answer.
        pub success: bool,
    }

    impl VeriplusEnvelope {
        pub fn builder() -> builder::VeriplusEnvelope {
            Default::default()
        }
    }

    ///004's error body.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct VeriplusError {
        pub error: VeriplusErrorDetail,
        ///Always `false`.
        pub success: bool,
    }

    impl VeriplusError {
        pub fn builder() -> builder::VeriplusError {
            Default::default()
        }
    }

    ///004's error: its code and a message.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct VeriplusErrorDetail {
        ///`INVALID_FILE_FORMAT`, `FILE_TOO_LARGE`, `INSUFFICIENT_CREDITS`,
        /// `ANALYSIS_FAILED`, `NO_FACE_DETECTED`, or Veracity's code
        /// for what 004 does not list.
        pub code: ::std::string::String,
        pub message: ::std::string::String,
    }

    impl VeriplusErrorDetail {
        pub fn builder() -> builder::VeriplusErrorDetail {
            Default::default()
        }
    }

    ///A job in 004's shape (its fields for every media type; those that do not
    /// apply are absent).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct VeriplusJob {
        ///What 004's `analysis` holds that Veracity measures, and `notJudged`
        /// for the rest.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analysis: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "completedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub completed_at: ::std::option::Option<::std::string::String>,
        ///How likely a deepfake, 0–100 (004's scale: 90+ reject): Veracity's
        /// risk score.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<i32>,
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "creditsUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub credits_used: ::std::option::Option<i64>,
        ///Veracity's error code when the job failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///While processing: Veracity does not estimate a duration (null); poll
        /// or use a webhook.
        #[serde(
            rename = "estimatedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub estimated_time: ::std::option::Option<::std::string::String>,
        ///Whether it is a deepfake: Veracity's verdict is `synthetic` or
        /// `manipulated`.
        #[serde(
            rename = "isDeepfake",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deepfake: ::std::option::Option<bool>,
        ///Audio: the same as `isDeepfake`.
        #[serde(
            rename = "isSynthetic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_synthetic: ::std::option::Option<bool>,
        #[serde(rename = "jobId")]
        pub job_id: ::std::string::String,
        #[serde(
            rename = "manipulationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manipulation_type: ::std::option::Option<::std::string::String>,
        ///`IMAGE`, `VIDEO`, `AUDIO` or `TEXT`.
        #[serde(rename = "mediaType")]
        pub media_type: ::std::string::String,
        ///Audio: `TTS_ENGINE` or `VOICE_CLONING` when synthetic speech was
        /// found.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "processedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub processed_at: ::std::option::Option<::std::string::String>,
        ///`ACCEPT`, `ENHANCED_VERIFICATION`, `MANUAL_REVIEW` or `REJECT`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommendation: ::std::option::Option<::std::string::String>,
        ///`isDeepfake`, `confidence`, `manipulationType`, `riskScore`,
        /// `recommendation` together, as 004's job read nests them.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::serde_json::Value>,
        ///0–100.
        #[serde(
            rename = "riskScore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub risk_score: ::std::option::Option<i32>,
        ///`QUEUED`, `PROCESSING`, `COMPLETED`, `FAILED` or `CANCELLED`.
        pub status: ::std::string::String,
        ///With `returnSuspiciousFrames` or `returnDetails`: frames scored at
        /// 0.70 or above.
        #[serde(
            rename = "suspiciousFrames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub suspicious_frames: ::std::vec::Vec<::serde_json::Value>,
        ///Videos: file name, duration, frame count, resolution, fps.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub video: ::std::option::Option<::serde_json::Value>,
    }

    impl VeriplusJob {
        pub fn builder() -> builder::VeriplusJob {
            Default::default()
        }
    }

    ///`{"success": true, "data": [...]}`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct VeriplusList {
        pub data: ::std::vec::Vec<VeriplusJob>,
        pub success: bool,
    }

    impl VeriplusList {
        pub fn builder() -> builder::VeriplusList {
            Default::default()
        }
    }

    ///One delivery attempt.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookAttempt {
        ///1 for the first.
        pub attempt: i64,
        pub attempted_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Why there was no answer: refused address, timeout, connection error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        pub latency_ms: i64,
        pub message_id: ::std::string::String,
        ///The start of the answer's body (at most 1 KB).
        pub response_excerpt: ::std::string::String,
        ///The HTTP status answered; absent when there was no answer (see
        /// `error`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_code: ::std::option::Option<i32>,
        pub url: ::std::string::String,
    }

    impl WebhookAttempt {
        pub fn builder() -> builder::WebhookAttempt {
            Default::default()
        }
    }

    ///`WebhookAttemptPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookAttemptPage {
        pub data: ::std::vec::Vec<WebhookAttempt>,
        pub has_more: bool,
        ///The attempt number to pass as `starting_after`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl WebhookAttemptPage {
        pub fn builder() -> builder::WebhookAttemptPage {
            Default::default()
        }
    }

    ///Where a job's webhook messages stand, one per endpoint and event type.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookDelivery {
        pub attempts: i64,
        ///Absent for the job's `callback_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint_id: ::std::option::Option<::std::string::String>,
        pub event_type: WebhookEventType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_status_code: ::std::option::Option<i32>,
        pub message_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub status: DeliveryStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }

    impl WebhookDelivery {
        pub fn builder() -> builder::WebhookDelivery {
            Default::default()
        }
    }

    ///A webhook endpoint. Its signing secret is shown only when created or
    /// rotated.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookEndpoint {
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled_detail: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled_reason: ::std::option::Option<DisableReason>,
        ///False when you disabled it, or Veracity did (see `disabled_reason`).
        pub enabled: bool,
        ///The event types sent to it; empty: every type.
        pub event_types: ::std::vec::Vec<WebhookEventType>,
        pub id: ::std::string::String,
        pub payload_format: WebhookPayloadFormat,
        ///After a rotation: until when the previous secret also signs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_secret_valid_until:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Most deliveries per second; absent: no limit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rate_limit_per_second: ::std::option::Option<i64>,
        ///`deepfake.deepfake_detected` is sent from this risk score up
        /// (0-100).
        pub risk_threshold: i32,
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub url: ::std::string::String,
    }

    impl WebhookEndpoint {
        pub fn builder() -> builder::WebhookEndpoint {
            Default::default()
        }
    }

    ///`WebhookEndpointPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookEndpointPage {
        pub data: ::std::vec::Vec<WebhookEndpoint>,
        pub has_more: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl WebhookEndpointPage {
        pub fn builder() -> builder::WebhookEndpointPage {
            Default::default()
        }
    }

    ///An endpoint and its signing secret, shown this once.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookEndpointWithSecret {
        pub endpoint: WebhookEndpoint,
        ///`whsec_…`: verify each delivery's `webhook-signature` with it
        /// (Standard Webhooks). Store it now: it is never shown again.
        pub secret: ::std::string::String,
    }

    impl WebhookEndpointWithSecret {
        pub fn builder() -> builder::WebhookEndpointWithSecret {
            Default::default()
        }
    }

    ///A webhook event type.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum WebhookEventType {
        #[serde(rename = "deepfake.scan_completed")]
        DeepfakeScanCompleted,
        #[serde(rename = "deepfake.deepfake_detected")]
        DeepfakeDeepfakeDetected,
        #[serde(rename = "deepfake.job_failed")]
        DeepfakeJobFailed,
        #[serde(rename = "credits.low_balance")]
        CreditsLowBalance,
        #[serde(rename = "webhook.test")]
        WebhookTest,
    }

    impl ::std::fmt::Display for WebhookEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DeepfakeScanCompleted => f.write_str("deepfake.scan_completed"),
                Self::DeepfakeDeepfakeDetected => f.write_str("deepfake.deepfake_detected"),
                Self::DeepfakeJobFailed => f.write_str("deepfake.job_failed"),
                Self::CreditsLowBalance => f.write_str("credits.low_balance"),
                Self::WebhookTest => f.write_str("webhook.test"),
            }
        }
    }

    impl ::std::str::FromStr for WebhookEventType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "deepfake.scan_completed" => Ok(Self::DeepfakeScanCompleted),
                "deepfake.deepfake_detected" => Ok(Self::DeepfakeDeepfakeDetected),
                "deepfake.job_failed" => Ok(Self::DeepfakeJobFailed),
                "credits.low_balance" => Ok(Self::CreditsLowBalance),
                "webhook.test" => Ok(Self::WebhookTest),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for WebhookEventType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for WebhookEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///One message to an endpoint (or a callback URL) and where its delivery
    /// stands.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookMessage {
        pub attempts: i64,
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The endpoint, or absent for a job's `callback_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint_id: ::std::option::Option<::std::string::String>,
        pub event_type: WebhookEventType,
        ///Also the `webhook-id` header of every attempt: drop duplicates by
        /// it.
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_status_code: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The body sent: `{type, timestamp, data}`.
        pub payload: ::serde_json::Value,
        pub status: DeliveryStatus,
        ///The callback URL, for callback messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }

    impl WebhookMessage {
        pub fn builder() -> builder::WebhookMessage {
            Default::default()
        }
    }

    ///`WebhookMessagePage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookMessagePage {
        pub data: ::std::vec::Vec<WebhookMessage>,
        pub has_more: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl WebhookMessagePage {
        pub fn builder() -> builder::WebhookMessagePage {
            Default::default()
        }
    }

    ///The shape of an endpoint's bodies: `veracity` (`{type, timestamp,
    /// data}`, as the event catalogue documents) or `veriplus` (Veriplus's
    /// `{event, timestamp, data}`, a job's `data` as `{jobId, mediaType,
    /// isDeepfake, confidence, manipulationType}`: docs/migrate/veriplus.md).
    /// Signed the same way either way; `veracity` unless the endpoint asks for
    /// another.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum WebhookPayloadFormat {
        #[serde(rename = "veracity")]
        Veracity,
        #[serde(rename = "veriplus")]
        Veriplus,
    }

    impl ::std::fmt::Display for WebhookPayloadFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Veracity => f.write_str("veracity"),
                Self::Veriplus => f.write_str("veriplus"),
            }
        }
    }

    impl ::std::str::FromStr for WebhookPayloadFormat {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "veracity" => Ok(Self::Veracity),
                "veriplus" => Ok(Self::Veriplus),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for WebhookPayloadFormat {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for WebhookPayloadFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///What Veracity did with an event.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WebhookReceipt {
        ///Credits added (credited) or taken back (refunded).
        pub credits: i64,
        pub outcome: ReceiptOutcome,
        ///Always true: the event was verified and handled (a repeat is handled
        /// as a no-op).
        pub received: bool,
    }

    impl WebhookReceipt {
        pub fn builder() -> builder::WebhookReceipt {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AcceptInvitationRequest {
            invitation_token: ::std::result::Result<
                super::AcceptInvitationRequestInvitationToken,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                super::AcceptInvitationRequestPassword,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AcceptInvitationRequest {
            fn default() -> Self {
                Self {
                    invitation_token: Err("no value supplied for invitation_token".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }

        impl AcceptInvitationRequest {
            pub fn invitation_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AcceptInvitationRequestInvitationToken>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_token = value.try_into().map_err(|e| {
                    format!("error converting supplied value for invitation_token: {e}")
                });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AcceptInvitationRequestPassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AcceptInvitationRequest> for super::AcceptInvitationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AcceptInvitationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation_token: value.invitation_token?,
                    password: value.password?,
                })
            }
        }

        impl ::std::convert::From<super::AcceptInvitationRequest> for AcceptInvitationRequest {
            fn from(value: super::AcceptInvitationRequest) -> Self {
                Self {
                    invitation_token: Ok(value.invitation_token),
                    password: Ok(value.password),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AdoptSession {
            refresh_token:
                ::std::result::Result<super::AdoptSessionRefreshToken, ::std::string::String>,
        }

        impl ::std::default::Default for AdoptSession {
            fn default() -> Self {
                Self {
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                }
            }
        }

        impl AdoptSession {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdoptSessionRefreshToken>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refresh_token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AdoptSession> for super::AdoptSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdoptSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                })
            }
        }

        impl ::std::convert::From<super::AdoptSession> for AdoptSession {
            fn from(value: super::AdoptSession) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<::std::string::String, ::std::string::String>,
            daily_limit: ::std::result::Result<i64, ::std::string::String>,
            daily_usage: ::std::result::Result<i64, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last4: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prefix: ::std::result::Result<::std::string::String, ::std::string::String>,
            previous_secret_valid_until: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            rate_limit_per_minute: ::std::result::Result<i64, ::std::string::String>,
            rotated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<::std::vec::Vec<super::Scope>, ::std::string::String>,
            status: ::std::result::Result<super::ApiKeyStatus, ::std::string::String>,
        }

        impl ::std::default::Default for ApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Err("no value supplied for allowed_ips".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    daily_limit: Err("no value supplied for daily_limit".to_string()),
                    daily_usage: Err("no value supplied for daily_usage".to_string()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last4: Err("no value supplied for last4".to_string()),
                    last_used_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prefix: Err("no value supplied for prefix".to_string()),
                    previous_secret_valid_until: Ok(Default::default()),
                    rate_limit_per_minute: Err(
                        "no value supplied for rate_limit_per_minute".to_string()
                    ),
                    rotated_at: Ok(Default::default()),
                    scopes: Err("no value supplied for scopes".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl ApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_by: {e}"));
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn daily_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_usage: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.last4 = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last4: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_used_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prefix = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prefix: {e}"));
                self
            }
            pub fn previous_secret_valid_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_secret_valid_until = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_secret_valid_until: {e}")
                });
                self
            }
            pub fn rate_limit_per_minute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_minute = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_minute: {e}")
                });
                self
            }
            pub fn rotated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.rotated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for rotated_at: {e}"));
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiKey> for super::ApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    daily_limit: value.daily_limit?,
                    daily_usage: value.daily_usage?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    last4: value.last4?,
                    last_used_at: value.last_used_at?,
                    name: value.name?,
                    prefix: value.prefix?,
                    previous_secret_valid_until: value.previous_secret_valid_until?,
                    rate_limit_per_minute: value.rate_limit_per_minute?,
                    rotated_at: value.rotated_at?,
                    scopes: value.scopes?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::ApiKey> for ApiKey {
            fn from(value: super::ApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    daily_limit: Ok(value.daily_limit),
                    daily_usage: Ok(value.daily_usage),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    last4: Ok(value.last4),
                    last_used_at: Ok(value.last_used_at),
                    name: Ok(value.name),
                    prefix: Ok(value.prefix),
                    previous_secret_valid_until: Ok(value.previous_secret_valid_until),
                    rate_limit_per_minute: Ok(value.rate_limit_per_minute),
                    rotated_at: Ok(value.rotated_at),
                    scopes: Ok(value.scopes),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ApiKeyPage {
            data: ::std::result::Result<::std::vec::Vec<super::ApiKey>, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ApiKeyPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl ApiKeyPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiKeyPage> for super::ApiKeyPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::ApiKeyPage> for ApiKeyPage {
            fn from(value: super::ApiKeyPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ApiKeyWithSecret {
            key: ::std::result::Result<super::ApiKey, ::std::string::String>,
            secret: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ApiKeyWithSecret {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                }
            }
        }

        impl ApiKeyWithSecret {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key: {e}"));
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for secret: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiKeyWithSecret> for super::ApiKeyWithSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyWithSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    secret: value.secret?,
                })
            }
        }

        impl ::std::convert::From<super::ApiKeyWithSecret> for ApiKeyWithSecret {
            fn from(value: super::ApiKeyWithSecret) -> Self {
                Self {
                    key: Ok(value.key),
                    secret: Ok(value.secret),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AuditEntry {
            actor: ::std::result::Result<::std::string::String, ::std::string::String>,
            details: ::std::result::Result<::serde_json::Value, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for AuditEntry {
            fn default() -> Self {
                Self {
                    actor: Err("no value supplied for actor".to_string()),
                    details: Err("no value supplied for details".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    ip: Ok(Default::default()),
                    occurred_at: Err("no value supplied for occurred_at".to_string()),
                    request_id: Ok(Default::default()),
                    target_id: Ok(Default::default()),
                    target_type: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl AuditEntry {
            pub fn actor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.actor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actor: {e}"));
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for details: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ip: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for occurred_at: {e}"));
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for request_id: {e}"));
                self
            }
            pub fn target_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target_id: {e}"));
                self
            }
            pub fn target_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target_type: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AuditEntry> for super::AuditEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actor: value.actor?,
                    details: value.details?,
                    id: value.id?,
                    ip: value.ip?,
                    occurred_at: value.occurred_at?,
                    request_id: value.request_id?,
                    target_id: value.target_id?,
                    target_type: value.target_type?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::AuditEntry> for AuditEntry {
            fn from(value: super::AuditEntry) -> Self {
                Self {
                    actor: Ok(value.actor),
                    details: Ok(value.details),
                    id: Ok(value.id),
                    ip: Ok(value.ip),
                    occurred_at: Ok(value.occurred_at),
                    request_id: Ok(value.request_id),
                    target_id: Ok(value.target_id),
                    target_type: Ok(value.target_type),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AuditLogPage {
            data: ::std::result::Result<::std::vec::Vec<super::AuditEntry>, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AuditLogPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl AuditLogPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuditEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AuditLogPage> for super::AuditLogPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditLogPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::AuditLogPage> for AuditLogPage {
            fn from(value: super::AuditLogPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BalanceView {
            available: ::std::result::Result<i64, ::std::string::String>,
            expiring: ::std::result::Result<i64, ::std::string::String>,
            granted: ::std::result::Result<i64, ::std::string::String>,
            owed: ::std::result::Result<i64, ::std::string::String>,
            plan: ::std::result::Result<super::PlanName, ::std::string::String>,
            purchased: ::std::result::Result<i64, ::std::string::String>,
            reserved: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for BalanceView {
            fn default() -> Self {
                Self {
                    available: Err("no value supplied for available".to_string()),
                    expiring: Err("no value supplied for expiring".to_string()),
                    granted: Err("no value supplied for granted".to_string()),
                    owed: Err("no value supplied for owed".to_string()),
                    plan: Err("no value supplied for plan".to_string()),
                    purchased: Err("no value supplied for purchased".to_string()),
                    reserved: Err("no value supplied for reserved".to_string()),
                }
            }
        }

        impl BalanceView {
            pub fn available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.available = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for available: {e}"));
                self
            }
            pub fn expiring<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expiring = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expiring: {e}"));
                self
            }
            pub fn granted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.granted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for granted: {e}"));
                self
            }
            pub fn owed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.owed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for owed: {e}"));
                self
            }
            pub fn plan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanName>,
                T::Error: ::std::fmt::Display,
            {
                self.plan = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for plan: {e}"));
                self
            }
            pub fn purchased<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.purchased = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for purchased: {e}"));
                self
            }
            pub fn reserved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.reserved = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reserved: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BalanceView> for super::BalanceView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available: value.available?,
                    expiring: value.expiring?,
                    granted: value.granted?,
                    owed: value.owed?,
                    plan: value.plan?,
                    purchased: value.purchased?,
                    reserved: value.reserved?,
                })
            }
        }

        impl ::std::convert::From<super::BalanceView> for BalanceView {
            fn from(value: super::BalanceView) -> Self {
                Self {
                    available: Ok(value.available),
                    expiring: Ok(value.expiring),
                    granted: Ok(value.granted),
                    owed: Ok(value.owed),
                    plan: Ok(value.plan),
                    purchased: Ok(value.purchased),
                    reserved: Ok(value.reserved),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BrowserSession {
            access_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_in: ::std::result::Result<i64, ::std::string::String>,
            refresh_token_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            token_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            user: ::std::result::Result<super::SessionUser, ::std::string::String>,
        }

        impl ::std::default::Default for BrowserSession {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    refresh_token_expires_at: Err(
                        "no value supplied for refresh_token_expires_at".to_string()
                    ),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                    token_type: Err("no value supplied for token_type".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }

        impl BrowserSession {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for access_token: {e}"));
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_in: {e}"));
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for refresh_token_expires_at: {e}")
                });
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token_type: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SessionUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BrowserSession> for super::BrowserSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BrowserSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    tenant_id: value.tenant_id?,
                    token_type: value.token_type?,
                    user: value.user?,
                })
            }
        }

        impl ::std::convert::From<super::BrowserSession> for BrowserSession {
            fn from(value: super::BrowserSession) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    tenant_id: Ok(value.tenant_id),
                    token_type: Ok(value.token_type),
                    user: Ok(value.user),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ChangePlan {
            plan: ::std::result::Result<super::PlanName, ::std::string::String>,
        }

        impl ::std::default::Default for ChangePlan {
            fn default() -> Self {
                Self {
                    plan: Err("no value supplied for plan".to_string()),
                }
            }
        }

        impl ChangePlan {
            pub fn plan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanName>,
                T::Error: ::std::fmt::Display,
            {
                self.plan = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for plan: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ChangePlan> for super::ChangePlan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangePlan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { plan: value.plan? })
            }
        }

        impl ::std::convert::From<super::ChangePlan> for ChangePlan {
            fn from(value: super::ChangePlan) -> Self {
                Self {
                    plan: Ok(value.plan),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CheckoutRequest {
            pack: ::std::result::Result<super::CheckoutRequestPack, ::std::string::String>,
        }

        impl ::std::default::Default for CheckoutRequest {
            fn default() -> Self {
                Self {
                    pack: Err("no value supplied for pack".to_string()),
                }
            }
        }

        impl CheckoutRequest {
            pub fn pack<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckoutRequestPack>,
                T::Error: ::std::fmt::Display,
            {
                self.pack = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pack: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CheckoutRequest> for super::CheckoutRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { pack: value.pack? })
            }
        }

        impl ::std::convert::From<super::CheckoutRequest> for CheckoutRequest {
            fn from(value: super::CheckoutRequest) -> Self {
                Self {
                    pack: Ok(value.pack),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CheckoutView {
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            pack: ::std::result::Result<super::PackView, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for CheckoutView {
            fn default() -> Self {
                Self {
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    pack: Err("no value supplied for pack".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }

        impl CheckoutView {
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn pack<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PackView>,
                T::Error: ::std::fmt::Display,
            {
                self.pack = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pack: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CheckoutView> for super::CheckoutView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckoutView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expires_at: value.expires_at?,
                    id: value.id?,
                    pack: value.pack?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::CheckoutView> for CheckoutView {
            fn from(value: super::CheckoutView) -> Self {
                Self {
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    pack: Ok(value.pack),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ContentCredentialsView {
            actions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            claim_generator: ::std::result::Result<::std::string::String, ::std::string::String>,
            digital_source_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            signed_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            signer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            validation: ::std::result::Result<super::CredentialsValidation, ::std::string::String>,
            validation_codes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ContentCredentialsView {
            fn default() -> Self {
                Self {
                    actions: Err("no value supplied for actions".to_string()),
                    claim_generator: Err("no value supplied for claim_generator".to_string()),
                    digital_source_type: Ok(Default::default()),
                    signed_at: Ok(Default::default()),
                    signer: Ok(Default::default()),
                    validation: Err("no value supplied for validation".to_string()),
                    validation_codes: Err("no value supplied for validation_codes".to_string()),
                }
            }
        }

        impl ContentCredentialsView {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.actions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actions: {e}"));
                self
            }
            pub fn claim_generator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.claim_generator = value.try_into().map_err(|e| {
                    format!("error converting supplied value for claim_generator: {e}")
                });
                self
            }
            pub fn digital_source_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.digital_source_type = value.try_into().map_err(|e| {
                    format!("error converting supplied value for digital_source_type: {e}")
                });
                self
            }
            pub fn signed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.signed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for signed_at: {e}"));
                self
            }
            pub fn signer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.signer = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for signer: {e}"));
                self
            }
            pub fn validation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CredentialsValidation>,
                T::Error: ::std::fmt::Display,
            {
                self.validation = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for validation: {e}"));
                self
            }
            pub fn validation_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.validation_codes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for validation_codes: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<ContentCredentialsView> for super::ContentCredentialsView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentCredentialsView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actions: value.actions?,
                    claim_generator: value.claim_generator?,
                    digital_source_type: value.digital_source_type?,
                    signed_at: value.signed_at?,
                    signer: value.signer?,
                    validation: value.validation?,
                    validation_codes: value.validation_codes?,
                })
            }
        }

        impl ::std::convert::From<super::ContentCredentialsView> for ContentCredentialsView {
            fn from(value: super::ContentCredentialsView) -> Self {
                Self {
                    actions: Ok(value.actions),
                    claim_generator: Ok(value.claim_generator),
                    digital_source_type: Ok(value.digital_source_type),
                    signed_at: Ok(value.signed_at),
                    signer: Ok(value.signer),
                    validation: Ok(value.validation),
                    validation_codes: Ok(value.validation_codes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreateApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<super::CreateApiKeyAllowedIpsItem>,
                ::std::string::String,
            >,
            daily_limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::CreateApiKeyName, ::std::string::String>,
            rate_limit_per_minute:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            scopes: ::std::result::Result<::std::vec::Vec<super::Scope>, ::std::string::String>,
        }

        impl ::std::default::Default for CreateApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Ok(Default::default()),
                    daily_limit: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    rate_limit_per_minute: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }

        impl CreateApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreateApiKeyAllowedIpsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateApiKeyName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn rate_limit_per_minute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_minute = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_minute: {e}")
                });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreateApiKey> for super::CreateApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    daily_limit: value.daily_limit?,
                    expires_at: value.expires_at?,
                    name: value.name?,
                    rate_limit_per_minute: value.rate_limit_per_minute?,
                    scopes: value.scopes?,
                })
            }
        }

        impl ::std::convert::From<super::CreateApiKey> for CreateApiKey {
            fn from(value: super::CreateApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    daily_limit: Ok(value.daily_limit),
                    expires_at: Ok(value.expires_at),
                    name: Ok(value.name),
                    rate_limit_per_minute: Ok(value.rate_limit_per_minute),
                    scopes: Ok(value.scopes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreateWebhookEndpoint {
            description: ::std::result::Result<
                ::std::option::Option<super::CreateWebhookEndpointDescription>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            event_types: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventType>,
                ::std::string::String,
            >,
            payload_format: ::std::result::Result<
                ::std::option::Option<super::WebhookPayloadFormat>,
                ::std::string::String,
            >,
            rate_limit_per_second:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            risk_threshold:
                ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            url: ::std::result::Result<super::CreateWebhookEndpointUrl, ::std::string::String>,
        }

        impl ::std::default::Default for CreateWebhookEndpoint {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    event_types: Ok(Default::default()),
                    payload_format: Ok(Default::default()),
                    rate_limit_per_second: Ok(Default::default()),
                    risk_threshold: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }

        impl CreateWebhookEndpoint {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateWebhookEndpointDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for enabled: {e}"));
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for event_types: {e}"));
                self
            }
            pub fn payload_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WebhookPayloadFormat>>,
                T::Error: ::std::fmt::Display,
            {
                self.payload_format = value.try_into().map_err(|e| {
                    format!("error converting supplied value for payload_format: {e}")
                });
                self
            }
            pub fn rate_limit_per_second<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_second = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_second: {e}")
                });
                self
            }
            pub fn risk_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_threshold = value.try_into().map_err(|e| {
                    format!("error converting supplied value for risk_threshold: {e}")
                });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebhookEndpointUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreateWebhookEndpoint> for super::CreateWebhookEndpoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookEndpoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    enabled: value.enabled?,
                    event_types: value.event_types?,
                    payload_format: value.payload_format?,
                    rate_limit_per_second: value.rate_limit_per_second?,
                    risk_threshold: value.risk_threshold?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::CreateWebhookEndpoint> for CreateWebhookEndpoint {
            fn from(value: super::CreateWebhookEndpoint) -> Self {
                Self {
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    event_types: Ok(value.event_types),
                    payload_format: Ok(value.payload_format),
                    rate_limit_per_second: Ok(value.rate_limit_per_second),
                    risk_threshold: Ok(value.risk_threshold),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Credits {
            available: ::std::result::Result<i64, ::std::string::String>,
            expiring: ::std::result::Result<i64, ::std::string::String>,
            granted: ::std::result::Result<i64, ::std::string::String>,
            owed: ::std::result::Result<i64, ::std::string::String>,
            purchased: ::std::result::Result<i64, ::std::string::String>,
            reserved: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for Credits {
            fn default() -> Self {
                Self {
                    available: Err("no value supplied for available".to_string()),
                    expiring: Err("no value supplied for expiring".to_string()),
                    granted: Err("no value supplied for granted".to_string()),
                    owed: Err("no value supplied for owed".to_string()),
                    purchased: Err("no value supplied for purchased".to_string()),
                    reserved: Err("no value supplied for reserved".to_string()),
                }
            }
        }

        impl Credits {
            pub fn available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.available = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for available: {e}"));
                self
            }
            pub fn expiring<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expiring = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expiring: {e}"));
                self
            }
            pub fn granted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.granted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for granted: {e}"));
                self
            }
            pub fn owed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.owed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for owed: {e}"));
                self
            }
            pub fn purchased<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.purchased = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for purchased: {e}"));
                self
            }
            pub fn reserved<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.reserved = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reserved: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Credits> for super::Credits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Credits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available: value.available?,
                    expiring: value.expiring?,
                    granted: value.granted?,
                    owed: value.owed?,
                    purchased: value.purchased?,
                    reserved: value.reserved?,
                })
            }
        }

        impl ::std::convert::From<super::Credits> for Credits {
            fn from(value: super::Credits) -> Self {
                Self {
                    available: Ok(value.available),
                    expiring: Ok(value.expiring),
                    granted: Ok(value.granted),
                    owed: Ok(value.owed),
                    purchased: Ok(value.purchased),
                    reserved: Ok(value.reserved),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DeepfakeDetectorResult {
            confidence: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flagged_segments: ::std::result::Result<
                ::std::vec::Vec<super::DeepfakeDetectorSegment>,
                ::std::string::String,
            >,
            generator: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            latency_ms: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            signals: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            verdict: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DeepfakeDetectorResult {
            fn default() -> Self {
                Self {
                    confidence: Ok(Default::default()),
                    error: Ok(Default::default()),
                    flagged_segments: Err("no value supplied for flagged_segments".to_string()),
                    generator: Ok(Default::default()),
                    job_id: Err("no value supplied for job_id".to_string()),
                    latency_ms: Ok(Default::default()),
                    signals: Err("no value supplied for signals".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    verdict: Ok(Default::default()),
                }
            }
        }

        impl DeepfakeDetectorResult {
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for confidence: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn flagged_segments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeepfakeDetectorSegment>>,
                T::Error: ::std::fmt::Display,
            {
                self.flagged_segments = value.try_into().map_err(|e| {
                    format!("error converting supplied value for flagged_segments: {e}")
                });
                self
            }
            pub fn generator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.generator = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for generator: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_ms: {e}"));
                self
            }
            pub fn signals<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signals = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for signals: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn verdict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.verdict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for verdict: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DeepfakeDetectorResult> for super::DeepfakeDetectorResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeepfakeDetectorResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence: value.confidence?,
                    error: value.error?,
                    flagged_segments: value.flagged_segments?,
                    generator: value.generator?,
                    job_id: value.job_id?,
                    latency_ms: value.latency_ms?,
                    signals: value.signals?,
                    status: value.status?,
                    verdict: value.verdict?,
                })
            }
        }

        impl ::std::convert::From<super::DeepfakeDetectorResult> for DeepfakeDetectorResult {
            fn from(value: super::DeepfakeDetectorResult) -> Self {
                Self {
                    confidence: Ok(value.confidence),
                    error: Ok(value.error),
                    flagged_segments: Ok(value.flagged_segments),
                    generator: Ok(value.generator),
                    job_id: Ok(value.job_id),
                    latency_ms: Ok(value.latency_ms),
                    signals: Ok(value.signals),
                    status: Ok(value.status),
                    verdict: Ok(value.verdict),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DeepfakeDetectorSegment {
            end: ::std::result::Result<f64, ::std::string::String>,
            start: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for DeepfakeDetectorSegment {
            fn default() -> Self {
                Self {
                    end: Err("no value supplied for end".to_string()),
                    start: Err("no value supplied for start".to_string()),
                }
            }
        }

        impl DeepfakeDetectorSegment {
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.end = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for end: {e}"));
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DeepfakeDetectorSegment> for super::DeepfakeDetectorSegment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeepfakeDetectorSegment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end: value.end?,
                    start: value.start?,
                })
            }
        }

        impl ::std::convert::From<super::DeepfakeDetectorSegment> for DeepfakeDetectorSegment {
            fn from(value: super::DeepfakeDetectorSegment) -> Self {
                Self {
                    end: Ok(value.end),
                    start: Ok(value.start),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DetectFramesRequest {
            analysis_type: ::std::result::Result<
                ::std::option::Option<super::AnalysisType>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<super::DetectFramesRequestCallbackUrl>,
                ::std::string::String,
            >,
            frames: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            media_type: ::std::result::Result<
                ::std::option::Option<super::MediaType>,
                ::std::string::String,
            >,
            retain: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            return_details:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            strict_mode: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }

        impl ::std::default::Default for DetectFramesRequest {
            fn default() -> Self {
                Self {
                    analysis_type: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    frames: Err("no value supplied for frames".to_string()),
                    media_type: Ok(Default::default()),
                    retain: Ok(Default::default()),
                    return_details: Ok(Default::default()),
                    strict_mode: Ok(Default::default()),
                }
            }
        }

        impl DetectFramesRequest {
            pub fn analysis_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AnalysisType>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for analysis_type: {e}"));
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DetectFramesRequestCallbackUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for callback_url: {e}"));
                self
            }
            pub fn frames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.frames = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for frames: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn retain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.retain = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for retain: {e}"));
                self
            }
            pub fn return_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for return_details: {e}")
                });
                self
            }
            pub fn strict_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict_mode = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict_mode: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DetectFramesRequest> for super::DetectFramesRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DetectFramesRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_type: value.analysis_type?,
                    callback_url: value.callback_url?,
                    frames: value.frames?,
                    media_type: value.media_type?,
                    retain: value.retain?,
                    return_details: value.return_details?,
                    strict_mode: value.strict_mode?,
                })
            }
        }

        impl ::std::convert::From<super::DetectFramesRequest> for DetectFramesRequest {
            fn from(value: super::DetectFramesRequest) -> Self {
                Self {
                    analysis_type: Ok(value.analysis_type),
                    callback_url: Ok(value.callback_url),
                    frames: Ok(value.frames),
                    media_type: Ok(value.media_type),
                    retain: Ok(value.retain),
                    return_details: Ok(value.return_details),
                    strict_mode: Ok(value.strict_mode),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DetectTextRequest {
            analysis_type: ::std::result::Result<
                ::std::option::Option<super::AnalysisType>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<super::DetectTextRequestCallbackUrl>,
                ::std::string::String,
            >,
            highlight: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            media_type: ::std::result::Result<
                ::std::option::Option<super::MediaType>,
                ::std::string::String,
            >,
            retain: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            return_details:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            strict_mode: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            text: ::std::result::Result<super::DetectTextRequestText, ::std::string::String>,
        }

        impl ::std::default::Default for DetectTextRequest {
            fn default() -> Self {
                Self {
                    analysis_type: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    highlight: Ok(Default::default()),
                    media_type: Ok(Default::default()),
                    retain: Ok(Default::default()),
                    return_details: Ok(Default::default()),
                    strict_mode: Ok(Default::default()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }

        impl DetectTextRequest {
            pub fn analysis_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AnalysisType>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for analysis_type: {e}"));
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DetectTextRequestCallbackUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for callback_url: {e}"));
                self
            }
            pub fn highlight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlight = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for highlight: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn retain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.retain = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for retain: {e}"));
                self
            }
            pub fn return_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for return_details: {e}")
                });
                self
            }
            pub fn strict_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict_mode = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict_mode: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DetectTextRequestText>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DetectTextRequest> for super::DetectTextRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DetectTextRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_type: value.analysis_type?,
                    callback_url: value.callback_url?,
                    highlight: value.highlight?,
                    media_type: value.media_type?,
                    retain: value.retain?,
                    return_details: value.return_details?,
                    strict_mode: value.strict_mode?,
                    text: value.text?,
                })
            }
        }

        impl ::std::convert::From<super::DetectTextRequest> for DetectTextRequest {
            fn from(value: super::DetectTextRequest) -> Self {
                Self {
                    analysis_type: Ok(value.analysis_type),
                    callback_url: Ok(value.callback_url),
                    highlight: Ok(value.highlight),
                    media_type: Ok(value.media_type),
                    retain: Ok(value.retain),
                    return_details: Ok(value.return_details),
                    strict_mode: Ok(value.strict_mode),
                    text: Ok(value.text),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DetectUrlRequest {
            analysis_type: ::std::result::Result<
                ::std::option::Option<super::AnalysisType>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<super::DetectUrlRequestCallbackUrl>,
                ::std::string::String,
            >,
            media_type: ::std::result::Result<
                ::std::option::Option<super::MediaType>,
                ::std::string::String,
            >,
            media_url:
                ::std::result::Result<super::DetectUrlRequestMediaUrl, ::std::string::String>,
            retain: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            return_details:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            strict_mode: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }

        impl ::std::default::Default for DetectUrlRequest {
            fn default() -> Self {
                Self {
                    analysis_type: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    media_type: Ok(Default::default()),
                    media_url: Err("no value supplied for media_url".to_string()),
                    retain: Ok(Default::default()),
                    return_details: Ok(Default::default()),
                    strict_mode: Ok(Default::default()),
                }
            }
        }

        impl DetectUrlRequest {
            pub fn analysis_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AnalysisType>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for analysis_type: {e}"));
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DetectUrlRequestCallbackUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for callback_url: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn media_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DetectUrlRequestMediaUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.media_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_url: {e}"));
                self
            }
            pub fn retain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.retain = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for retain: {e}"));
                self
            }
            pub fn return_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_details = value.try_into().map_err(|e| {
                    format!("error converting supplied value for return_details: {e}")
                });
                self
            }
            pub fn strict_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.strict_mode = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict_mode: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DetectUrlRequest> for super::DetectUrlRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DetectUrlRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_type: value.analysis_type?,
                    callback_url: value.callback_url?,
                    media_type: value.media_type?,
                    media_url: value.media_url?,
                    retain: value.retain?,
                    return_details: value.return_details?,
                    strict_mode: value.strict_mode?,
                })
            }
        }

        impl ::std::convert::From<super::DetectUrlRequest> for DetectUrlRequest {
            fn from(value: super::DetectUrlRequest) -> Self {
                Self {
                    analysis_type: Ok(value.analysis_type),
                    callback_url: Ok(value.callback_url),
                    media_type: Ok(value.media_type),
                    media_url: Ok(value.media_url),
                    retain: Ok(value.retain),
                    return_details: Ok(value.return_details),
                    strict_mode: Ok(value.strict_mode),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiApiKey {
            can_use_ai_media_detection: ::std::result::Result<bool, ::std::string::String>,
            can_use_ai_text_detection: ::std::result::Result<bool, ::std::string::String>,
            can_use_deepfake_detection: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<::std::string::String, ::std::string::String>,
            daily_limit: ::std::result::Result<i64, ::std::string::String>,
            daily_usage: ::std::result::Result<i64, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            key_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for DmiApiKey {
            fn default() -> Self {
                Self {
                    can_use_ai_media_detection: Err(
                        "no value supplied for can_use_ai_media_detection".to_string(),
                    ),
                    can_use_ai_text_detection: Err(
                        "no value supplied for can_use_ai_text_detection".to_string(),
                    ),
                    can_use_deepfake_detection: Err(
                        "no value supplied for can_use_deepfake_detection".to_string(),
                    ),
                    created_at: Err("no value supplied for created_at".to_string()),
                    daily_limit: Err("no value supplied for daily_limit".to_string()),
                    daily_usage: Err("no value supplied for daily_usage".to_string()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    key: Err("no value supplied for key".to_string()),
                    key_id: Err("no value supplied for key_id".to_string()),
                    last_used_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl DmiApiKey {
            pub fn can_use_ai_media_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_ai_media_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_ai_media_detection: {e}")
                });
                self
            }
            pub fn can_use_ai_text_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_ai_text_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_ai_text_detection: {e}")
                });
                self
            }
            pub fn can_use_deepfake_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_deepfake_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_deepfake_detection: {e}")
                });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn daily_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_usage: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key: {e}"));
                self
            }
            pub fn key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key_id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_used_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiApiKey> for super::DmiApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    can_use_ai_media_detection: value.can_use_ai_media_detection?,
                    can_use_ai_text_detection: value.can_use_ai_text_detection?,
                    can_use_deepfake_detection: value.can_use_deepfake_detection?,
                    created_at: value.created_at?,
                    daily_limit: value.daily_limit?,
                    daily_usage: value.daily_usage?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    key: value.key?,
                    key_id: value.key_id?,
                    last_used_at: value.last_used_at?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::DmiApiKey> for DmiApiKey {
            fn from(value: super::DmiApiKey) -> Self {
                Self {
                    can_use_ai_media_detection: Ok(value.can_use_ai_media_detection),
                    can_use_ai_text_detection: Ok(value.can_use_ai_text_detection),
                    can_use_deepfake_detection: Ok(value.can_use_deepfake_detection),
                    created_at: Ok(value.created_at),
                    daily_limit: Ok(value.daily_limit),
                    daily_usage: Ok(value.daily_usage),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    key_id: Ok(value.key_id),
                    last_used_at: Ok(value.last_used_at),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiApiKeyList {
            api_keys:
                ::std::result::Result<::std::vec::Vec<super::DmiApiKey>, ::std::string::String>,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiApiKeyList {
            fn default() -> Self {
                Self {
                    api_keys: Err("no value supplied for api_keys".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiApiKeyList {
            pub fn api_keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DmiApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_keys = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for api_keys: {e}"));
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiApiKeyList> for super::DmiApiKeyList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiApiKeyList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_keys: value.api_keys?,
                    code: value.code?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiApiKeyList> for DmiApiKeyList {
            fn from(value: super::DmiApiKeyList) -> Self {
                Self {
                    api_keys: Ok(value.api_keys),
                    code: Ok(value.code),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiApiKeyResponse {
            api_key: ::std::result::Result<super::DmiApiKey, ::std::string::String>,
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiApiKeyResponse {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiApiKeyResponse {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for api_key: {e}"));
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiApiKeyResponse> for super::DmiApiKeyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiApiKeyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    code: value.code?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiApiKeyResponse> for DmiApiKeyResponse {
            fn from(value: super::DmiApiKeyResponse) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    code: Ok(value.code),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiCreateApiKey {
            can_use_ai_media_detection:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            can_use_ai_text_detection:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            can_use_deepfake_detection:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            daily_limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<super::DmiCreateApiKeyExpiresAt>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::DmiCreateApiKeyName, ::std::string::String>,
        }

        impl ::std::default::Default for DmiCreateApiKey {
            fn default() -> Self {
                Self {
                    can_use_ai_media_detection: Ok(Default::default()),
                    can_use_ai_text_detection: Ok(Default::default()),
                    can_use_deepfake_detection: Ok(Default::default()),
                    daily_limit: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl DmiCreateApiKey {
            pub fn can_use_ai_media_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_ai_media_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_ai_media_detection: {e}")
                });
                self
            }
            pub fn can_use_ai_text_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_ai_text_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_ai_text_detection: {e}")
                });
                self
            }
            pub fn can_use_deepfake_detection<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_use_deepfake_detection = value.try_into().map_err(|e| {
                    format!("error converting supplied value for can_use_deepfake_detection: {e}")
                });
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DmiCreateApiKeyExpiresAt>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiCreateApiKeyName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiCreateApiKey> for super::DmiCreateApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiCreateApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    can_use_ai_media_detection: value.can_use_ai_media_detection?,
                    can_use_ai_text_detection: value.can_use_ai_text_detection?,
                    can_use_deepfake_detection: value.can_use_deepfake_detection?,
                    daily_limit: value.daily_limit?,
                    expires_at: value.expires_at?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::DmiCreateApiKey> for DmiCreateApiKey {
            fn from(value: super::DmiCreateApiKey) -> Self {
                Self {
                    can_use_ai_media_detection: Ok(value.can_use_ai_media_detection),
                    can_use_ai_text_detection: Ok(value.can_use_ai_text_detection),
                    can_use_deepfake_detection: Ok(value.can_use_deepfake_detection),
                    daily_limit: Ok(value.daily_limit),
                    expires_at: Ok(value.expires_at),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiDeepfakeResponse {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::DmiMetadata>,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::DmiDeepfakeResult, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiDeepfakeResponse {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    job_id: Err("no value supplied for job_id".to_string()),
                    metadata: Ok(Default::default()),
                    result: Err("no value supplied for result".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiDeepfakeResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DmiMetadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiDeepfakeResult>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiDeepfakeResponse> for super::DmiDeepfakeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiDeepfakeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    job_id: value.job_id?,
                    metadata: value.metadata?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiDeepfakeResponse> for DmiDeepfakeResponse {
            fn from(value: super::DmiDeepfakeResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    job_id: Ok(value.job_id),
                    metadata: Ok(value.metadata),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiDeepfakeResult {
            confidence_score:
                ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            fake_frames: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            fake_frames_percentage:
                ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            file_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            frames_analyzed:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            is_deepfake: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiDeepfakeResult {
            fn default() -> Self {
                Self {
                    confidence_score: Ok(Default::default()),
                    fake_frames: Ok(Default::default()),
                    fake_frames_percentage: Ok(Default::default()),
                    file_type: Err("no value supplied for file_type".to_string()),
                    frames_analyzed: Ok(Default::default()),
                    is_deepfake: Err("no value supplied for is_deepfake".to_string()),
                }
            }
        }

        impl DmiDeepfakeResult {
            pub fn confidence_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence_score = value.try_into().map_err(|e| {
                    format!("error converting supplied value for confidence_score: {e}")
                });
                self
            }
            pub fn fake_frames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.fake_frames = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fake_frames: {e}"));
                self
            }
            pub fn fake_frames_percentage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.fake_frames_percentage = value.try_into().map_err(|e| {
                    format!("error converting supplied value for fake_frames_percentage: {e}")
                });
                self
            }
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for file_type: {e}"));
                self
            }
            pub fn frames_analyzed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.frames_analyzed = value.try_into().map_err(|e| {
                    format!("error converting supplied value for frames_analyzed: {e}")
                });
                self
            }
            pub fn is_deepfake<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deepfake = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_deepfake: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiDeepfakeResult> for super::DmiDeepfakeResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiDeepfakeResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence_score: value.confidence_score?,
                    fake_frames: value.fake_frames?,
                    fake_frames_percentage: value.fake_frames_percentage?,
                    file_type: value.file_type?,
                    frames_analyzed: value.frames_analyzed?,
                    is_deepfake: value.is_deepfake?,
                })
            }
        }

        impl ::std::convert::From<super::DmiDeepfakeResult> for DmiDeepfakeResult {
            fn from(value: super::DmiDeepfakeResult) -> Self {
                Self {
                    confidence_score: Ok(value.confidence_score),
                    fake_frames: Ok(value.fake_frames),
                    fake_frames_percentage: Ok(value.fake_frames_percentage),
                    file_type: Ok(value.file_type),
                    frames_analyzed: Ok(value.frames_analyzed),
                    is_deepfake: Ok(value.is_deepfake),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiError> for super::DmiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiError> for DmiError {
            fn from(value: super::DmiError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiMediaResponse {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<super::DmiMetadata>,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::DmiMediaResult, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiMediaResponse {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    job_id: Err("no value supplied for job_id".to_string()),
                    metadata: Ok(Default::default()),
                    result: Err("no value supplied for result".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiMediaResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DmiMetadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiMediaResult>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiMediaResponse> for super::DmiMediaResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiMediaResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    job_id: value.job_id?,
                    metadata: value.metadata?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiMediaResponse> for DmiMediaResponse {
            fn from(value: super::DmiMediaResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    job_id: Ok(value.job_id),
                    metadata: Ok(value.metadata),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiMediaResult {
            confidence_scores: ::std::result::Result<super::DmiMediaScores, ::std::string::String>,
            generator: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_ai_generated: ::std::result::Result<bool, ::std::string::String>,
            prediction: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for DmiMediaResult {
            fn default() -> Self {
                Self {
                    confidence_scores: Err("no value supplied for confidence_scores".to_string()),
                    generator: Ok(Default::default()),
                    is_ai_generated: Err("no value supplied for is_ai_generated".to_string()),
                    prediction: Err("no value supplied for prediction".to_string()),
                }
            }
        }

        impl DmiMediaResult {
            pub fn confidence_scores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiMediaScores>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence_scores = value.try_into().map_err(|e| {
                    format!("error converting supplied value for confidence_scores: {e}")
                });
                self
            }
            pub fn generator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.generator = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for generator: {e}"));
                self
            }
            pub fn is_ai_generated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_ai_generated = value.try_into().map_err(|e| {
                    format!("error converting supplied value for is_ai_generated: {e}")
                });
                self
            }
            pub fn prediction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prediction = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prediction: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiMediaResult> for super::DmiMediaResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiMediaResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence_scores: value.confidence_scores?,
                    generator: value.generator?,
                    is_ai_generated: value.is_ai_generated?,
                    prediction: value.prediction?,
                })
            }
        }

        impl ::std::convert::From<super::DmiMediaResult> for DmiMediaResult {
            fn from(value: super::DmiMediaResult) -> Self {
                Self {
                    confidence_scores: Ok(value.confidence_scores),
                    generator: Ok(value.generator),
                    is_ai_generated: Ok(value.is_ai_generated),
                    prediction: Ok(value.prediction),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiMediaScores {
            ai_generated: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            real: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
        }

        impl ::std::default::Default for DmiMediaScores {
            fn default() -> Self {
                Self {
                    ai_generated: Ok(Default::default()),
                    real: Ok(Default::default()),
                }
            }
        }

        impl DmiMediaScores {
            pub fn ai_generated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ai_generated = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ai_generated: {e}"));
                self
            }
            pub fn real<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.real = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for real: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiMediaScores> for super::DmiMediaScores {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiMediaScores,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ai_generated: value.ai_generated?,
                    real: value.real?,
                })
            }
        }

        impl ::std::convert::From<super::DmiMediaScores> for DmiMediaScores {
            fn from(value: super::DmiMediaScores) -> Self {
                Self {
                    ai_generated: Ok(value.ai_generated),
                    real: Ok(value.real),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiMessage {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiMessage {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiMessage {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiMessage> for super::DmiMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiMessage> for DmiMessage {
            fn from(value: super::DmiMessage) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiMetadata {
            codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            format: ::std::result::Result<::std::string::String, ::std::string::String>,
            height: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            width: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for DmiMetadata {
            fn default() -> Self {
                Self {
                    codec: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    format: Err("no value supplied for format".to_string()),
                    height: Ok(Default::default()),
                    width: Ok(Default::default()),
                }
            }
        }

        impl DmiMetadata {
            pub fn codec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.codec = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for codec: {e}"));
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for duration: {e}"));
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for format: {e}"));
                self
            }
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for height: {e}"));
                self
            }
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for width: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiMetadata> for super::DmiMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    codec: value.codec?,
                    duration: value.duration?,
                    format: value.format?,
                    height: value.height?,
                    width: value.width?,
                })
            }
        }

        impl ::std::convert::From<super::DmiMetadata> for DmiMetadata {
            fn from(value: super::DmiMetadata) -> Self {
                Self {
                    codec: Ok(value.codec),
                    duration: Ok(value.duration),
                    format: Ok(value.format),
                    height: Ok(value.height),
                    width: Ok(value.width),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiTextRequest {
            highlight: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<super::DmiTextRequestText>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DmiTextRequest {
            fn default() -> Self {
                Self {
                    highlight: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }

        impl DmiTextRequest {
            pub fn highlight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlight = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for highlight: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DmiTextRequestText>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiTextRequest> for super::DmiTextRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiTextRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    highlight: value.highlight?,
                    text: value.text?,
                })
            }
        }

        impl ::std::convert::From<super::DmiTextRequest> for DmiTextRequest {
            fn from(value: super::DmiTextRequest) -> Self {
                Self {
                    highlight: Ok(value.highlight),
                    text: Ok(value.text),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiTextResponse {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            result: ::std::result::Result<super::DmiTextResult, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for DmiTextResponse {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    job_id: Err("no value supplied for job_id".to_string()),
                    result: Err("no value supplied for result".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl DmiTextResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiTextResult>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiTextResponse> for super::DmiTextResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiTextResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    job_id: value.job_id?,
                    result: value.result?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::DmiTextResponse> for DmiTextResponse {
            fn from(value: super::DmiTextResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    job_id: Ok(value.job_id),
                    result: Ok(value.result),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiTextResult {
            confidence_scores: ::std::result::Result<super::DmiTextScores, ::std::string::String>,
            highlighted_text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_ai_generated: ::std::result::Result<bool, ::std::string::String>,
            source_prediction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DmiTextResult {
            fn default() -> Self {
                Self {
                    confidence_scores: Err("no value supplied for confidence_scores".to_string()),
                    highlighted_text: Ok(Default::default()),
                    is_ai_generated: Err("no value supplied for is_ai_generated".to_string()),
                    source_prediction: Ok(Default::default()),
                }
            }
        }

        impl DmiTextResult {
            pub fn confidence_scores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DmiTextScores>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence_scores = value.try_into().map_err(|e| {
                    format!("error converting supplied value for confidence_scores: {e}")
                });
                self
            }
            pub fn highlighted_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlighted_text = value.try_into().map_err(|e| {
                    format!("error converting supplied value for highlighted_text: {e}")
                });
                self
            }
            pub fn is_ai_generated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_ai_generated = value.try_into().map_err(|e| {
                    format!("error converting supplied value for is_ai_generated: {e}")
                });
                self
            }
            pub fn source_prediction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_prediction = value.try_into().map_err(|e| {
                    format!("error converting supplied value for source_prediction: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<DmiTextResult> for super::DmiTextResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiTextResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence_scores: value.confidence_scores?,
                    highlighted_text: value.highlighted_text?,
                    is_ai_generated: value.is_ai_generated?,
                    source_prediction: value.source_prediction?,
                })
            }
        }

        impl ::std::convert::From<super::DmiTextResult> for DmiTextResult {
            fn from(value: super::DmiTextResult) -> Self {
                Self {
                    confidence_scores: Ok(value.confidence_scores),
                    highlighted_text: Ok(value.highlighted_text),
                    is_ai_generated: Ok(value.is_ai_generated),
                    source_prediction: Ok(value.source_prediction),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DmiTextScores {
            ai: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            human: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
        }

        impl ::std::default::Default for DmiTextScores {
            fn default() -> Self {
                Self {
                    ai: Ok(Default::default()),
                    human: Ok(Default::default()),
                }
            }
        }

        impl DmiTextScores {
            pub fn ai<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ai = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ai: {e}"));
                self
            }
            pub fn human<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.human = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for human: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DmiTextScores> for super::DmiTextScores {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DmiTextScores,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ai: value.ai?,
                    human: value.human?,
                })
            }
        }

        impl ::std::convert::From<super::DmiTextScores> for DmiTextScores {
            fn from(value: super::DmiTextScores) -> Self {
                Self {
                    ai: Ok(value.ai),
                    human: Ok(value.human),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct EventTypeInfo {
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
            schema: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        }

        impl ::std::default::Default for EventTypeInfo {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    schema: Err("no value supplied for schema".to_string()),
                }
            }
        }

        impl EventTypeInfo {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for schema: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<EventTypeInfo> for super::EventTypeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EventTypeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    schema: value.schema?,
                })
            }
        }

        impl ::std::convert::From<super::EventTypeInfo> for EventTypeInfo {
            fn from(value: super::EventTypeInfo) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    schema: Ok(value.schema),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct EventTypeList {
            data:
                ::std::result::Result<::std::vec::Vec<super::EventTypeInfo>, ::std::string::String>,
        }

        impl ::std::default::Default for EventTypeList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl EventTypeList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EventTypeInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<EventTypeList> for super::EventTypeList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EventTypeList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::EventTypeList> for EventTypeList {
            fn from(value: super::EventTypeList) -> Self {
                Self {
                    data: Ok(value.data),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct FaceView {
            bbox: ::std::result::Result<::std::vec::Vec<f32>, ::std::string::String>,
            fake_score: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            frame: ::std::result::Result<i64, ::std::string::String>,
            landmarks:
                ::std::result::Result<::std::vec::Vec<::std::vec::Vec<f32>>, ::std::string::String>,
            score: ::std::result::Result<f32, ::std::string::String>,
        }

        impl ::std::default::Default for FaceView {
            fn default() -> Self {
                Self {
                    bbox: Err("no value supplied for bbox".to_string()),
                    fake_score: Ok(Default::default()),
                    frame: Err("no value supplied for frame".to_string()),
                    landmarks: Err("no value supplied for landmarks".to_string()),
                    score: Err("no value supplied for score".to_string()),
                }
            }
        }

        impl FaceView {
            pub fn bbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.bbox = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bbox: {e}"));
                self
            }
            pub fn fake_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.fake_score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fake_score: {e}"));
                self
            }
            pub fn frame<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.frame = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for frame: {e}"));
                self
            }
            pub fn landmarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::vec::Vec<f32>>>,
                T::Error: ::std::fmt::Display,
            {
                self.landmarks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for landmarks: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<FaceView> for super::FaceView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FaceView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bbox: value.bbox?,
                    fake_score: value.fake_score?,
                    frame: value.frame?,
                    landmarks: value.landmarks?,
                    score: value.score?,
                })
            }
        }

        impl ::std::convert::From<super::FaceView> for FaceView {
            fn from(value: super::FaceView) -> Self {
                Self {
                    bbox: Ok(value.bbox),
                    fake_score: Ok(value.fake_score),
                    frame: Ok(value.frame),
                    landmarks: Ok(value.landmarks),
                    score: Ok(value.score),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GeneratorView {
            confidence: ::std::result::Result<f32, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            source: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for GeneratorView {
            fn default() -> Self {
                Self {
                    confidence: Err("no value supplied for confidence".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }

        impl GeneratorView {
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for confidence: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for source: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GeneratorView> for super::GeneratorView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GeneratorView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence: value.confidence?,
                    name: value.name?,
                    source: value.source?,
                })
            }
        }

        impl ::std::convert::From<super::GeneratorView> for GeneratorView {
            fn from(value: super::GeneratorView) -> Self {
                Self {
                    confidence: Ok(value.confidence),
                    name: Ok(value.name),
                    source: Ok(value.source),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GlairDeepfake {
            confidence: ::std::result::Result<f64, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for GlairDeepfake {
            fn default() -> Self {
                Self {
                    confidence: Err("no value supplied for confidence".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }

        impl GlairDeepfake {
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for confidence: {e}"));
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for value: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GlairDeepfake> for super::GlairDeepfake {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlairDeepfake,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    confidence: value.confidence?,
                    value: value.value?,
                })
            }
        }

        impl ::std::convert::From<super::GlairDeepfake> for GlairDeepfake {
            fn from(value: super::GlairDeepfake) -> Self {
                Self {
                    confidence: Ok(value.confidence),
                    value: Ok(value.value),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GlairDeepfakeResult {
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            read: ::std::result::Result<
                ::std::option::Option<super::GlairRead>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for GlairDeepfakeResult {
            fn default() -> Self {
                Self {
                    job_id: Ok(Default::default()),
                    read: Ok(Default::default()),
                    reason: Err("no value supplied for reason".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl GlairDeepfakeResult {
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn read<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GlairRead>>,
                T::Error: ::std::fmt::Display,
            {
                self.read = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read: {e}"));
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reason: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GlairDeepfakeResult> for super::GlairDeepfakeResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlairDeepfakeResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    job_id: value.job_id?,
                    read: value.read?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::GlairDeepfakeResult> for GlairDeepfakeResult {
            fn from(value: super::GlairDeepfakeResult) -> Self {
                Self {
                    job_id: Ok(value.job_id),
                    read: Ok(value.read),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GlairError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for GlairError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    reason: Err("no value supplied for reason".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl GlairError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reason: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GlairError> for super::GlairError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlairError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    reason: value.reason?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::GlairError> for GlairError {
            fn from(value: super::GlairError) -> Self {
                Self {
                    code: Ok(value.code),
                    reason: Ok(value.reason),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GlairRead {
            deepfake: ::std::result::Result<super::GlairDeepfake, ::std::string::String>,
        }

        impl ::std::default::Default for GlairRead {
            fn default() -> Self {
                Self {
                    deepfake: Err("no value supplied for deepfake".to_string()),
                }
            }
        }

        impl GlairRead {
            pub fn deepfake<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GlairDeepfake>,
                T::Error: ::std::fmt::Display,
            {
                self.deepfake = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deepfake: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GlairRead> for super::GlairRead {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GlairRead,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deepfake: value.deepfake?,
                })
            }
        }

        impl ::std::convert::From<super::GlairRead> for GlairRead {
            fn from(value: super::GlairRead) -> Self {
                Self {
                    deepfake: Ok(value.deepfake),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Health {
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Health {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }

        impl Health {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Health> for super::Health {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Health,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    version: value.version?,
                })
            }
        }

        impl ::std::convert::From<super::Health> for Health {
            fn from(value: super::Health) -> Self {
                Self {
                    status: Ok(value.status),
                    version: Ok(value.version),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct HeatmapView {
            cols: ::std::result::Result<i64, ::std::string::String>,
            detector: ::std::result::Result<::std::string::String, ::std::string::String>,
            frame: ::std::result::Result<i64, ::std::string::String>,
            region: ::std::result::Result<::std::vec::Vec<f32>, ::std::string::String>,
            rows: ::std::result::Result<i64, ::std::string::String>,
            score: ::std::result::Result<f32, ::std::string::String>,
            values: ::std::result::Result<::std::vec::Vec<f32>, ::std::string::String>,
        }

        impl ::std::default::Default for HeatmapView {
            fn default() -> Self {
                Self {
                    cols: Err("no value supplied for cols".to_string()),
                    detector: Err("no value supplied for detector".to_string()),
                    frame: Err("no value supplied for frame".to_string()),
                    region: Err("no value supplied for region".to_string()),
                    rows: Err("no value supplied for rows".to_string()),
                    score: Err("no value supplied for score".to_string()),
                    values: Err("no value supplied for values".to_string()),
                }
            }
        }

        impl HeatmapView {
            pub fn cols<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.cols = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for cols: {e}"));
                self
            }
            pub fn detector<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detector = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for detector: {e}"));
                self
            }
            pub fn frame<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.frame = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for frame: {e}"));
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.region = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for region: {e}"));
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for rows: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn values<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.values = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for values: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<HeatmapView> for super::HeatmapView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HeatmapView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cols: value.cols?,
                    detector: value.detector?,
                    frame: value.frame?,
                    region: value.region?,
                    rows: value.rows?,
                    score: value.score?,
                    values: value.values?,
                })
            }
        }

        impl ::std::convert::From<super::HeatmapView> for HeatmapView {
            fn from(value: super::HeatmapView) -> Self {
                Self {
                    cols: Ok(value.cols),
                    detector: Ok(value.detector),
                    frame: Ok(value.frame),
                    region: Ok(value.region),
                    rows: Ok(value.rows),
                    score: Ok(value.score),
                    values: Ok(value.values),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Invitation {
            invitation_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            invitation_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            member: ::std::result::Result<super::Member, ::std::string::String>,
        }

        impl ::std::default::Default for Invitation {
            fn default() -> Self {
                Self {
                    invitation_expires_at: Err(
                        "no value supplied for invitation_expires_at".to_string()
                    ),
                    invitation_token: Err("no value supplied for invitation_token".to_string()),
                    member: Err("no value supplied for member".to_string()),
                }
            }
        }

        impl Invitation {
            pub fn invitation_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_expires_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for invitation_expires_at: {e}")
                });
                self
            }
            pub fn invitation_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_token = value.try_into().map_err(|e| {
                    format!("error converting supplied value for invitation_token: {e}")
                });
                self
            }
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Member>,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for member: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Invitation> for super::Invitation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Invitation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation_expires_at: value.invitation_expires_at?,
                    invitation_token: value.invitation_token?,
                    member: value.member?,
                })
            }
        }

        impl ::std::convert::From<super::Invitation> for Invitation {
            fn from(value: super::Invitation) -> Self {
                Self {
                    invitation_expires_at: Ok(value.invitation_expires_at),
                    invitation_token: Ok(value.invitation_token),
                    member: Ok(value.member),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct InviteRequest {
            email: ::std::result::Result<super::InviteRequestEmail, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
        }

        impl ::std::default::Default for InviteRequest {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }

        impl InviteRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InviteRequestEmail>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<InviteRequest> for super::InviteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    role: value.role?,
                })
            }
        }

        impl ::std::convert::From<super::InviteRequest> for InviteRequest {
            fn from(value: super::InviteRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    role: Ok(value.role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Job {
            analysis_type: ::std::result::Result<super::AnalysisType, ::std::string::String>,
            check: ::std::result::Result<super::Check, ::std::string::String>,
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            credits_used: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            error: ::std::result::Result<
                ::std::option::Option<super::JobError>,
                ::std::string::String,
            >,
            faces: ::std::result::Result<::std::vec::Vec<super::FaceView>, ::std::string::String>,
            fake_frames: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            fake_frames_percentage:
                ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            flagged_segments:
                ::std::result::Result<::std::vec::Vec<super::SegmentView>, ::std::string::String>,
            frames_analyzed:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            frames_scored: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            generator: ::std::result::Result<
                ::std::option::Option<super::GeneratorView>,
                ::std::string::String,
            >,
            heatmap: ::std::result::Result<
                ::std::option::Option<super::HeatmapView>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::vec::Vec<super::TextHighlightView>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_deepfake: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            latency_ms: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            manipulation_type: ::std::result::Result<
                ::std::option::Option<super::ManipulationType>,
                ::std::string::String,
            >,
            media: ::std::result::Result<
                ::std::option::Option<super::MediaView>,
                ::std::string::String,
            >,
            media_deleted: ::std::result::Result<bool, ::std::string::String>,
            media_type: ::std::result::Result<super::MediaType, ::std::string::String>,
            model_ms: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            models: ::std::result::Result<::std::vec::Vec<super::ModelView>, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            recommendation: ::std::result::Result<
                ::std::option::Option<super::Recommendation>,
                ::std::string::String,
            >,
            retain: ::std::result::Result<bool, ::std::string::String>,
            risk_score: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            signals:
                ::std::result::Result<::std::vec::Vec<super::SignalView>, ::std::string::String>,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            strict_mode: ::std::result::Result<bool, ::std::string::String>,
            suspicious_frames: ::std::result::Result<
                ::std::vec::Vec<super::SuspiciousFrameView>,
                ::std::string::String,
            >,
            verdict:
                ::std::result::Result<::std::option::Option<super::Verdict>, ::std::string::String>,
            webhook_deliveries: ::std::result::Result<
                ::std::vec::Vec<super::WebhookDelivery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Job {
            fn default() -> Self {
                Self {
                    analysis_type: Err("no value supplied for analysis_type".to_string()),
                    check: Err("no value supplied for check".to_string()),
                    completed_at: Ok(Default::default()),
                    confidence: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    credits_used: Ok(Default::default()),
                    error: Ok(Default::default()),
                    faces: Ok(Default::default()),
                    fake_frames: Ok(Default::default()),
                    fake_frames_percentage: Ok(Default::default()),
                    flagged_segments: Ok(Default::default()),
                    frames_analyzed: Ok(Default::default()),
                    frames_scored: Ok(Default::default()),
                    generator: Ok(Default::default()),
                    heatmap: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_deepfake: Ok(Default::default()),
                    latency_ms: Ok(Default::default()),
                    manipulation_type: Ok(Default::default()),
                    media: Ok(Default::default()),
                    media_deleted: Err("no value supplied for media_deleted".to_string()),
                    media_type: Err("no value supplied for media_type".to_string()),
                    model_ms: Ok(Default::default()),
                    models: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    recommendation: Ok(Default::default()),
                    retain: Err("no value supplied for retain".to_string()),
                    risk_score: Ok(Default::default()),
                    signals: Ok(Default::default()),
                    source: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    strict_mode: Err("no value supplied for strict_mode".to_string()),
                    suspicious_frames: Ok(Default::default()),
                    verdict: Ok(Default::default()),
                    webhook_deliveries: Ok(Default::default()),
                }
            }
        }

        impl Job {
            pub fn analysis_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnalysisType>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for analysis_type: {e}"));
                self
            }
            pub fn check<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Check>,
                T::Error: ::std::fmt::Display,
            {
                self.check = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for check: {e}"));
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for completed_at: {e}"));
                self
            }
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for confidence: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn credits_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.credits_used = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits_used: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JobError>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn faces<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FaceView>>,
                T::Error: ::std::fmt::Display,
            {
                self.faces = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for faces: {e}"));
                self
            }
            pub fn fake_frames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.fake_frames = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fake_frames: {e}"));
                self
            }
            pub fn fake_frames_percentage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.fake_frames_percentage = value.try_into().map_err(|e| {
                    format!("error converting supplied value for fake_frames_percentage: {e}")
                });
                self
            }
            pub fn flagged_segments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SegmentView>>,
                T::Error: ::std::fmt::Display,
            {
                self.flagged_segments = value.try_into().map_err(|e| {
                    format!("error converting supplied value for flagged_segments: {e}")
                });
                self
            }
            pub fn frames_analyzed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.frames_analyzed = value.try_into().map_err(|e| {
                    format!("error converting supplied value for frames_analyzed: {e}")
                });
                self
            }
            pub fn frames_scored<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.frames_scored = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for frames_scored: {e}"));
                self
            }
            pub fn generator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GeneratorView>>,
                T::Error: ::std::fmt::Display,
            {
                self.generator = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for generator: {e}"));
                self
            }
            pub fn heatmap<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::HeatmapView>>,
                T::Error: ::std::fmt::Display,
            {
                self.heatmap = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for heatmap: {e}"));
                self
            }
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TextHighlightView>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlights = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for highlights: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_deepfake<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deepfake = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_deepfake: {e}"));
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_ms: {e}"));
                self
            }
            pub fn manipulation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ManipulationType>>,
                T::Error: ::std::fmt::Display,
            {
                self.manipulation_type = value.try_into().map_err(|e| {
                    format!("error converting supplied value for manipulation_type: {e}")
                });
                self
            }
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaView>>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media: {e}"));
                self
            }
            pub fn media_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.media_deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_deleted: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MediaType>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn model_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.model_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for model_ms: {e}"));
                self
            }
            pub fn models<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ModelView>>,
                T::Error: ::std::fmt::Display,
            {
                self.models = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for models: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
            pub fn recommendation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Recommendation>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommendation = value.try_into().map_err(|e| {
                    format!("error converting supplied value for recommendation: {e}")
                });
                self
            }
            pub fn retain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.retain = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for retain: {e}"));
                self
            }
            pub fn risk_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for risk_score: {e}"));
                self
            }
            pub fn signals<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SignalView>>,
                T::Error: ::std::fmt::Display,
            {
                self.signals = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for signals: {e}"));
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for source: {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for started_at: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn strict_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.strict_mode = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for strict_mode: {e}"));
                self
            }
            pub fn suspicious_frames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SuspiciousFrameView>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspicious_frames = value.try_into().map_err(|e| {
                    format!("error converting supplied value for suspicious_frames: {e}")
                });
                self
            }
            pub fn verdict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Verdict>>,
                T::Error: ::std::fmt::Display,
            {
                self.verdict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for verdict: {e}"));
                self
            }
            pub fn webhook_deliveries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookDelivery>>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_deliveries = value.try_into().map_err(|e| {
                    format!("error converting supplied value for webhook_deliveries: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<Job> for super::Job {
            type Error = super::error::ConversionError;
            fn try_from(value: Job) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis_type: value.analysis_type?,
                    check: value.check?,
                    completed_at: value.completed_at?,
                    confidence: value.confidence?,
                    created_at: value.created_at?,
                    credits_used: value.credits_used?,
                    error: value.error?,
                    faces: value.faces?,
                    fake_frames: value.fake_frames?,
                    fake_frames_percentage: value.fake_frames_percentage?,
                    flagged_segments: value.flagged_segments?,
                    frames_analyzed: value.frames_analyzed?,
                    frames_scored: value.frames_scored?,
                    generator: value.generator?,
                    heatmap: value.heatmap?,
                    highlights: value.highlights?,
                    id: value.id?,
                    is_deepfake: value.is_deepfake?,
                    latency_ms: value.latency_ms?,
                    manipulation_type: value.manipulation_type?,
                    media: value.media?,
                    media_deleted: value.media_deleted?,
                    media_type: value.media_type?,
                    model_ms: value.model_ms?,
                    models: value.models?,
                    object: value.object?,
                    recommendation: value.recommendation?,
                    retain: value.retain?,
                    risk_score: value.risk_score?,
                    signals: value.signals?,
                    source: value.source?,
                    started_at: value.started_at?,
                    status: value.status?,
                    strict_mode: value.strict_mode?,
                    suspicious_frames: value.suspicious_frames?,
                    verdict: value.verdict?,
                    webhook_deliveries: value.webhook_deliveries?,
                })
            }
        }

        impl ::std::convert::From<super::Job> for Job {
            fn from(value: super::Job) -> Self {
                Self {
                    analysis_type: Ok(value.analysis_type),
                    check: Ok(value.check),
                    completed_at: Ok(value.completed_at),
                    confidence: Ok(value.confidence),
                    created_at: Ok(value.created_at),
                    credits_used: Ok(value.credits_used),
                    error: Ok(value.error),
                    faces: Ok(value.faces),
                    fake_frames: Ok(value.fake_frames),
                    fake_frames_percentage: Ok(value.fake_frames_percentage),
                    flagged_segments: Ok(value.flagged_segments),
                    frames_analyzed: Ok(value.frames_analyzed),
                    frames_scored: Ok(value.frames_scored),
                    generator: Ok(value.generator),
                    heatmap: Ok(value.heatmap),
                    highlights: Ok(value.highlights),
                    id: Ok(value.id),
                    is_deepfake: Ok(value.is_deepfake),
                    latency_ms: Ok(value.latency_ms),
                    manipulation_type: Ok(value.manipulation_type),
                    media: Ok(value.media),
                    media_deleted: Ok(value.media_deleted),
                    media_type: Ok(value.media_type),
                    model_ms: Ok(value.model_ms),
                    models: Ok(value.models),
                    object: Ok(value.object),
                    recommendation: Ok(value.recommendation),
                    retain: Ok(value.retain),
                    risk_score: Ok(value.risk_score),
                    signals: Ok(value.signals),
                    source: Ok(value.source),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    strict_mode: Ok(value.strict_mode),
                    suspicious_frames: Ok(value.suspicious_frames),
                    verdict: Ok(value.verdict),
                    webhook_deliveries: Ok(value.webhook_deliveries),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct JobError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for JobError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl JobError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<JobError> for super::JobError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::JobError> for JobError {
            fn from(value: super::JobError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct JobPage {
            data: ::std::result::Result<::std::vec::Vec<super::JobSummary>, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for JobPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl JobPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::JobSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<JobPage> for super::JobPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::JobPage> for JobPage {
            fn from(value: super::JobPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct JobSummary {
            check:
                ::std::result::Result<::std::option::Option<super::Check>, ::std::string::String>,
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            media_deleted: ::std::result::Result<bool, ::std::string::String>,
            media_type: ::std::result::Result<
                ::std::option::Option<super::MediaType>,
                ::std::string::String,
            >,
            risk_score: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            verdict:
                ::std::result::Result<::std::option::Option<super::Verdict>, ::std::string::String>,
        }

        impl ::std::default::Default for JobSummary {
            fn default() -> Self {
                Self {
                    check: Ok(Default::default()),
                    completed_at: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    error_code: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    media_deleted: Err("no value supplied for media_deleted".to_string()),
                    media_type: Ok(Default::default()),
                    risk_score: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    verdict: Ok(Default::default()),
                }
            }
        }

        impl JobSummary {
            pub fn check<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Check>>,
                T::Error: ::std::fmt::Display,
            {
                self.check = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for check: {e}"));
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for completed_at: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error_code: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn media_deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.media_deleted = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_deleted: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn risk_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for risk_score: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn verdict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Verdict>>,
                T::Error: ::std::fmt::Display,
            {
                self.verdict = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for verdict: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<JobSummary> for super::JobSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    check: value.check?,
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    error_code: value.error_code?,
                    id: value.id?,
                    media_deleted: value.media_deleted?,
                    media_type: value.media_type?,
                    risk_score: value.risk_score?,
                    status: value.status?,
                    verdict: value.verdict?,
                })
            }
        }

        impl ::std::convert::From<super::JobSummary> for JobSummary {
            fn from(value: super::JobSummary) -> Self {
                Self {
                    check: Ok(value.check),
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    error_code: Ok(value.error_code),
                    id: Ok(value.id),
                    media_deleted: Ok(value.media_deleted),
                    media_type: Ok(value.media_type),
                    risk_score: Ok(value.risk_score),
                    status: Ok(value.status),
                    verdict: Ok(value.verdict),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct KeyUsage {
            client_ip: ::std::result::Result<::std::string::String, ::std::string::String>,
            daily_limit: ::std::result::Result<i64, ::std::string::String>,
            daily_remaining: ::std::result::Result<i64, ::std::string::String>,
            daily_resets_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            key_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            rate_limit_per_minute: ::std::result::Result<i64, ::std::string::String>,
            rate_limit_remaining: ::std::result::Result<i64, ::std::string::String>,
            scopes: ::std::result::Result<::std::vec::Vec<super::Scope>, ::std::string::String>,
            tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for KeyUsage {
            fn default() -> Self {
                Self {
                    client_ip: Err("no value supplied for client_ip".to_string()),
                    daily_limit: Err("no value supplied for daily_limit".to_string()),
                    daily_remaining: Err("no value supplied for daily_remaining".to_string()),
                    daily_resets_at: Err("no value supplied for daily_resets_at".to_string()),
                    key_id: Err("no value supplied for key_id".to_string()),
                    rate_limit_per_minute: Err(
                        "no value supplied for rate_limit_per_minute".to_string()
                    ),
                    rate_limit_remaining: Err(
                        "no value supplied for rate_limit_remaining".to_string()
                    ),
                    scopes: Err("no value supplied for scopes".to_string()),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                }
            }
        }

        impl KeyUsage {
            pub fn client_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.client_ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for client_ip: {e}"));
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn daily_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_remaining = value.try_into().map_err(|e| {
                    format!("error converting supplied value for daily_remaining: {e}")
                });
                self
            }
            pub fn daily_resets_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_resets_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for daily_resets_at: {e}")
                });
                self
            }
            pub fn key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key_id: {e}"));
                self
            }
            pub fn rate_limit_per_minute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_minute = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_minute: {e}")
                });
                self
            }
            pub fn rate_limit_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_remaining = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_remaining: {e}")
                });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<KeyUsage> for super::KeyUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_ip: value.client_ip?,
                    daily_limit: value.daily_limit?,
                    daily_remaining: value.daily_remaining?,
                    daily_resets_at: value.daily_resets_at?,
                    key_id: value.key_id?,
                    rate_limit_per_minute: value.rate_limit_per_minute?,
                    rate_limit_remaining: value.rate_limit_remaining?,
                    scopes: value.scopes?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::KeyUsage> for KeyUsage {
            fn from(value: super::KeyUsage) -> Self {
                Self {
                    client_ip: Ok(value.client_ip),
                    daily_limit: Ok(value.daily_limit),
                    daily_remaining: Ok(value.daily_remaining),
                    daily_resets_at: Ok(value.daily_resets_at),
                    key_id: Ok(value.key_id),
                    rate_limit_per_minute: Ok(value.rate_limit_per_minute),
                    rate_limit_remaining: Ok(value.rate_limit_remaining),
                    scopes: Ok(value.scopes),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LedgerEntry {
            amount: ::std::result::Result<i64, ::std::string::String>,
            balance_after: ::std::result::Result<super::Credits, ::std::string::String>,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_type: ::std::result::Result<
                ::std::option::Option<super::MediaType>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::LedgerEntryType, ::std::string::String>,
        }

        impl ::std::default::Default for LedgerEntry {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    balance_after: Err("no value supplied for balance_after".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    job_id: Ok(Default::default()),
                    media_type: Ok(Default::default()),
                    occurred_at: Err("no value supplied for occurred_at".to_string()),
                    reference: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl LedgerEntry {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for amount: {e}"));
                self
            }
            pub fn balance_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Credits>,
                T::Error: ::std::fmt::Display,
            {
                self.balance_after = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for balance_after: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.occurred_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for occurred_at: {e}"));
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reference: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LedgerEntryType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LedgerEntry> for super::LedgerEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LedgerEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    balance_after: value.balance_after?,
                    description: value.description?,
                    id: value.id?,
                    job_id: value.job_id?,
                    media_type: value.media_type?,
                    occurred_at: value.occurred_at?,
                    reference: value.reference?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::LedgerEntry> for LedgerEntry {
            fn from(value: super::LedgerEntry) -> Self {
                Self {
                    amount: Ok(value.amount),
                    balance_after: Ok(value.balance_after),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    job_id: Ok(value.job_id),
                    media_type: Ok(value.media_type),
                    occurred_at: Ok(value.occurred_at),
                    reference: Ok(value.reference),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LedgerPage {
            data: ::std::result::Result<::std::vec::Vec<super::LedgerEntry>, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for LedgerPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl LedgerPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LedgerEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LedgerPage> for super::LedgerPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LedgerPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::LedgerPage> for LedgerPage {
            fn from(value: super::LedgerPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LoginRequest {
            email: ::std::result::Result<super::LoginRequestEmail, ::std::string::String>,
            password: ::std::result::Result<super::LoginRequestPassword, ::std::string::String>,
        }

        impl ::std::default::Default for LoginRequest {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }

        impl LoginRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LoginRequestEmail>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LoginRequestPassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LoginRequest> for super::LoginRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    password: value.password?,
                })
            }
        }

        impl ::std::convert::From<super::LoginRequest> for LoginRequest {
            fn from(value: super::LoginRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    password: Ok(value.password),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct MediaView {
            audio_codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channels: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            codec: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_credentials: ::std::result::Result<
                ::std::option::Option<super::ContentCredentialsView>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            exif_stripped:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            format: ::std::result::Result<::std::string::String, ::std::string::String>,
            fps: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            height: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                ::std::string::String,
            >,
            sample_rate: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            sha256: ::std::result::Result<::std::string::String, ::std::string::String>,
            size_bytes: ::std::result::Result<i64, ::std::string::String>,
            width: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for MediaView {
            fn default() -> Self {
                Self {
                    audio_codec: Ok(Default::default()),
                    channels: Ok(Default::default()),
                    codec: Ok(Default::default()),
                    content_credentials: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    exif_stripped: Ok(Default::default()),
                    format: Err("no value supplied for format".to_string()),
                    fps: Ok(Default::default()),
                    height: Ok(Default::default()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    sample_rate: Ok(Default::default()),
                    sha256: Err("no value supplied for sha256".to_string()),
                    size_bytes: Err("no value supplied for size_bytes".to_string()),
                    width: Ok(Default::default()),
                }
            }
        }

        impl MediaView {
            pub fn audio_codec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.audio_codec = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for audio_codec: {e}"));
                self
            }
            pub fn channels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.channels = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for channels: {e}"));
                self
            }
            pub fn codec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.codec = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for codec: {e}"));
                self
            }
            pub fn content_credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ContentCredentialsView>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_credentials = value.try_into().map_err(|e| {
                    format!("error converting supplied value for content_credentials: {e}")
                });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for duration: {e}"));
                self
            }
            pub fn exif_stripped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.exif_stripped = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for exif_stripped: {e}"));
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for format: {e}"));
                self
            }
            pub fn fps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.fps = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fps: {e}"));
                self
            }
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for height: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metadata: {e}"));
                self
            }
            pub fn sample_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sample_rate = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for sample_rate: {e}"));
                self
            }
            pub fn sha256<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sha256 = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for sha256: {e}"));
                self
            }
            pub fn size_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for size_bytes: {e}"));
                self
            }
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for width: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<MediaView> for super::MediaView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audio_codec: value.audio_codec?,
                    channels: value.channels?,
                    codec: value.codec?,
                    content_credentials: value.content_credentials?,
                    duration: value.duration?,
                    exif_stripped: value.exif_stripped?,
                    format: value.format?,
                    fps: value.fps?,
                    height: value.height?,
                    metadata: value.metadata?,
                    sample_rate: value.sample_rate?,
                    sha256: value.sha256?,
                    size_bytes: value.size_bytes?,
                    width: value.width?,
                })
            }
        }

        impl ::std::convert::From<super::MediaView> for MediaView {
            fn from(value: super::MediaView) -> Self {
                Self {
                    audio_codec: Ok(value.audio_codec),
                    channels: Ok(value.channels),
                    codec: Ok(value.codec),
                    content_credentials: Ok(value.content_credentials),
                    duration: Ok(value.duration),
                    exif_stripped: Ok(value.exif_stripped),
                    format: Ok(value.format),
                    fps: Ok(value.fps),
                    height: Ok(value.height),
                    metadata: Ok(value.metadata),
                    sample_rate: Ok(value.sample_rate),
                    sha256: Ok(value.sha256),
                    size_bytes: Ok(value.size_bytes),
                    width: Ok(value.width),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Member {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
            status: ::std::result::Result<super::MemberStatus, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Member {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }

        impl Member {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MemberStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Member> for super::Member {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Member,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    role: value.role?,
                    status: value.status?,
                    user_id: value.user_id?,
                })
            }
        }

        impl ::std::convert::From<super::Member> for Member {
            fn from(value: super::Member) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    user_id: Ok(value.user_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct MemberList {
            data: ::std::result::Result<::std::vec::Vec<super::Member>, ::std::string::String>,
        }

        impl ::std::default::Default for MemberList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }

        impl MemberList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Member>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<MemberList> for super::MemberList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }

        impl ::std::convert::From<super::MemberList> for MemberList {
            fn from(value: super::MemberList) -> Self {
                Self {
                    data: Ok(value.data),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ModelInfo {
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            license: ::std::result::Result<::std::string::String, ::std::string::String>,
            media_types:
                ::std::result::Result<::std::vec::Vec<super::MediaType>, ::std::string::String>,
            metrics: ::std::result::Result<
                ::std::option::Option<super::ModelMetrics>,
                ::std::string::String,
            >,
            task: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
            weights: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ModelInfo {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    license: Err("no value supplied for license".to_string()),
                    media_types: Err("no value supplied for media_types".to_string()),
                    metrics: Ok(Default::default()),
                    task: Err("no value supplied for task".to_string()),
                    version: Err("no value supplied for version".to_string()),
                    weights: Err("no value supplied for weights".to_string()),
                }
            }
        }

        impl ModelInfo {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn license<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.license = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for license: {e}"));
                self
            }
            pub fn media_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MediaType>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_types: {e}"));
                self
            }
            pub fn metrics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ModelMetrics>>,
                T::Error: ::std::fmt::Display,
            {
                self.metrics = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for metrics: {e}"));
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for task: {e}"));
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
            pub fn weights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.weights = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for weights: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ModelInfo> for super::ModelInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ModelInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    id: value.id?,
                    license: value.license?,
                    media_types: value.media_types?,
                    metrics: value.metrics?,
                    task: value.task?,
                    version: value.version?,
                    weights: value.weights?,
                })
            }
        }

        impl ::std::convert::From<super::ModelInfo> for ModelInfo {
            fn from(value: super::ModelInfo) -> Self {
                Self {
                    description: Ok(value.description),
                    id: Ok(value.id),
                    license: Ok(value.license),
                    media_types: Ok(value.media_types),
                    metrics: Ok(value.metrics),
                    task: Ok(value.task),
                    version: Ok(value.version),
                    weights: Ok(value.weights),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ModelList {
            data: ::std::result::Result<::std::vec::Vec<super::ModelInfo>, ::std::string::String>,
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ModelList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }

        impl ModelList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ModelInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ModelList> for super::ModelList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ModelList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    object: value.object?,
                })
            }
        }

        impl ::std::convert::From<super::ModelList> for ModelList {
            fn from(value: super::ModelList) -> Self {
                Self {
                    data: Ok(value.data),
                    object: Ok(value.object),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ModelMetrics {
            accuracy: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            auc: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            dataset: ::std::result::Result<::std::string::String, ::std::string::String>,
            latency_ms_p50: ::std::result::Result<f64, ::std::string::String>,
            precision: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            recall: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            samples: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for ModelMetrics {
            fn default() -> Self {
                Self {
                    accuracy: Ok(Default::default()),
                    auc: Ok(Default::default()),
                    dataset: Err("no value supplied for dataset".to_string()),
                    latency_ms_p50: Err("no value supplied for latency_ms_p50".to_string()),
                    precision: Ok(Default::default()),
                    recall: Ok(Default::default()),
                    samples: Err("no value supplied for samples".to_string()),
                }
            }
        }

        impl ModelMetrics {
            pub fn accuracy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.accuracy = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for accuracy: {e}"));
                self
            }
            pub fn auc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.auc = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for auc: {e}"));
                self
            }
            pub fn dataset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.dataset = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dataset: {e}"));
                self
            }
            pub fn latency_ms_p50<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms_p50 = value.try_into().map_err(|e| {
                    format!("error converting supplied value for latency_ms_p50: {e}")
                });
                self
            }
            pub fn precision<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.precision = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for precision: {e}"));
                self
            }
            pub fn recall<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.recall = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for recall: {e}"));
                self
            }
            pub fn samples<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.samples = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for samples: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ModelMetrics> for super::ModelMetrics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ModelMetrics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accuracy: value.accuracy?,
                    auc: value.auc?,
                    dataset: value.dataset?,
                    latency_ms_p50: value.latency_ms_p50?,
                    precision: value.precision?,
                    recall: value.recall?,
                    samples: value.samples?,
                })
            }
        }

        impl ::std::convert::From<super::ModelMetrics> for ModelMetrics {
            fn from(value: super::ModelMetrics) -> Self {
                Self {
                    accuracy: Ok(value.accuracy),
                    auc: Ok(value.auc),
                    dataset: Ok(value.dataset),
                    latency_ms_p50: Ok(value.latency_ms_p50),
                    precision: Ok(value.precision),
                    recall: Ok(value.recall),
                    samples: Ok(value.samples),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ModelView {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            latency_ms: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
            score: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ModelView {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    latency_ms: Ok(Default::default()),
                    score: Ok(Default::default()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }

        impl ModelView {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_ms: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ModelView> for super::ModelView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ModelView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    latency_ms: value.latency_ms?,
                    score: value.score?,
                    version: value.version?,
                })
            }
        }

        impl ::std::convert::From<super::ModelView> for ModelView {
            fn from(value: super::ModelView) -> Self {
                Self {
                    id: Ok(value.id),
                    latency_ms: Ok(value.latency_ms),
                    score: Ok(value.score),
                    version: Ok(value.version),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PackView {
            credits: ::std::result::Result<i64, ::std::string::String>,
            currency: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            price: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for PackView {
            fn default() -> Self {
                Self {
                    credits: Err("no value supplied for credits".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    price: Err("no value supplied for price".to_string()),
                }
            }
        }

        impl PackView {
            pub fn credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.credits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits: {e}"));
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for currency: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for price: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PackView> for super::PackView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PackView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credits: value.credits?,
                    currency: value.currency?,
                    id: value.id?,
                    name: value.name?,
                    price: value.price?,
                })
            }
        }

        impl ::std::convert::From<super::PackView> for PackView {
            fn from(value: super::PackView) -> Self {
                Self {
                    credits: Ok(value.credits),
                    currency: Ok(value.currency),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    price: Ok(value.price),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PlanView {
            default_rate_limit_per_minute: ::std::result::Result<i64, ::std::string::String>,
            max_concurrent_jobs: ::std::result::Result<i64, ::std::string::String>,
            monthly_credits: ::std::result::Result<i64, ::std::string::String>,
            plan: ::std::result::Result<super::PlanName, ::std::string::String>,
            prices: ::std::result::Result<super::PricesView, ::std::string::String>,
        }

        impl ::std::default::Default for PlanView {
            fn default() -> Self {
                Self {
                    default_rate_limit_per_minute: Err(
                        "no value supplied for default_rate_limit_per_minute".to_string(),
                    ),
                    max_concurrent_jobs: Err(
                        "no value supplied for max_concurrent_jobs".to_string()
                    ),
                    monthly_credits: Err("no value supplied for monthly_credits".to_string()),
                    plan: Err("no value supplied for plan".to_string()),
                    prices: Err("no value supplied for prices".to_string()),
                }
            }
        }

        impl PlanView {
            pub fn default_rate_limit_per_minute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.default_rate_limit_per_minute = value.try_into().map_err(|e| {
                    format!(
                        "error converting supplied value for default_rate_limit_per_minute: {e}"
                    )
                });
                self
            }
            pub fn max_concurrent_jobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_concurrent_jobs = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_concurrent_jobs: {e}")
                });
                self
            }
            pub fn monthly_credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.monthly_credits = value.try_into().map_err(|e| {
                    format!("error converting supplied value for monthly_credits: {e}")
                });
                self
            }
            pub fn plan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PlanName>,
                T::Error: ::std::fmt::Display,
            {
                self.plan = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for plan: {e}"));
                self
            }
            pub fn prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PricesView>,
                T::Error: ::std::fmt::Display,
            {
                self.prices = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prices: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PlanView> for super::PlanView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PlanView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default_rate_limit_per_minute: value.default_rate_limit_per_minute?,
                    max_concurrent_jobs: value.max_concurrent_jobs?,
                    monthly_credits: value.monthly_credits?,
                    plan: value.plan?,
                    prices: value.prices?,
                })
            }
        }

        impl ::std::convert::From<super::PlanView> for PlanView {
            fn from(value: super::PlanView) -> Self {
                Self {
                    default_rate_limit_per_minute: Ok(value.default_rate_limit_per_minute),
                    max_concurrent_jobs: Ok(value.max_concurrent_jobs),
                    monthly_credits: Ok(value.monthly_credits),
                    plan: Ok(value.plan),
                    prices: Ok(value.prices),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct PricesView {
            ai_media: ::std::result::Result<i64, ::std::string::String>,
            audio: ::std::result::Result<i64, ::std::string::String>,
            document: ::std::result::Result<i64, ::std::string::String>,
            image: ::std::result::Result<i64, ::std::string::String>,
            long_video: ::std::result::Result<i64, ::std::string::String>,
            short_video: ::std::result::Result<i64, ::std::string::String>,
            short_video_secs: ::std::result::Result<i64, ::std::string::String>,
            text: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for PricesView {
            fn default() -> Self {
                Self {
                    ai_media: Err("no value supplied for ai_media".to_string()),
                    audio: Err("no value supplied for audio".to_string()),
                    document: Err("no value supplied for document".to_string()),
                    image: Err("no value supplied for image".to_string()),
                    long_video: Err("no value supplied for long_video".to_string()),
                    short_video: Err("no value supplied for short_video".to_string()),
                    short_video_secs: Err("no value supplied for short_video_secs".to_string()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }

        impl PricesView {
            pub fn ai_media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.ai_media = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ai_media: {e}"));
                self
            }
            pub fn audio<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.audio = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for audio: {e}"));
                self
            }
            pub fn document<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.document = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for document: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for image: {e}"));
                self
            }
            pub fn long_video<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.long_video = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for long_video: {e}"));
                self
            }
            pub fn short_video<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.short_video = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for short_video: {e}"));
                self
            }
            pub fn short_video_secs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.short_video_secs = value.try_into().map_err(|e| {
                    format!("error converting supplied value for short_video_secs: {e}")
                });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for text: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<PricesView> for super::PricesView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PricesView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ai_media: value.ai_media?,
                    audio: value.audio?,
                    document: value.document?,
                    image: value.image?,
                    long_video: value.long_video?,
                    short_video: value.short_video?,
                    short_video_secs: value.short_video_secs?,
                    text: value.text?,
                })
            }
        }

        impl ::std::convert::From<super::PricesView> for PricesView {
            fn from(value: super::PricesView) -> Self {
                Self {
                    ai_media: Ok(value.ai_media),
                    audio: Ok(value.audio),
                    document: Ok(value.document),
                    image: Ok(value.image),
                    long_video: Ok(value.long_video),
                    short_video: Ok(value.short_video),
                    short_video_secs: Ok(value.short_video_secs),
                    text: Ok(value.text),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Problem {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            instance: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<i32, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    detail: Err("no value supplied for detail".to_string()),
                    instance: Err("no value supplied for instance".to_string()),
                    request_id: Err("no value supplied for request_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Problem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for detail: {e}"));
                self
            }
            pub fn instance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.instance = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for instance: {e}"));
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for request_id: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for title: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    instance: value.instance?,
                    request_id: value.request_id?,
                    status: value.status?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    instance: Ok(value.instance),
                    request_id: Ok(value.request_id),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Queued {
            message_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Queued {
            fn default() -> Self {
                Self {
                    message_id: Err("no value supplied for message_id".to_string()),
                }
            }
        }

        impl Queued {
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Queued> for super::Queued {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Queued,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_id: value.message_id?,
                })
            }
        }

        impl ::std::convert::From<super::Queued> for Queued {
            fn from(value: super::Queued) -> Self {
                Self {
                    message_id: Ok(value.message_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Readiness {
            checks: ::std::result::Result<
                ::std::vec::Vec<super::ReadinessCheck>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Readiness {
            fn default() -> Self {
                Self {
                    checks: Err("no value supplied for checks".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl Readiness {
            pub fn checks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReadinessCheck>>,
                T::Error: ::std::fmt::Display,
            {
                self.checks = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for checks: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Readiness> for super::Readiness {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Readiness,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checks: value.checks?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::Readiness> for Readiness {
            fn from(value: super::Readiness) -> Self {
                Self {
                    checks: Ok(value.checks),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ReadinessCheck {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            latency_ms: ::std::result::Result<f64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<super::CheckStatus, ::std::string::String>,
        }

        impl ::std::default::Default for ReadinessCheck {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    latency_ms: Err("no value supplied for latency_ms".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl ReadinessCheck {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_ms: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ReadinessCheck> for super::ReadinessCheck {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReadinessCheck,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    latency_ms: value.latency_ms?,
                    name: value.name?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::ReadinessCheck> for ReadinessCheck {
            fn from(value: super::ReadinessCheck) -> Self {
                Self {
                    error: Ok(value.error),
                    latency_ms: Ok(value.latency_ms),
                    name: Ok(value.name),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RecoverOutcome {
            has_more: ::std::result::Result<bool, ::std::string::String>,
            queued: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for RecoverOutcome {
            fn default() -> Self {
                Self {
                    has_more: Err("no value supplied for has_more".to_string()),
                    queued: Err("no value supplied for queued".to_string()),
                }
            }
        }

        impl RecoverOutcome {
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn queued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.queued = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for queued: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RecoverOutcome> for super::RecoverOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RecoverOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    queued: value.queued?,
                })
            }
        }

        impl ::std::convert::From<super::RecoverOutcome> for RecoverOutcome {
            fn from(value: super::RecoverOutcome) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    queued: Ok(value.queued),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RefreshRequest {
            refresh_token:
                ::std::result::Result<super::RefreshRequestRefreshToken, ::std::string::String>,
        }

        impl ::std::default::Default for RefreshRequest {
            fn default() -> Self {
                Self {
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                }
            }
        }

        impl RefreshRequest {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefreshRequestRefreshToken>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refresh_token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RefreshRequest> for super::RefreshRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                })
            }
        }

        impl ::std::convert::From<super::RefreshRequest> for RefreshRequest {
            fn from(value: super::RefreshRequest) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RetryOutcome {
            queued: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<super::DeliveryStatus, ::std::string::String>,
        }

        impl ::std::default::Default for RetryOutcome {
            fn default() -> Self {
                Self {
                    queued: Err("no value supplied for queued".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl RetryOutcome {
            pub fn queued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.queued = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for queued: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliveryStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RetryOutcome> for super::RetryOutcome {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RetryOutcome,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    queued: value.queued?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::RetryOutcome> for RetryOutcome {
            fn from(value: super::RetryOutcome) -> Self {
                Self {
                    queued: Ok(value.queued),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RoleChange {
            role: ::std::result::Result<super::Role, ::std::string::String>,
        }

        impl ::std::default::Default for RoleChange {
            fn default() -> Self {
                Self {
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }

        impl RoleChange {
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RoleChange> for super::RoleChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoleChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { role: value.role? })
            }
        }

        impl ::std::convert::From<super::RoleChange> for RoleChange {
            fn from(value: super::RoleChange) -> Self {
                Self {
                    role: Ok(value.role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SegmentView {
            end: ::std::result::Result<f64, ::std::string::String>,
            score: ::std::result::Result<f32, ::std::string::String>,
            start: ::std::result::Result<f64, ::std::string::String>,
            track: ::std::result::Result<
                ::std::option::Option<super::SegmentTrack>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for SegmentView {
            fn default() -> Self {
                Self {
                    end: Err("no value supplied for end".to_string()),
                    score: Err("no value supplied for score".to_string()),
                    start: Err("no value supplied for start".to_string()),
                    track: Ok(Default::default()),
                }
            }
        }

        impl SegmentView {
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.end = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for end: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start: {e}"));
                self
            }
            pub fn track<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SegmentTrack>>,
                T::Error: ::std::fmt::Display,
            {
                self.track = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for track: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SegmentView> for super::SegmentView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SegmentView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end: value.end?,
                    score: value.score?,
                    start: value.start?,
                    track: value.track?,
                })
            }
        }

        impl ::std::convert::From<super::SegmentView> for SegmentView {
            fn from(value: super::SegmentView) -> Self {
                Self {
                    end: Ok(value.end),
                    score: Ok(value.score),
                    start: Ok(value.start),
                    track: Ok(value.track),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SessionTokens {
            access_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_in: ::std::result::Result<i64, ::std::string::String>,
            refresh_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            refresh_token_expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            token_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            user: ::std::result::Result<super::SessionUser, ::std::string::String>,
        }

        impl ::std::default::Default for SessionTokens {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                    refresh_token_expires_at: Err(
                        "no value supplied for refresh_token_expires_at".to_string()
                    ),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                    token_type: Err("no value supplied for token_type".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }

        impl SessionTokens {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for access_token: {e}"));
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_in: {e}"));
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refresh_token: {e}"));
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for refresh_token_expires_at: {e}")
                });
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token_type: {e}"));
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SessionUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SessionTokens> for super::SessionTokens {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionTokens,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    tenant_id: value.tenant_id?,
                    token_type: value.token_type?,
                    user: value.user?,
                })
            }
        }

        impl ::std::convert::From<super::SessionTokens> for SessionTokens {
            fn from(value: super::SessionTokens) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    tenant_id: Ok(value.tenant_id),
                    token_type: Ok(value.token_type),
                    user: Ok(value.user),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SessionUser {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
        }

        impl ::std::default::Default for SessionUser {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }

        impl SessionUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SessionUser> for super::SessionUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    role: value.role?,
                })
            }
        }

        impl ::std::convert::From<super::SessionUser> for SessionUser {
            fn from(value: super::SessionUser) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    role: Ok(value.role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SignalView {
            contribution: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            score: ::std::result::Result<::std::option::Option<f32>, ::std::string::String>,
        }

        impl ::std::default::Default for SignalView {
            fn default() -> Self {
                Self {
                    contribution: Ok(Default::default()),
                    detail: Err("no value supplied for detail".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    score: Ok(Default::default()),
                }
            }
        }

        impl SignalView {
            pub fn contribution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.contribution = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for contribution: {e}"));
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for detail: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SignalView> for super::SignalView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignalView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contribution: value.contribution?,
                    detail: value.detail?,
                    name: value.name?,
                    score: value.score?,
                })
            }
        }

        impl ::std::convert::From<super::SignalView> for SignalView {
            fn from(value: super::SignalView) -> Self {
                Self {
                    contribution: Ok(value.contribution),
                    detail: Ok(value.detail),
                    name: Ok(value.name),
                    score: Ok(value.score),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SigningSecret {
            previous_secret_valid_until: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            secret: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for SigningSecret {
            fn default() -> Self {
                Self {
                    previous_secret_valid_until: Ok(Default::default()),
                    secret: Err("no value supplied for secret".to_string()),
                }
            }
        }

        impl SigningSecret {
            pub fn previous_secret_valid_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_secret_valid_until = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_secret_valid_until: {e}")
                });
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for secret: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SigningSecret> for super::SigningSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SigningSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    previous_secret_valid_until: value.previous_secret_valid_until?,
                    secret: value.secret?,
                })
            }
        }

        impl ::std::convert::From<super::SigningSecret> for SigningSecret {
            fn from(value: super::SigningSecret) -> Self {
                Self {
                    previous_secret_valid_until: Ok(value.previous_secret_valid_until),
                    secret: Ok(value.secret),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SignupRequest {
            email: ::std::result::Result<super::SignupRequestEmail, ::std::string::String>,
            organization_name:
                ::std::result::Result<super::SignupRequestOrganizationName, ::std::string::String>,
            password: ::std::result::Result<super::SignupRequestPassword, ::std::string::String>,
        }

        impl ::std::default::Default for SignupRequest {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    organization_name: Err("no value supplied for organization_name".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }

        impl SignupRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SignupRequestEmail>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn organization_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SignupRequestOrganizationName>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_name = value.try_into().map_err(|e| {
                    format!("error converting supplied value for organization_name: {e}")
                });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SignupRequestPassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SignupRequest> for super::SignupRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignupRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    organization_name: value.organization_name?,
                    password: value.password?,
                })
            }
        }

        impl ::std::convert::From<super::SignupRequest> for SignupRequest {
            fn from(value: super::SignupRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    organization_name: Ok(value.organization_name),
                    password: Ok(value.password),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SuspiciousFrameView {
            frame: ::std::result::Result<i64, ::std::string::String>,
            issue: ::std::result::Result<::std::string::String, ::std::string::String>,
            score: ::std::result::Result<f32, ::std::string::String>,
            timestamp: ::std::result::Result<f64, ::std::string::String>,
        }

        impl ::std::default::Default for SuspiciousFrameView {
            fn default() -> Self {
                Self {
                    frame: Err("no value supplied for frame".to_string()),
                    issue: Err("no value supplied for issue".to_string()),
                    score: Err("no value supplied for score".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                }
            }
        }

        impl SuspiciousFrameView {
            pub fn frame<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.frame = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for frame: {e}"));
                self
            }
            pub fn issue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.issue = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for issue: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for timestamp: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SuspiciousFrameView> for super::SuspiciousFrameView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuspiciousFrameView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    frame: value.frame?,
                    issue: value.issue?,
                    score: value.score?,
                    timestamp: value.timestamp?,
                })
            }
        }

        impl ::std::convert::From<super::SuspiciousFrameView> for SuspiciousFrameView {
            fn from(value: super::SuspiciousFrameView) -> Self {
                Self {
                    frame: Ok(value.frame),
                    issue: Ok(value.issue),
                    score: Ok(value.score),
                    timestamp: Ok(value.timestamp),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TextHighlightView {
            end: ::std::result::Result<i64, ::std::string::String>,
            end_utf16: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            reasons: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<f32, ::std::string::String>,
            start: ::std::result::Result<i64, ::std::string::String>,
            start_utf16: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for TextHighlightView {
            fn default() -> Self {
                Self {
                    end: Err("no value supplied for end".to_string()),
                    end_utf16: Ok(Default::default()),
                    reasons: Err("no value supplied for reasons".to_string()),
                    score: Err("no value supplied for score".to_string()),
                    start: Err("no value supplied for start".to_string()),
                    start_utf16: Ok(Default::default()),
                }
            }
        }

        impl TextHighlightView {
            pub fn end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.end = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for end: {e}"));
                self
            }
            pub fn end_utf16<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_utf16 = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for end_utf16: {e}"));
                self
            }
            pub fn reasons<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reasons = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for reasons: {e}"));
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for score: {e}"));
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start: {e}"));
                self
            }
            pub fn start_utf16<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_utf16 = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start_utf16: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TextHighlightView> for super::TextHighlightView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TextHighlightView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end: value.end?,
                    end_utf16: value.end_utf16?,
                    reasons: value.reasons?,
                    score: value.score?,
                    start: value.start?,
                    start_utf16: value.start_utf16?,
                })
            }
        }

        impl ::std::convert::From<super::TextHighlightView> for TextHighlightView {
            fn from(value: super::TextHighlightView) -> Self {
                Self {
                    end: Ok(value.end),
                    end_utf16: Ok(value.end_utf16),
                    reasons: Ok(value.reasons),
                    score: Ok(value.score),
                    start: Ok(value.start),
                    start_utf16: Ok(value.start_utf16),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UpdateApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<super::UpdateApiKeyAllowedIpsItem>,
                ::std::string::String,
            >,
            daily_limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::UpdateApiKeyName>,
                ::std::string::String,
            >,
            rate_limit_per_minute:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            scopes: ::std::result::Result<::std::vec::Vec<super::Scope>, ::std::string::String>,
        }

        impl ::std::default::Default for UpdateApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Ok(Default::default()),
                    daily_limit: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    name: Ok(Default::default()),
                    rate_limit_per_minute: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }

        impl UpdateApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UpdateApiKeyAllowedIpsItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn daily_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for daily_limit: {e}"));
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UpdateApiKeyName>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn rate_limit_per_minute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_minute = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_minute: {e}")
                });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Scope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scopes: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UpdateApiKey> for super::UpdateApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    daily_limit: value.daily_limit?,
                    expires_at: value.expires_at?,
                    name: value.name?,
                    rate_limit_per_minute: value.rate_limit_per_minute?,
                    scopes: value.scopes?,
                })
            }
        }

        impl ::std::convert::From<super::UpdateApiKey> for UpdateApiKey {
            fn from(value: super::UpdateApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    daily_limit: Ok(value.daily_limit),
                    expires_at: Ok(value.expires_at),
                    name: Ok(value.name),
                    rate_limit_per_minute: Ok(value.rate_limit_per_minute),
                    scopes: Ok(value.scopes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UpdateWebhookEndpoint {
            description: ::std::result::Result<
                ::std::option::Option<super::UpdateWebhookEndpointDescription>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            event_types: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventType>,
                ::std::string::String,
            >,
            payload_format: ::std::result::Result<
                ::std::option::Option<super::WebhookPayloadFormat>,
                ::std::string::String,
            >,
            rate_limit_per_second:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            risk_threshold:
                ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            url: ::std::result::Result<
                ::std::option::Option<super::UpdateWebhookEndpointUrl>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UpdateWebhookEndpoint {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    event_types: Ok(Default::default()),
                    payload_format: Ok(Default::default()),
                    rate_limit_per_second: Ok(Default::default()),
                    risk_threshold: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }

        impl UpdateWebhookEndpoint {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateWebhookEndpointDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for enabled: {e}"));
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for event_types: {e}"));
                self
            }
            pub fn payload_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WebhookPayloadFormat>>,
                T::Error: ::std::fmt::Display,
            {
                self.payload_format = value.try_into().map_err(|e| {
                    format!("error converting supplied value for payload_format: {e}")
                });
                self
            }
            pub fn rate_limit_per_second<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_second = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_second: {e}")
                });
                self
            }
            pub fn risk_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_threshold = value.try_into().map_err(|e| {
                    format!("error converting supplied value for risk_threshold: {e}")
                });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UpdateWebhookEndpointUrl>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UpdateWebhookEndpoint> for super::UpdateWebhookEndpoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebhookEndpoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    enabled: value.enabled?,
                    event_types: value.event_types?,
                    payload_format: value.payload_format?,
                    rate_limit_per_second: value.rate_limit_per_second?,
                    risk_threshold: value.risk_threshold?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::UpdateWebhookEndpoint> for UpdateWebhookEndpoint {
            fn from(value: super::UpdateWebhookEndpoint) -> Self {
                Self {
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    event_types: Ok(value.event_types),
                    payload_format: Ok(value.payload_format),
                    rate_limit_per_second: Ok(value.rate_limit_per_second),
                    risk_threshold: Ok(value.risk_threshold),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsageGroup {
            credits: ::std::result::Result<i64, ::std::string::String>,
            jobs: ::std::result::Result<i64, ::std::string::String>,
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for UsageGroup {
            fn default() -> Self {
                Self {
                    credits: Err("no value supplied for credits".to_string()),
                    jobs: Err("no value supplied for jobs".to_string()),
                    key: Err("no value supplied for key".to_string()),
                }
            }
        }

        impl UsageGroup {
            pub fn credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.credits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits: {e}"));
                self
            }
            pub fn jobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.jobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jobs: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for key: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsageGroup> for super::UsageGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsageGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credits: value.credits?,
                    jobs: value.jobs?,
                    key: value.key?,
                })
            }
        }

        impl ::std::convert::From<super::UsageGroup> for UsageGroup {
            fn from(value: super::UsageGroup) -> Self {
                Self {
                    credits: Ok(value.credits),
                    jobs: Ok(value.jobs),
                    key: Ok(value.key),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsageView {
            credits: ::std::result::Result<i64, ::std::string::String>,
            data: ::std::result::Result<::std::vec::Vec<super::UsageGroup>, ::std::string::String>,
            from: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            group_by: ::std::result::Result<super::GroupBy, ::std::string::String>,
            jobs: ::std::result::Result<i64, ::std::string::String>,
            to: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UsageView {
            fn default() -> Self {
                Self {
                    credits: Err("no value supplied for credits".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    from: Err("no value supplied for from".to_string()),
                    group_by: Err("no value supplied for group_by".to_string()),
                    jobs: Err("no value supplied for jobs".to_string()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }

        impl UsageView {
            pub fn credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.credits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits: {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UsageGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for from: {e}"));
                self
            }
            pub fn group_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GroupBy>,
                T::Error: ::std::fmt::Display,
            {
                self.group_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_by: {e}"));
                self
            }
            pub fn jobs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.jobs = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for jobs: {e}"));
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsageView> for super::UsageView {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsageView,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credits: value.credits?,
                    data: value.data?,
                    from: value.from?,
                    group_by: value.group_by?,
                    jobs: value.jobs?,
                    to: value.to?,
                })
            }
        }

        impl ::std::convert::From<super::UsageView> for UsageView {
            fn from(value: super::UsageView) -> Self {
                Self {
                    credits: Ok(value.credits),
                    data: Ok(value.data),
                    from: Ok(value.from),
                    group_by: Ok(value.group_by),
                    jobs: Ok(value.jobs),
                    to: Ok(value.to),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct VeriplusEnvelope {
            data: ::std::result::Result<super::VeriplusJob, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for VeriplusEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl VeriplusEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VeriplusJob>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<VeriplusEnvelope> for super::VeriplusEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VeriplusEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::VeriplusEnvelope> for VeriplusEnvelope {
            fn from(value: super::VeriplusEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct VeriplusError {
            error: ::std::result::Result<super::VeriplusErrorDetail, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for VeriplusError {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl VeriplusError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VeriplusErrorDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<VeriplusError> for super::VeriplusError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VeriplusError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::VeriplusError> for VeriplusError {
            fn from(value: super::VeriplusError) -> Self {
                Self {
                    error: Ok(value.error),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct VeriplusErrorDetail {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for VeriplusErrorDetail {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl VeriplusErrorDetail {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<VeriplusErrorDetail> for super::VeriplusErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VeriplusErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::VeriplusErrorDetail> for VeriplusErrorDetail {
            fn from(value: super::VeriplusErrorDetail) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct VeriplusJob {
            analysis: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            completed_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            credits_used: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            estimated_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_deepfake: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            is_synthetic: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            manipulation_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_type: ::std::result::Result<::std::string::String, ::std::string::String>,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processed_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommendation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            risk_score: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            suspicious_frames:
                ::std::result::Result<::std::vec::Vec<::serde_json::Value>, ::std::string::String>,
            video: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for VeriplusJob {
            fn default() -> Self {
                Self {
                    analysis: Ok(Default::default()),
                    completed_at: Ok(Default::default()),
                    confidence: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    credits_used: Ok(Default::default()),
                    error: Ok(Default::default()),
                    estimated_time: Ok(Default::default()),
                    is_deepfake: Ok(Default::default()),
                    is_synthetic: Ok(Default::default()),
                    job_id: Err("no value supplied for job_id".to_string()),
                    manipulation_type: Ok(Default::default()),
                    media_type: Err("no value supplied for media_type".to_string()),
                    method: Ok(Default::default()),
                    processed_at: Ok(Default::default()),
                    recommendation: Ok(Default::default()),
                    result: Ok(Default::default()),
                    risk_score: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    suspicious_frames: Ok(Default::default()),
                    video: Ok(Default::default()),
                }
            }
        }

        impl VeriplusJob {
            pub fn analysis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.analysis = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for analysis: {e}"));
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for completed_at: {e}"));
                self
            }
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for confidence: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn credits_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.credits_used = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits_used: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn estimated_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_time = value.try_into().map_err(|e| {
                    format!("error converting supplied value for estimated_time: {e}")
                });
                self
            }
            pub fn is_deepfake<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deepfake = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_deepfake: {e}"));
                self
            }
            pub fn is_synthetic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_synthetic = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_synthetic: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn manipulation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manipulation_type = value.try_into().map_err(|e| {
                    format!("error converting supplied value for manipulation_type: {e}")
                });
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for media_type: {e}"));
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for method: {e}"));
                self
            }
            pub fn processed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.processed_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for processed_at: {e}"));
                self
            }
            pub fn recommendation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommendation = value.try_into().map_err(|e| {
                    format!("error converting supplied value for recommendation: {e}")
                });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
            pub fn risk_score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_score = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for risk_score: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn suspicious_frames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspicious_frames = value.try_into().map_err(|e| {
                    format!("error converting supplied value for suspicious_frames: {e}")
                });
                self
            }
            pub fn video<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.video = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for video: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<VeriplusJob> for super::VeriplusJob {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VeriplusJob,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analysis: value.analysis?,
                    completed_at: value.completed_at?,
                    confidence: value.confidence?,
                    created_at: value.created_at?,
                    credits_used: value.credits_used?,
                    error: value.error?,
                    estimated_time: value.estimated_time?,
                    is_deepfake: value.is_deepfake?,
                    is_synthetic: value.is_synthetic?,
                    job_id: value.job_id?,
                    manipulation_type: value.manipulation_type?,
                    media_type: value.media_type?,
                    method: value.method?,
                    processed_at: value.processed_at?,
                    recommendation: value.recommendation?,
                    result: value.result?,
                    risk_score: value.risk_score?,
                    status: value.status?,
                    suspicious_frames: value.suspicious_frames?,
                    video: value.video?,
                })
            }
        }

        impl ::std::convert::From<super::VeriplusJob> for VeriplusJob {
            fn from(value: super::VeriplusJob) -> Self {
                Self {
                    analysis: Ok(value.analysis),
                    completed_at: Ok(value.completed_at),
                    confidence: Ok(value.confidence),
                    created_at: Ok(value.created_at),
                    credits_used: Ok(value.credits_used),
                    error: Ok(value.error),
                    estimated_time: Ok(value.estimated_time),
                    is_deepfake: Ok(value.is_deepfake),
                    is_synthetic: Ok(value.is_synthetic),
                    job_id: Ok(value.job_id),
                    manipulation_type: Ok(value.manipulation_type),
                    media_type: Ok(value.media_type),
                    method: Ok(value.method),
                    processed_at: Ok(value.processed_at),
                    recommendation: Ok(value.recommendation),
                    result: Ok(value.result),
                    risk_score: Ok(value.risk_score),
                    status: Ok(value.status),
                    suspicious_frames: Ok(value.suspicious_frames),
                    video: Ok(value.video),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct VeriplusList {
            data: ::std::result::Result<::std::vec::Vec<super::VeriplusJob>, ::std::string::String>,
            success: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for VeriplusList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }

        impl VeriplusList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::VeriplusJob>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for success: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<VeriplusList> for super::VeriplusList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VeriplusList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }

        impl ::std::convert::From<super::VeriplusList> for VeriplusList {
            fn from(value: super::VeriplusList) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookAttempt {
            attempt: ::std::result::Result<i64, ::std::string::String>,
            attempted_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            latency_ms: ::std::result::Result<i64, ::std::string::String>,
            message_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            response_excerpt: ::std::result::Result<::std::string::String, ::std::string::String>,
            status_code: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WebhookAttempt {
            fn default() -> Self {
                Self {
                    attempt: Err("no value supplied for attempt".to_string()),
                    attempted_at: Err("no value supplied for attempted_at".to_string()),
                    error: Ok(Default::default()),
                    latency_ms: Err("no value supplied for latency_ms".to_string()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    response_excerpt: Err("no value supplied for response_excerpt".to_string()),
                    status_code: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }

        impl WebhookAttempt {
            pub fn attempt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempt = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for attempt: {e}"));
                self
            }
            pub fn attempted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempted_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for attempted_at: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn latency_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.latency_ms = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for latency_ms: {e}"));
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message_id: {e}"));
                self
            }
            pub fn response_excerpt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_excerpt = value.try_into().map_err(|e| {
                    format!("error converting supplied value for response_excerpt: {e}")
                });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status_code: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookAttempt> for super::WebhookAttempt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAttempt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempt: value.attempt?,
                    attempted_at: value.attempted_at?,
                    error: value.error?,
                    latency_ms: value.latency_ms?,
                    message_id: value.message_id?,
                    response_excerpt: value.response_excerpt?,
                    status_code: value.status_code?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookAttempt> for WebhookAttempt {
            fn from(value: super::WebhookAttempt) -> Self {
                Self {
                    attempt: Ok(value.attempt),
                    attempted_at: Ok(value.attempted_at),
                    error: Ok(value.error),
                    latency_ms: Ok(value.latency_ms),
                    message_id: Ok(value.message_id),
                    response_excerpt: Ok(value.response_excerpt),
                    status_code: Ok(value.status_code),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookAttemptPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WebhookAttempt>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WebhookAttemptPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl WebhookAttemptPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookAttempt>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookAttemptPage> for super::WebhookAttemptPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAttemptPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookAttemptPage> for WebhookAttemptPage {
            fn from(value: super::WebhookAttemptPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookDelivery {
            attempts: ::std::result::Result<i64, ::std::string::String>,
            endpoint_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
            last_status_code:
                ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            message_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            next_attempt_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::DeliveryStatus, ::std::string::String>,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WebhookDelivery {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    endpoint_id: Ok(Default::default()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    last_status_code: Ok(Default::default()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    next_attempt_at: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    url: Ok(Default::default()),
                }
            }
        }

        impl WebhookDelivery {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for attempts: {e}"));
                self
            }
            pub fn endpoint_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for endpoint_id: {e}"));
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for event_type: {e}"));
                self
            }
            pub fn last_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_status_code = value.try_into().map_err(|e| {
                    format!("error converting supplied value for last_status_code: {e}")
                });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message_id: {e}"));
                self
            }
            pub fn next_attempt_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_attempt_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for next_attempt_at: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliveryStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookDelivery> for super::WebhookDelivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookDelivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    endpoint_id: value.endpoint_id?,
                    event_type: value.event_type?,
                    last_status_code: value.last_status_code?,
                    message_id: value.message_id?,
                    next_attempt_at: value.next_attempt_at?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookDelivery> for WebhookDelivery {
            fn from(value: super::WebhookDelivery) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    endpoint_id: Ok(value.endpoint_id),
                    event_type: Ok(value.event_type),
                    last_status_code: Ok(value.last_status_code),
                    message_id: Ok(value.message_id),
                    next_attempt_at: Ok(value.next_attempt_at),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookEndpoint {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            disabled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            disabled_detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disabled_reason: ::std::result::Result<
                ::std::option::Option<super::DisableReason>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            event_types: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            payload_format:
                ::std::result::Result<super::WebhookPayloadFormat, ::std::string::String>,
            previous_secret_valid_until: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            rate_limit_per_second:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            risk_threshold: ::std::result::Result<i32, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WebhookEndpoint {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    disabled_at: Ok(Default::default()),
                    disabled_detail: Ok(Default::default()),
                    disabled_reason: Ok(Default::default()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    event_types: Err("no value supplied for event_types".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    payload_format: Err("no value supplied for payload_format".to_string()),
                    previous_secret_valid_until: Ok(Default::default()),
                    rate_limit_per_second: Ok(Default::default()),
                    risk_threshold: Err("no value supplied for risk_threshold".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }

        impl WebhookEndpoint {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn disabled_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.disabled_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for disabled_at: {e}"));
                self
            }
            pub fn disabled_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled_detail = value.try_into().map_err(|e| {
                    format!("error converting supplied value for disabled_detail: {e}")
                });
                self
            }
            pub fn disabled_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DisableReason>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled_reason = value.try_into().map_err(|e| {
                    format!("error converting supplied value for disabled_reason: {e}")
                });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for enabled: {e}"));
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for event_types: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn payload_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookPayloadFormat>,
                T::Error: ::std::fmt::Display,
            {
                self.payload_format = value.try_into().map_err(|e| {
                    format!("error converting supplied value for payload_format: {e}")
                });
                self
            }
            pub fn previous_secret_valid_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.previous_secret_valid_until = value.try_into().map_err(|e| {
                    format!("error converting supplied value for previous_secret_valid_until: {e}")
                });
                self
            }
            pub fn rate_limit_per_second<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limit_per_second = value.try_into().map_err(|e| {
                    format!("error converting supplied value for rate_limit_per_second: {e}")
                });
                self
            }
            pub fn risk_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_threshold = value.try_into().map_err(|e| {
                    format!("error converting supplied value for risk_threshold: {e}")
                });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookEndpoint> for super::WebhookEndpoint {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEndpoint,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    disabled_at: value.disabled_at?,
                    disabled_detail: value.disabled_detail?,
                    disabled_reason: value.disabled_reason?,
                    enabled: value.enabled?,
                    event_types: value.event_types?,
                    id: value.id?,
                    payload_format: value.payload_format?,
                    previous_secret_valid_until: value.previous_secret_valid_until?,
                    rate_limit_per_second: value.rate_limit_per_second?,
                    risk_threshold: value.risk_threshold?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookEndpoint> for WebhookEndpoint {
            fn from(value: super::WebhookEndpoint) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    disabled_at: Ok(value.disabled_at),
                    disabled_detail: Ok(value.disabled_detail),
                    disabled_reason: Ok(value.disabled_reason),
                    enabled: Ok(value.enabled),
                    event_types: Ok(value.event_types),
                    id: Ok(value.id),
                    payload_format: Ok(value.payload_format),
                    previous_secret_valid_until: Ok(value.previous_secret_valid_until),
                    rate_limit_per_second: Ok(value.rate_limit_per_second),
                    risk_threshold: Ok(value.risk_threshold),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookEndpointPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WebhookEndpoint>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WebhookEndpointPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl WebhookEndpointPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookEndpoint>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookEndpointPage> for super::WebhookEndpointPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEndpointPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookEndpointPage> for WebhookEndpointPage {
            fn from(value: super::WebhookEndpointPage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookEndpointWithSecret {
            endpoint: ::std::result::Result<super::WebhookEndpoint, ::std::string::String>,
            secret: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for WebhookEndpointWithSecret {
            fn default() -> Self {
                Self {
                    endpoint: Err("no value supplied for endpoint".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                }
            }
        }

        impl WebhookEndpointWithSecret {
            pub fn endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEndpoint>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for endpoint: {e}"));
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for secret: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookEndpointWithSecret> for super::WebhookEndpointWithSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEndpointWithSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    endpoint: value.endpoint?,
                    secret: value.secret?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookEndpointWithSecret> for WebhookEndpointWithSecret {
            fn from(value: super::WebhookEndpointWithSecret) -> Self {
                Self {
                    endpoint: Ok(value.endpoint),
                    secret: Ok(value.secret),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookMessage {
            attempts: ::std::result::Result<i64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            endpoint_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<super::WebhookEventType, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_attempt_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_status_code:
                ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
            next_attempt_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<::serde_json::Value, ::std::string::String>,
            status: ::std::result::Result<super::DeliveryStatus, ::std::string::String>,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WebhookMessage {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    endpoint_id: Ok(Default::default()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    job_id: Ok(Default::default()),
                    last_attempt_at: Ok(Default::default()),
                    last_status_code: Ok(Default::default()),
                    next_attempt_at: Ok(Default::default()),
                    payload: Err("no value supplied for payload".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    url: Ok(Default::default()),
                }
            }
        }

        impl WebhookMessage {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for attempts: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn endpoint_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for endpoint_id: {e}"));
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for event_type: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for job_id: {e}"));
                self
            }
            pub fn last_attempt_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_attempt_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for last_attempt_at: {e}")
                });
                self
            }
            pub fn last_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_status_code = value.try_into().map_err(|e| {
                    format!("error converting supplied value for last_status_code: {e}")
                });
                self
            }
            pub fn next_attempt_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_attempt_at = value.try_into().map_err(|e| {
                    format!("error converting supplied value for next_attempt_at: {e}")
                });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for payload: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliveryStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookMessage> for super::WebhookMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    created_at: value.created_at?,
                    endpoint_id: value.endpoint_id?,
                    event_type: value.event_type?,
                    id: value.id?,
                    job_id: value.job_id?,
                    last_attempt_at: value.last_attempt_at?,
                    last_status_code: value.last_status_code?,
                    next_attempt_at: value.next_attempt_at?,
                    payload: value.payload?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookMessage> for WebhookMessage {
            fn from(value: super::WebhookMessage) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    created_at: Ok(value.created_at),
                    endpoint_id: Ok(value.endpoint_id),
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    job_id: Ok(value.job_id),
                    last_attempt_at: Ok(value.last_attempt_at),
                    last_status_code: Ok(value.last_status_code),
                    next_attempt_at: Ok(value.next_attempt_at),
                    payload: Ok(value.payload),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookMessagePage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WebhookMessage>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for WebhookMessagePage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl WebhookMessagePage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookMessage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_more: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookMessagePage> for super::WebhookMessagePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookMessagePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookMessagePage> for WebhookMessagePage {
            fn from(value: super::WebhookMessagePage) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WebhookReceipt {
            credits: ::std::result::Result<i64, ::std::string::String>,
            outcome: ::std::result::Result<super::ReceiptOutcome, ::std::string::String>,
            received: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for WebhookReceipt {
            fn default() -> Self {
                Self {
                    credits: Err("no value supplied for credits".to_string()),
                    outcome: Err("no value supplied for outcome".to_string()),
                    received: Err("no value supplied for received".to_string()),
                }
            }
        }

        impl WebhookReceipt {
            pub fn credits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.credits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for credits: {e}"));
                self
            }
            pub fn outcome<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReceiptOutcome>,
                T::Error: ::std::fmt::Display,
            {
                self.outcome = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for outcome: {e}"));
                self
            }
            pub fn received<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.received = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for received: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WebhookReceipt> for super::WebhookReceipt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookReceipt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credits: value.credits?,
                    outcome: value.outcome?,
                    received: value.received?,
                })
            }
        }

        impl ::std::convert::From<super::WebhookReceipt> for WebhookReceipt {
            fn from(value: super::WebhookReceipt) -> Self {
                Self {
                    credits: Ok(value.credits),
                    outcome: Ok(value.outcome),
                    received: Ok(value.received),
                }
            }
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}

#[derive(Clone, Debug)]
///Client for Veracity API
///
///Veracity detects deepfakes and AI-generated media in images, video, audio
/// and text.
///
///Two kinds of credentials: dashboard users sign in at `/v1/auth/login` and
/// call the admin endpoints (members, API keys, audit log) with the short-lived
/// access token; your servers call the detection and job endpoints with an API
/// key (`Authorization: Bearer vk_live_…` or `X-API-Key`). Key-authenticated
/// responses carry `RateLimit-Policy` and `RateLimit` headers.
///
///Every error is an RFC 9457 `application/problem+json` document with a stable
/// `code` and the `request_id` (also in the `X-Request-Id` header of every
/// response; send your own to correlate).
///
///Version: 0.1.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "0.1.0"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
impl Client {
    ///Create an organisation
    ///
    ///Creates an organisation on plan FREE with you as its owner, and signs
    /// you in: the answer holds a 15-minute access token for the admin
    /// endpoints and a refresh token. 409 `EMAIL_TAKEN` if the address
    /// already belongs to a user; 422 `VALIDATION_FAILED` for a
    /// password under 12 characters, a malformed address or an empty name; 429
    ///`SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one
    /// client address (an IPv6
    ////64) within an hour.
    ///
    ///Sends a `POST` request to `/v1/auth/signup`
    ///
    ///```ignore
    /// let response = client.signup()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn signup(&self) -> builder::Signup<'_> {
        builder::Signup::new(self)
    }

    ///Log in
    ///
    ///Exchanges an e-mail address and password for a 15-minute access token
    /// (HS256 JWT with `iss`, `aud`, `sub`, `tenant`, `role`, `exp`) and a
    /// refresh token. A wrong address and a wrong password are answered
    /// alike (401 `INVALID_CREDENTIALS`) and take the same time.
    /// After 5 failures for one address, or 20 from one client address, within
    /// 15 minutes, attempts are refused with 429 `LOGIN_THROTTLED` and
    /// `Retry-After` until the budget refills.
    ///
    ///Sends a `POST` request to `/v1/auth/login`
    ///
    ///```ignore
    /// let response = client.login()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn login(&self) -> builder::Login<'_> {
        builder::Login::new(self)
    }

    ///Refresh the access token
    ///
    ///Exchanges a refresh token for a new access token and a new refresh
    /// token; the one sent stops working. Sending an already-used refresh
    /// token again ends the whole session (it was probably copied) and is
    /// recorded in the audit log: log in again.
    ///
    ///Sends a `POST` request to `/v1/auth/refresh`
    ///
    ///```ignore
    /// let response = client.refresh_token()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn refresh_token(&self) -> builder::RefreshToken<'_> {
        builder::RefreshToken::new(self)
    }

    ///Log out
    ///
    ///Ends the session the refresh token belongs to; the refresh token stops
    /// working at once and access tokens already issued expire on their own
    /// within 15 minutes. Answers 204 for an unknown or already-ended
    /// session too, so it is safe to retry.
    ///
    ///Sends a `POST` request to `/v1/auth/logout`
    ///
    ///```ignore
    /// let response = client.logout()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn logout(&self) -> builder::Logout<'_> {
        builder::Logout::new(self)
    }

    ///Accept an invitation
    ///
    ///Sets the invited member's password and signs them in. The token works
    /// once and for 7 days; 401 `AUTH_INVALID` if it is unknown, used,
    /// expired or the invitation was withdrawn.
    ///
    ///Sends a `POST` request to `/v1/auth/accept-invitation`
    ///
    ///```ignore
    /// let response = client.accept_invitation()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn accept_invitation(&self) -> builder::AcceptInvitation<'_> {
        builder::AcceptInvitation::new(self)
    }

    ///List members
    ///
    ///Everyone in your organisation with their role and status. Any member may
    /// list.
    ///
    ///Sends a `GET` request to `/v1/members`
    ///
    ///```ignore
    /// let response = client.list_members()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_members(&self) -> builder::ListMembers<'_> {
        builder::ListMembers::new(self)
    }

    ///Invite a member
    ///
    ///Adds `email` with `role` as an invited member and returns a one-time
    /// invitation token (valid 7 days) for them to set a password. Owners
    /// and admins may invite; only owners may invite owners. 409
    /// `EMAIL_TAKEN` if the address already belongs to a user.
    ///
    ///Sends a `POST` request to `/v1/members`
    ///
    ///```ignore
    /// let response = client.invite_member()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn invite_member(&self) -> builder::InviteMember<'_> {
        builder::InviteMember::new(self)
    }

    ///Remove a member
    ///
    ///The member can no longer use the admin endpoints (at once: roles are
    /// checked on every request) and their e-mail address is freed. The
    /// last owner cannot be removed (409 `LAST_OWNER`); admins cannot
    /// remove owners.
    ///
    ///Sends a `DELETE` request to `/v1/members/{user_id}`
    ///
    ///```ignore
    /// let response = client.remove_member()
    ///    .user_id(user_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn remove_member(&self) -> builder::RemoveMember<'_> {
        builder::RemoveMember::new(self)
    }

    ///Change a member's role
    ///
    ///Owners and admins may change roles; only owners may make or unmake
    /// owners. The last owner cannot be demoted (409 `LAST_OWNER`).
    ///
    ///Sends a `PATCH` request to `/v1/members/{user_id}`
    ///
    ///```ignore
    /// let response = client.change_member_role()
    ///    .user_id(user_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn change_member_role(&self) -> builder::ChangeMemberRole<'_> {
        builder::ChangeMemberRole::new(self)
    }

    ///List API keys
    ///
    ///Your organisation's keys, newest first, revoked ones included (with
    /// `status`). Cursor pagination: pass the last `id` you got as
    /// `starting_after`.
    ///
    ///Sends a `GET` request to `/v1/api-keys`
    ///
    ///Arguments:
    /// - `limit`: 1-100, default 20.
    /// - `starting_after`: The `id` of the last key of the previous page.
    ///```ignore
    /// let response = client.list_api_keys()
    ///    .limit(limit)
    ///    .starting_after(starting_after)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_api_keys(&self) -> builder::ListApiKeys<'_> {
        builder::ListApiKeys::new(self)
    }

    ///Create an API key
    ///
    ///Creates a key for your servers to call the detection and job endpoints
    /// with (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`).
    /// The full secret is in this answer only; Veracity keeps an argon2id
    /// hash. Owners, admins and developers may manage keys.
    ///
    ///Sends a `POST` request to `/v1/api-keys`
    ///
    ///```ignore
    /// let response = client.create_api_key()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }

    ///Get an API key
    ///
    ///One key of your organisation with its scopes, limits, today's usage and
    /// last use; never its secret. Another organisation's key is a 404.
    ///
    ///Sends a `GET` request to `/v1/api-keys/{key_id}`
    ///
    ///```ignore
    /// let response = client.get_api_key()
    ///    .key_id(key_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_api_key(&self) -> builder::GetApiKey<'_> {
        builder::GetApiKey::new(self)
    }

    ///Revoke an API key
    ///
    ///Ends the key for good: within a second every API process refuses it (401
    /// `AUTH_INVALID`), including a previous secret still in its rotation
    /// grace period. Revoking twice is fine. The key stays listed and
    /// readable with `status: "revoked"`, so that the organisation
    /// keeps a record of which keys existed and when each stopped working.
    ///
    ///Sends a `DELETE` request to `/v1/api-keys/{key_id}`
    ///
    ///```ignore
    /// let response = client.revoke_api_key()
    ///    .key_id(key_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn revoke_api_key(&self) -> builder::RevokeApiKey<'_> {
        builder::RevokeApiKey::new(self)
    }

    ///Update an API key
    ///
    ///Changes name, scopes, limits, allowed networks or expiry. Every API
    /// process applies the change within a second; the secret stays the
    /// same.
    ///
    ///Sends a `PATCH` request to `/v1/api-keys/{key_id}`
    ///
    ///```ignore
    /// let response = client.update_api_key()
    ///    .key_id(key_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_api_key(&self) -> builder::UpdateApiKey<'_> {
        builder::UpdateApiKey::new(self)
    }

    ///Rotate an API key's secret
    ///
    ///Issues a new secret (shown once, in this answer). The previous secret
    /// keeps working for `grace_period_seconds` (default 86400 = 24 h, at
    /// most 30 days; 0 ends it now) so you can deploy the new one without
    /// interruption. A second rotation ends any older secret at once.
    ///
    ///Sends a `POST` request to `/v1/api-keys/{key_id}/rotate`
    ///
    ///Arguments:
    /// - `key_id`
    /// - `grace_period_seconds`: How long the previous secret keeps working, in
    ///   seconds (default 86400, at most 30 days).
    ///```ignore
    /// let response = client.rotate_api_key()
    ///    .key_id(key_id)
    ///    .grace_period_seconds(grace_period_seconds)
    ///    .send()
    ///    .await;
    /// ```
    pub fn rotate_api_key(&self) -> builder::RotateApiKey<'_> {
        builder::RotateApiKey::new(self)
    }

    ///List audit log entries
    ///
    ///Security events of your organisation, newest first: sign-ups, logins
    /// (and failed ones), refresh-token reuse, API key creation, updates,
    /// rotations and revocations, role changes, member removals, and
    /// refusals (permission denied, IP rejected, rate and daily limits).
    /// Owners and admins only. Filter by `type`, `actor` and a `since`/`until`
    /// time range; page with `starting_after`.
    ///
    ///Sends a `GET` request to `/v1/audit-log`
    ///
    ///Arguments:
    /// - `actor`: Only entries by this actor, e.g. `usr_…` or `key_…`.
    /// - `limit`: 1-100, default 20.
    /// - `since`: Only entries at or after this time (RFC 3339).
    /// - `starting_after`: The `id` of the last entry of the previous page.
    /// - `type_`: Only entries of this type, e.g. `login.failed`.
    /// - `until`: Only entries before this time (RFC 3339).
    ///```ignore
    /// let response = client.list_audit_log()
    ///    .actor(actor)
    ///    .limit(limit)
    ///    .since(since)
    ///    .starting_after(starting_after)
    ///    .type_(type_)
    ///    .until(until)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_audit_log(&self) -> builder::ListAuditLog<'_> {
        builder::ListAuditLog::new(self)
    }

    ///Detect (any media at a URL)
    ///
    ///`/v1/detect` for media Veracity fetches from an https URL: image, video
    /// or audio, typed by its content. Scope, rate limits and credits are
    /// checked before anything is fetched.
    ///
    ///Sends a `POST` request to `/v1/detect/url`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of a URL operation.
    ///```ignore
    /// let response = client.detect_url()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_url(&self) -> builder::DetectUrl<'_> {
        builder::DetectUrl::new(self)
    }

    ///Detect image deepfakes (URL)
    ///
    ///`/v1/detect/image` for an image Veracity fetches from an https URL.
    /// Scope `detect:image`.
    ///
    ///Sends a `POST` request to `/v1/detect/image/url`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of a URL operation.
    ///```ignore
    /// let response = client.detect_image_url()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_image_url(&self) -> builder::DetectImageUrl<'_> {
        builder::DetectImageUrl::new(self)
    }

    ///Detect video deepfakes (URL)
    ///
    ///`/v1/detect/video` for a video Veracity fetches from an https URL. Scope
    /// `detect:video`.
    ///
    ///Sends a `POST` request to `/v1/detect/video/url`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of a URL operation.
    ///```ignore
    /// let response = client.detect_video_url()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_video_url(&self) -> builder::DetectVideoUrl<'_> {
        builder::DetectVideoUrl::new(self)
    }

    ///Detect video deepfakes (frames)
    ///
    ///A video as base64 still frames (at most 64, 6 MB and 500 megapixels in
    /// all), for clients that sample frames themselves (a KYC liveness
    /// capture). Scope `detect:video`.
    ///
    ///Sends a `POST` request to `/v1/detect/video/frames`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of `/v1/detect/video/frames`.
    ///```ignore
    /// let response = client.detect_video_frames()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_video_frames(&self) -> builder::DetectVideoFrames<'_> {
        builder::DetectVideoFrames::new(self)
    }

    ///Detect audio deepfakes (URL)
    ///
    ///`/v1/detect/audio` for audio Veracity fetches from an https URL. Scope
    /// `detect:audio`.
    ///
    ///Sends a `POST` request to `/v1/detect/audio/url`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of a URL operation.
    ///```ignore
    /// let response = client.detect_audio_url()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_audio_url(&self) -> builder::DetectAudioUrl<'_> {
        builder::DetectAudioUrl::new(self)
    }

    ///Detect AI-written text
    ///
    ///`{"text": "…", "highlight": true}`, at least 50 characters
    /// (`TEXT_TOO_SHORT` otherwise), at most 100,000. Waits up to 10 s for
    /// the result by default. Scope `detect:text`.
    ///
    ///Sends a `POST` request to `/v1/detect/text`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of `/v1/detect/text`.
    ///```ignore
    /// let response = client.detect_text()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_text(&self) -> builder::DetectText<'_> {
        builder::DetectText::new(self)
    }

    ///Detect AI-generated images (URL)
    ///
    ///`/v1/detect/ai-media` for an image Veracity fetches from an https URL.
    /// Scope `detect:ai-media`.
    ///
    ///Sends a `POST` request to `/v1/detect/ai-media/url`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `prefer`
    /// - `body`: The body of a URL operation.
    ///```ignore
    /// let response = client.detect_ai_media_url()
    ///    .idempotency_key(idempotency_key)
    ///    .prefer(prefer)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn detect_ai_media_url(&self) -> builder::DetectAiMediaUrl<'_> {
        builder::DetectAiMediaUrl::new(self)
    }

    ///Get a job
    ///
    ///The job's status and, once `completed`, its full result; `error` once
    /// `failed`. Always current (read from the job's events). Another
    /// organisation's job is a 404. An API key with `jobs:read`, or a
    /// signed-in member who may read jobs. `webhook_deliveries` lists the job's
    /// webhook messages and their status (from the delivery log, which
    /// trails the deliveries by a few milliseconds).
    ///
    ///Sends a `GET` request to `/v1/jobs/{job_id}`
    ///
    ///```ignore
    /// let response = client.get_job()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_job(&self) -> builder::GetJob<'_> {
        builder::GetJob::new(self)
    }

    ///Delete a job
    ///
    ///Cancels the job if it is still queued or running, deletes its media at
    /// once and hides its result; the job is then a 404. Deleting it again
    /// is a 404. An API key with `jobs:delete`, or a signed-in member who
    /// may delete jobs.
    ///
    ///Sends a `DELETE` request to `/v1/jobs/{job_id}`
    ///
    ///```ignore
    /// let response = client.delete_job()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_job(&self) -> builder::DeleteJob<'_> {
        builder::DeleteJob::new(self)
    }

    ///List jobs
    ///
    ///Your organisation's jobs, newest first, with filters. Cursor pagination:
    /// pass the last `id` you got as `starting_after`. The list is a read
    /// model and may trail the newest changes by a few milliseconds; `GET
    /// /v1/jobs/{id}` is always current. An API key with `jobs:read`, or a
    /// signed-in member who may read jobs.
    ///
    ///Sends a `GET` request to `/v1/jobs`
    ///
    ///Arguments:
    /// - `created_after`
    /// - `created_before`
    /// - `limit`: 1-100, default 20.
    /// - `media_type`: Only jobs of this media type.
    /// - `starting_after`: The `id` of the last job of the previous page.
    /// - `status`: Only jobs with this status.
    /// - `verdict`: Only completed jobs with this verdict.
    ///```ignore
    /// let response = client.list_jobs()
    ///    .created_after(created_after)
    ///    .created_before(created_before)
    ///    .limit(limit)
    ///    .media_type(media_type)
    ///    .starting_after(starting_after)
    ///    .status(status)
    ///    .verdict(verdict)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_jobs(&self) -> builder::ListJobs<'_> {
        builder::ListJobs::new(self)
    }

    ///Download a job's media
    ///
    ///The uploaded image, video or audio as it was sent, while Veracity keeps
    /// it: 60 s after the verdict, or 30 days with `retain`. Then (and for
    /// text and frame lists, which have no single file) 410
    /// `MEDIA_EXPIRED`. An API key with `jobs:read`, or a signed-in member who
    /// may read jobs (the console draws face boxes over it).
    ///
    ///Sends a `GET` request to `/v1/jobs/{job_id}/media`
    ///
    ///```ignore
    /// let response = client.get_job_media()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_job_media(&self) -> builder::GetJobMedia<'_> {
        builder::GetJobMedia::new(self)
    }

    ///Download a result's heatmap
    ///
    ///A 256×256 PNG of the square the AI-image probe looked at, each cell of
    /// the result's `heatmap` grid tinted red where it pushed the score
    /// towards "generated" and blue where it pulled it away (the largest
    /// value gets the full tint). Made for jobs sent with `return_details=true`
    /// (images and video; for a video, its most suspicious frame) and kept
    /// with the media: 404 `NOT_FOUND` when the result has none, 410
    /// `MEDIA_EXPIRED` once the media is deleted.
    ///
    ///Sends a `GET` request to `/v1/jobs/{job_id}/heatmap`
    ///
    ///```ignore
    /// let response = client.get_job_heatmap()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_job_heatmap(&self) -> builder::GetJobHeatmap<'_> {
        builder::GetJobHeatmap::new(self)
    }

    ///Check your API key
    ///
    ///Tells an integration which key it is using, its scopes, and how much of
    /// its per-minute and daily limits is left — the same numbers as the
    /// `RateLimit` headers every authenticated response carries. Needs the
    /// `usage:read` scope; counts as a request.
    ///
    ///Sends a `GET` request to `/v1/usage`
    ///
    ///```ignore
    /// let response = client.get_usage()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_usage(&self) -> builder::GetUsage<'_> {
        builder::GetUsage::new(self)
    }

    ///List the detection models
    ///
    ///The detectors this deployment runs, in the order they run: id and
    /// version (as results list them in `models[]`), task, media types,
    /// licence, where the weights come from, and the numbers measured by
    /// the last recorded evaluation. Any valid API key; no scope needed.
    ///
    ///Sends a `GET` request to `/v1/models`
    ///
    ///```ignore
    /// let response = client.list_models()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_models(&self) -> builder::ListModels<'_> {
        builder::ListModels::new(self)
    }

    ///Get the credit balance
    ///
    ///What the organisation can spend now, what running jobs hold, and where
    /// the credits came from. Read from the ledger itself, so it includes
    /// the request just made. A FREE organisation's monthly allowance (100
    /// credits) is granted on first use each month and lapses when the
    /// month ends (UTC). Owners, admins and billing members.
    ///
    ///Sends a `GET` request to `/v1/billing/balance`
    ///
    ///```ignore
    /// let response = client.get_balance()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_balance(&self) -> builder::GetBalance<'_> {
        builder::GetBalance::new(self)
    }

    ///List ledger entries
    ///
    ///Every change to the credit account, newest first, each with the balance
    /// it left: `granted` (monthly allowance, promotion, operator),
    /// `purchased`, `reserved` (a job was submitted: its worst-case price
    /// is held), `captured` (the job completed: its price is spent, the
    /// rest returns), `released` (the job failed or was cancelled), `refunded`,
    /// `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id`
    /// and a time range; page with `starting_after`.
    ///
    ///Sends a `GET` request to `/v1/billing/ledger`
    ///
    ///Arguments:
    /// - `job_id`: Only the entries of this job.
    /// - `limit`: 1-100, default 20.
    /// - `since`: Only entries at or after this time (RFC 3339).
    /// - `starting_after`: The `id` of the last entry of the previous page.
    /// - `type_`: Only entries of this type.
    /// - `until`: Only entries before this time (RFC 3339).
    ///```ignore
    /// let response = client.list_ledger_entries()
    ///    .job_id(job_id)
    ///    .limit(limit)
    ///    .since(since)
    ///    .starting_after(starting_after)
    ///    .type_(type_)
    ///    .until(until)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_ledger_entries(&self) -> builder::ListLedgerEntries<'_> {
        builder::ListLedgerEntries::new(self)
    }

    ///Get credit usage
    ///
    ///Credits spent on completed jobs between `from` (default: the start of
    /// this month, UTC) and `to` (default: now), grouped by `day` (UTC) or
    /// by `media_type`. Failed and cancelled jobs cost nothing and are not
    /// counted. Reads (`GET /v1/jobs`) are free.
    ///
    ///Sends a `GET` request to `/v1/billing/usage`
    ///
    ///Arguments:
    /// - `from`: Start of the period (RFC 3339), inclusive.
    /// - `group_by`: `day` (default) or `media_type`.
    /// - `to`: End of the period (RFC 3339), exclusive.
    ///```ignore
    /// let response = client.get_credit_usage()
    ///    .from(from)
    ///    .group_by(group_by)
    ///    .to(to)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_credit_usage(&self) -> builder::GetCreditUsage<'_> {
        builder::GetCreditUsage::new(self)
    }

    ///Get the plan
    ///
    ///The organisation's plan and what it sets: jobs run at once (the rest
    /// wait in the queue), the default per-minute rate limit of new API
    /// keys, and the monthly allowance; with the price of each kind of job.
    /// Owners, admins and billing members.
    ///
    ///Sends a `GET` request to `/v1/billing/plan`
    ///
    ///```ignore
    /// let response = client.get_plan()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_plan(&self) -> builder::GetPlan<'_> {
        builder::GetPlan::new(self)
    }

    ///Change the plan
    ///
    ///Moves the organisation to a plan that costs no more, at once (FREE
    /// always). A higher plan is paid for: it is set by your operator
    /// (`veracity admin plan`), and asking for it here answers 402
    /// `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    /// `plan_changed` ledger entry and in the audit log. Concurrency limits
    /// apply to jobs that start from now on; existing API keys keep their
    /// rate limits. Owners, admins and billing members.
    ///
    ///Sends a `PUT` request to `/v1/billing/plan`
    ///
    ///```ignore
    /// let response = client.change_plan()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn change_plan(&self) -> builder::ChangePlan<'_> {
        builder::ChangePlan::new(self)
    }

    ///List credit packs
    ///
    ///The packs of credits on sale. Buy one with `POST /v1/billing/checkout`.
    ///
    ///Sends a `GET` request to `/v1/billing/packs`
    ///
    ///```ignore
    /// let response = client.list_credit_packs()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_credit_packs(&self) -> builder::ListCreditPacks<'_> {
        builder::ListCreditPacks::new(self)
    }

    ///Buy a credit pack
    ///
    ///Creates a Stripe Checkout Session for the pack and returns its `url`:
    /// send the buyer there. The credits arrive once Stripe reports the
    /// payment (`checkout.session.completed`, paid) to the webhook, exactly
    /// once per payment. Send an `Idempotency-Key` to make retries safe:
    /// Stripe answers them with the same session. Owners, admins and billing
    /// members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.
    ///
    ///Sends a `POST` request to `/v1/billing/checkout`
    ///
    ///```ignore
    /// let response = client.create_checkout()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_checkout(&self) -> builder::CreateCheckout<'_> {
        builder::CreateCheckout::new(self)
    }

    ///Receive a Stripe event
    ///
    ///For Stripe only: point a webhook endpoint of your Stripe account here
    /// with the events `checkout.session.completed`,
    /// `checkout.session.async_payment_succeeded` and `charge.refunded`,
    /// and configure its signing secret (`billing.stripe_webhook_secret`).
    /// Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw
    /// body, at most 300 s old) and applied once per Stripe event id
    /// however often it is delivered: a paid session credits its pack, a
    /// refund takes the refunded share of the credits back. A bad or stale
    /// signature and an unpaid session are refused with 400 and change nothing;
    /// a refund that arrives before its payment is refused with 409, so Stripe
    /// delivers it again.
    ///
    ///Sends a `POST` request to `/v1/billing/stripe/webhook`
    ///
    ///```ignore
    /// let response = client.receive_stripe_event()
    ///    .stripe_signature(stripe_signature)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn receive_stripe_event(&self) -> builder::ReceiveStripeEvent<'_> {
        builder::ReceiveStripeEvent::new(self)
    }

    ///List webhook endpoints
    ///
    ///Your organisation's endpoints, newest first (never their secrets).
    /// Cursor pagination: pass the last `id` you got as `starting_after`.
    ///
    ///Sends a `GET` request to `/v1/webhooks`
    ///
    ///Arguments:
    /// - `limit`: 1-100, default 20.
    /// - `starting_after`: The `id` of the last endpoint of the previous page.
    ///```ignore
    /// let response = client.list_webhook_endpoints()
    ///    .limit(limit)
    ///    .starting_after(starting_after)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_webhook_endpoints(&self) -> builder::ListWebhookEndpoints<'_> {
        builder::ListWebhookEndpoints::new(self)
    }

    ///Create a webhook endpoint
    ///
    ///Registers a URL to receive signed events (see `GET
    /// /v1/webhooks/event-types`). The URL must be `https` and resolve only
    /// to public addresses (422 `VALIDATION_FAILED` names the reason);
    /// it is checked again at every send. The answer holds the endpoint's
    /// signing secret, shown this once: every delivery carries
    /// `webhook-id`, `webhook-timestamp` and `webhook-signature`
    /// headers per Standard Webhooks. Admin access token with "manage webhooks"
    /// (owner, admin, developer), or an API key with `webhooks:write`. At
    /// most 50 endpoints per organisation.
    ///
    ///Sends a `POST` request to `/v1/webhooks`
    ///
    ///```ignore
    /// let response = client.create_webhook_endpoint()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_webhook_endpoint(&self) -> builder::CreateWebhookEndpoint<'_> {
        builder::CreateWebhookEndpoint::new(self)
    }

    ///List webhook event types
    ///
    ///Every event type an endpoint can receive, what it means, and the JSON
    /// Schema of its body (`{type, timestamp, data}`). No authentication
    /// needed.
    ///
    ///Sends a `GET` request to `/v1/webhooks/event-types`
    ///
    ///```ignore
    /// let response = client.list_webhook_event_types()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_webhook_event_types(&self) -> builder::ListWebhookEventTypes<'_> {
        builder::ListWebhookEventTypes::new(self)
    }

    ///Reveal the callback secret
    ///
    ///The secret that signs messages to the `callback_url` of your detection
    /// jobs (made on first use). Shown once: a second call answers 409
    /// `SECRET_ALREADY_SHOWN`; rotate it to get a new one.
    ///
    ///Sends a `GET` request to `/v1/webhooks/callback-secret`
    ///
    ///```ignore
    /// let response = client.get_callback_secret()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_callback_secret(&self) -> builder::GetCallbackSecret<'_> {
        builder::GetCallbackSecret::new(self)
    }

    ///Rotate the callback secret
    ///
    ///A new callback secret, shown in this answer. The previous one keeps
    /// signing (a second `v1,` entry in `webhook-signature`) for
    /// `grace_period_seconds` (default 86400 = 24 h).
    ///
    ///Sends a `POST` request to `/v1/webhooks/callback-secret`
    ///
    ///Arguments:
    /// - `grace_period_seconds`: How long the previous secret keeps signing, in
    ///   seconds (default 86400, at most 30 days).
    ///```ignore
    /// let response = client.rotate_callback_secret()
    ///    .grace_period_seconds(grace_period_seconds)
    ///    .send()
    ///    .await;
    /// ```
    pub fn rotate_callback_secret(&self) -> builder::RotateCallbackSecret<'_> {
        builder::RotateCallbackSecret::new(self)
    }

    ///Get a webhook endpoint
    ///
    ///One endpoint of your organisation: its URL, event types, limits, whether
    /// it is enabled (and why not, when Veracity disabled it), and until
    /// when a rotated-out secret still signs; never its secret. Another
    /// organisation's endpoint is a 404.
    ///
    ///Sends a `GET` request to `/v1/webhooks/{endpoint_id}`
    ///
    ///```ignore
    /// let response = client.get_webhook_endpoint()
    ///    .endpoint_id(endpoint_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_webhook_endpoint(&self) -> builder::GetWebhookEndpoint<'_> {
        builder::GetWebhookEndpoint::new(self)
    }

    ///Delete a webhook endpoint
    ///
    ///Nothing more is sent to it; its messages still pending fail with "the
    /// endpoint was deleted". Its delivery log goes with it: its messages
    /// and their attempts are then 404.
    ///
    ///Sends a `DELETE` request to `/v1/webhooks/{endpoint_id}`
    ///
    ///```ignore
    /// let response = client.delete_webhook_endpoint()
    ///    .endpoint_id(endpoint_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_webhook_endpoint(&self) -> builder::DeleteWebhookEndpoint<'_> {
        builder::DeleteWebhookEndpoint::new(self)
    }

    ///Update a webhook endpoint
    ///
    ///Changes its URL (checked as at creation), event types, description, rate
    /// limit, risk threshold, or enables and disables it. The secret stays.
    ///
    ///Sends a `PATCH` request to `/v1/webhooks/{endpoint_id}`
    ///
    ///```ignore
    /// let response = client.update_webhook_endpoint()
    ///    .endpoint_id(endpoint_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_webhook_endpoint(&self) -> builder::UpdateWebhookEndpoint<'_> {
        builder::UpdateWebhookEndpoint::new(self)
    }

    ///Rotate an endpoint's signing secret
    ///
    ///A new secret, shown in this answer. The previous one keeps signing for
    ///`grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it
    /// now): each delivery's `webhook-signature` then holds two `v1,`
    /// entries, so you can deploy the new secret without rejecting
    /// anything. A second rotation within the grace period ends the
    /// oldest secret at once.
    ///
    ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/rotate-secret`
    ///
    ///Arguments:
    /// - `endpoint_id`
    /// - `grace_period_seconds`: How long the previous secret keeps signing, in
    ///   seconds (default 86400).
    ///```ignore
    /// let response = client.rotate_webhook_secret()
    ///    .endpoint_id(endpoint_id)
    ///    .grace_period_seconds(grace_period_seconds)
    ///    .send()
    ///    .await;
    /// ```
    pub fn rotate_webhook_secret(&self) -> builder::RotateWebhookSecret<'_> {
        builder::RotateWebhookSecret::new(self)
    }

    ///Send a test message
    ///
    ///Queues a `webhook.test` message to the endpoint (even a disabled one),
    /// signed like every other. Follow it in `GET
    /// /v1/webhooks/{id}/messages`.
    ///
    ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/test`
    ///
    ///```ignore
    /// let response = client.send_webhook_test()
    ///    .endpoint_id(endpoint_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn send_webhook_test(&self) -> builder::SendWebhookTest<'_> {
        builder::SendWebhookTest::new(self)
    }

    ///List an endpoint's messages
    ///
    ///The delivery log, newest first: each message, its status and attempts.
    /// `callback` as the id lists the messages sent to your jobs'
    /// `callback_url`s. The log trails the deliveries by
    /// a few milliseconds.
    ///
    ///Sends a `GET` request to `/v1/webhooks/{endpoint_id}/messages`
    ///
    ///Arguments:
    /// - `endpoint_id`
    /// - `event_type`
    /// - `limit`: 1-100, default 20.
    /// - `since`: Created at or after.
    /// - `starting_after`: The `id` of the last message of the previous page.
    /// - `status`: `pending`, `delivered` or `failed`.
    /// - `until`: Created before.
    ///```ignore
    /// let response = client.list_webhook_messages()
    ///    .endpoint_id(endpoint_id)
    ///    .event_type(event_type)
    ///    .limit(limit)
    ///    .since(since)
    ///    .starting_after(starting_after)
    ///    .status(status)
    ///    .until(until)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_webhook_messages(&self) -> builder::ListWebhookMessages<'_> {
        builder::ListWebhookMessages::new(self)
    }

    ///Get a message
    ///
    ///One message of the endpoint's delivery log (or of `callback`): its body,
    /// status, number of attempts, last answer and when the next try is
    /// due.
    ///
    ///Sends a `GET` request to
    /// `/v1/webhooks/{endpoint_id}/messages/{message_id}`
    ///
    ///```ignore
    /// let response = client.get_webhook_message()
    ///    .endpoint_id(endpoint_id)
    ///    .message_id(message_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_webhook_message(&self) -> builder::GetWebhookMessage<'_> {
        builder::GetWebhookMessage::new(self)
    }

    ///List a message's attempts
    ///
    ///Every try, newest first: the status answered (or why there was none),
    /// the latency, and the start of the answer (1 KB).
    ///
    ///Sends a `GET` request to
    /// `/v1/webhooks/{endpoint_id}/messages/{message_id}/attempts`
    ///
    ///Arguments:
    /// - `endpoint_id`
    /// - `message_id`
    /// - `limit`: 1-100, default 20.
    /// - `starting_after`: The attempt number of the last attempt of the
    ///   previous page.
    ///```ignore
    /// let response = client.list_webhook_attempts()
    ///    .endpoint_id(endpoint_id)
    ///    .message_id(message_id)
    ///    .limit(limit)
    ///    .starting_after(starting_after)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_webhook_attempts(&self) -> builder::ListWebhookAttempts<'_> {
        builder::ListWebhookAttempts::new(self)
    }

    ///Retry a message
    ///
    ///Sends a message again now: a failed one with a new round of the retry
    /// schedule, a pending one (waiting for its next try) at once. A
    /// delivered message is left alone (`queued: false`).
    ///
    ///Sends a `POST` request to
    /// `/v1/webhooks/{endpoint_id}/messages/{message_id}/retry`
    ///
    ///```ignore
    /// let response = client.retry_webhook_message()
    ///    .endpoint_id(endpoint_id)
    ///    .message_id(message_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn retry_webhook_message(&self) -> builder::RetryWebhookMessage<'_> {
        builder::RetryWebhookMessage::new(self)
    }

    ///Recover failed messages
    ///
    ///Sends again the messages to this endpoint that failed since `since`,
    /// oldest first, up to 1,000 per call (`has_more`: call again), e.g.
    /// after fixing an outage on your side.
    ///
    ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/recover`
    ///
    ///Arguments:
    /// - `endpoint_id`
    /// - `since`: Failed messages created at or after this time are sent again.
    ///```ignore
    /// let response = client.recover_webhook_messages()
    ///    .endpoint_id(endpoint_id)
    ///    .since(since)
    ///    .send()
    ///    .await;
    /// ```
    pub fn recover_webhook_messages(&self) -> builder::RecoverWebhookMessages<'_> {
        builder::RecoverWebhookMessages::new(self)
    }

    ///Liveness probe
    ///
    ///Answers 200 whenever the process is serving HTTP, without touching any
    /// dependency. Use it to decide whether to restart the process, not
    /// whether to route traffic to it.
    ///
    ///Sends a `GET` request to `/healthz`
    ///
    ///```ignore
    /// let response = client.get_health()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_health(&self) -> builder::GetHealth<'_> {
        builder::GetHealth::new(self)
    }

    ///Readiness probe
    ///
    ///Checks, concurrently and with a 2 s limit each, that NATS JetStream, the
    /// database and the blob store answer. 200 when all do; otherwise 503
    /// `NOT_READY` naming the failed ones in `detail` and listing every
    /// check in `checks`. Why a check failed (`error`, which can name
    /// internal addresses) is shown only on the internal listener or with
    /// `http.metrics_token`.
    ///
    ///Sends a `GET` request to `/readyz`
    ///
    ///```ignore
    /// let response = client.get_readiness()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_readiness(&self) -> builder::GetReadiness<'_> {
        builder::GetReadiness::new(self)
    }

    ///Prometheus metrics
    ///
    ///Request counts and latency histograms by method, route template and
    /// status, in the Prometheus text format. Served on the internal
    /// listener (`http.internal_bind`), or on this one to a request bearing
    /// `http.metrics_token` (`Authorization: Bearer <token>`); anyone else
    /// gets 404.
    ///
    ///Sends a `GET` request to `/metrics`
    ///
    ///```ignore
    /// let response = client.get_metrics()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_metrics(&self) -> builder::GetMetrics<'_> {
        builder::GetMetrics::new(self)
    }

    ///deepfakedetector.ai: get a job
    ///
    ///deepfakedetector.ai's `GET /v1/jobs/{id}`: the job in 001's shape (the
    /// same job as `GET /v1/jobs/{id}`). Another organisation's job is a
    /// 404.
    ///
    ///Sends a `GET` request to `/compat/deepfakedetector/v1/jobs/{job_id}`
    ///
    ///```ignore
    /// let response = client.deepfakedetector_get_job()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn deepfakedetector_get_job(&self) -> builder::DeepfakedetectorGetJob<'_> {
        builder::DeepfakedetectorGetJob::new(self)
    }

    ///GLAIR: deepfake detection (frames)
    ///
    ///GLAIR Vision's `POST /face/v1/deepfake/images`: JSON `{"frames":
    /// ["<base64>", …]}`, the video as still frames in order.
    ///
    ///Sends a `POST` request to `/compat/glair/face/v1/deepfake/images`
    ///
    ///Arguments:
    /// - `idempotency_key`
    /// - `body`: The frames as JSON, sent as `application/json` or as `curl
    ///   --data-raw` sends it.
    ///```ignore
    /// let response = client.glair_deepfake_frames()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn glair_deepfake_frames(&self) -> builder::GlairDeepfakeFrames<'_> {
        builder::GlairDeepfakeFrames::new(self)
    }

    ///Veriplus: get a job
    ///
    ///Veriplus's `GET /api/v4/deepfake/jobs/{id}`: the job in 004's shape
    /// (suspicious frames included when there are any).
    ///
    ///Sends a `GET` request to
    /// `/compat/veriplus/api/v4/deepfake/jobs/{job_id}`
    ///
    ///```ignore
    /// let response = client.veriplus_get_job()
    ///    .job_id(job_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn veriplus_get_job(&self) -> builder::VeriplusGetJob<'_> {
        builder::VeriplusGetJob::new(self)
    }

    ///Veriplus: list jobs
    ///
    ///Veriplus's `GET
    /// /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    /// newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).
    ///
    ///Sends a `GET` request to `/compat/veriplus/api/v4/deepfake/jobs`
    ///
    ///Arguments:
    /// - `limit`: 1–100, default 20.
    /// - `media_type`: `IMAGE`, `VIDEO`, `AUDIO` or `TEXT`.
    /// - `status`: `QUEUED`, `PROCESSING`, `COMPLETED`, `FAILED` or
    ///   `CANCELLED`.
    ///```ignore
    /// let response = client.veriplus_list_jobs()
    ///    .limit(limit)
    ///    .media_type(media_type)
    ///    .status(status)
    ///    .send()
    ///    .await;
    /// ```
    pub fn veriplus_list_jobs(&self) -> builder::VeriplusListJobs<'_> {
        builder::VeriplusListJobs::new(self)
    }

    ///DMI: AI-generated text detection
    ///
    ///DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …,
    /// "highlight": …}`.
    ///
    ///Sends a `POST` request to `/compat/dmi/api/public-api/ai-text-detection`
    ///
    ///Arguments:
    /// - `body`: The body of `ai-text-detection/`.
    ///```ignore
    /// let response = client.dmi_ai_text_detection()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn dmi_ai_text_detection(&self) -> builder::DmiAiTextDetection<'_> {
        builder::DmiAiTextDetection::new(self)
    }

    ///DMI: list API keys
    ///
    ///DMI's `GET /api/api-keys/` with a dashboard access token
    /// (`Authorization: Bearer`, from `POST /v1/auth/login`): the
    /// organisation's keys that are not revoked, never their secrets.
    ///
    ///Sends a `GET` request to `/compat/dmi/api/api-keys`
    ///
    ///```ignore
    /// let response = client.dmi_list_api_keys()
    ///    .send()
    ///    .await;
    /// ```
    pub fn dmi_list_api_keys(&self) -> builder::DmiListApiKeys<'_> {
        builder::DmiListApiKeys::new(self)
    }

    ///DMI: create an API key
    ///
    ///DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this
    /// once. Owners, admins and developers may manage keys.
    ///
    ///Sends a `POST` request to `/compat/dmi/api/api-keys`
    ///
    ///```ignore
    /// let response = client.dmi_create_api_key()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn dmi_create_api_key(&self) -> builder::DmiCreateApiKey<'_> {
        builder::DmiCreateApiKey::new(self)
    }

    ///DMI: get an API key
    ///
    ///DMI's `GET /api/api-keys/{key_id}/`, by the integer `id` (or the
    /// Veracity `key_id`).
    ///
    ///Sends a `GET` request to `/compat/dmi/api/api-keys/{key_id}`
    ///
    ///```ignore
    /// let response = client.dmi_get_api_key()
    ///    .key_id(key_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn dmi_get_api_key(&self) -> builder::DmiGetApiKey<'_> {
        builder::DmiGetApiKey::new(self)
    }

    ///DMI: revoke an API key
    ///
    ///DMI's `DELETE /api/api-keys/{key_id}/`: within a second every API
    /// process refuses the key.
    ///
    ///Sends a `DELETE` request to `/compat/dmi/api/api-keys/{key_id}`
    ///
    ///```ignore
    /// let response = client.dmi_revoke_api_key()
    ///    .key_id(key_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn dmi_revoke_api_key(&self) -> builder::DmiRevokeApiKey<'_> {
        builder::DmiRevokeApiKey::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue,
    };
    ///Builder for [`Client::signup`]
    ///
    ///[`Client::signup`]: super::Client::signup
    #[derive(Debug, Clone)]
    pub struct Signup<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignupRequest, String>,
    }

    impl<'a> Signup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignupRequest>,
            <V as std::convert::TryInto<types::SignupRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `SignupRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::SignupRequest) -> types::builder::SignupRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/auth/signup`
        pub async fn send(self) -> Result<ResponseValue<types::SessionTokens>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::SignupRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/auth/signup", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "signup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::login`]
    ///
    ///[`Client::login`]: super::Client::login
    #[derive(Debug, Clone)]
    pub struct Login<'a> {
        client: &'a super::Client,
        body: Result<types::builder::LoginRequest, String>,
    }

    impl<'a> Login<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LoginRequest>,
            <V as std::convert::TryInto<types::LoginRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `LoginRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::LoginRequest) -> types::builder::LoginRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/auth/login`
        pub async fn send(self) -> Result<ResponseValue<types::SessionTokens>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::LoginRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/auth/login", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "login",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::refresh_token`]
    ///
    ///[`Client::refresh_token`]: super::Client::refresh_token
    #[derive(Debug, Clone)]
    pub struct RefreshToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RefreshRequest, String>,
    }

    impl<'a> RefreshToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshRequest>,
            <V as std::convert::TryInto<types::RefreshRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `RefreshRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::RefreshRequest) -> types::builder::RefreshRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/auth/refresh`
        pub async fn send(self) -> Result<ResponseValue<types::SessionTokens>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::RefreshRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/auth/refresh", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::logout`]
    ///
    ///[`Client::logout`]: super::Client::logout
    #[derive(Debug, Clone)]
    pub struct Logout<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RefreshRequest, String>,
    }

    impl<'a> Logout<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshRequest>,
            <V as std::convert::TryInto<types::RefreshRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `RefreshRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::RefreshRequest) -> types::builder::RefreshRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/auth/logout`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::RefreshRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/auth/logout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "logout",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::accept_invitation`]
    ///
    ///[`Client::accept_invitation`]: super::Client::accept_invitation
    #[derive(Debug, Clone)]
    pub struct AcceptInvitation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AcceptInvitationRequest, String>,
    }

    impl<'a> AcceptInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AcceptInvitationRequest>,
            <V as std::convert::TryInto<types::AcceptInvitationRequest>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `AcceptInvitationRequest` for body failed: {}",
                    s
                )
            });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AcceptInvitationRequest,
            ) -> types::builder::AcceptInvitationRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/auth/accept-invitation`
        pub async fn send(self) -> Result<ResponseValue<types::SessionTokens>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AcceptInvitationRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/auth/accept-invitation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "accept_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_members`]
    ///
    ///[`Client::list_members`]: super::Client::list_members
    #[derive(Debug, Clone)]
    pub struct ListMembers<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/members`
        pub async fn send(self) -> Result<ResponseValue<types::MemberList>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/members", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_members",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::invite_member`]
    ///
    ///[`Client::invite_member`]: super::Client::invite_member
    #[derive(Debug, Clone)]
    pub struct InviteMember<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InviteRequest, String>,
    }

    impl<'a> InviteMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InviteRequest>,
            <V as std::convert::TryInto<types::InviteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `InviteRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::InviteRequest) -> types::builder::InviteRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/members`
        pub async fn send(self) -> Result<ResponseValue<types::Invitation>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::InviteRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/members", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invite_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::remove_member`]
    ///
    ///[`Client::remove_member`]: super::Client::remove_member
    #[derive(Debug, Clone)]
    pub struct RemoveMember<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
    }

    impl<'a> RemoveMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }

        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for user_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to `/v1/members/{user_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/members/{}",
                client.baseurl,
                encode_path(&user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "remove_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::change_member_role`]
    ///
    ///[`Client::change_member_role`]: super::Client::change_member_role
    #[derive(Debug, Clone)]
    pub struct ChangeMemberRole<'a> {
        client: &'a super::Client,
        user_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoleChange, String>,
    }

    impl<'a> ChangeMemberRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for user_id failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RoleChange>,
            <V as std::convert::TryInto<types::RoleChange>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `RoleChange` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::RoleChange) -> types::builder::RoleChange,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/v1/members/{user_id}`
        pub async fn send(self) -> Result<ResponseValue<types::Member>, Error<ByteStream>> {
            let Self {
                client,
                user_id,
                body,
            } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::RoleChange::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/members/{}",
                client.baseurl,
                encode_path(&user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "change_member_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_api_keys`]
    ///
    ///[`Client::list_api_keys`]: super::Client::list_api_keys
    #[derive(Debug, Clone)]
    pub struct ListApiKeys<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }

    impl<'a> ListApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/api-keys`
        pub async fn send(self) -> Result<ResponseValue<types::ApiKeyPage>, Error<ByteStream>> {
            let Self {
                client,
                limit,
                starting_after,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_api_key`]
    ///
    ///[`Client::create_api_key`]: super::Client::create_api_key
    #[derive(Debug, Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateApiKey, String>,
    }

    impl<'a> CreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateApiKey>,
            <V as std::convert::TryInto<types::CreateApiKey>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CreateApiKey` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::CreateApiKey) -> types::builder::CreateApiKey,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/api-keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKeyWithSecret>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateApiKey::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_api_key`]
    ///
    ///[`Client::get_api_key`]: super::Client::get_api_key
    #[derive(Debug, Clone)]
    pub struct GetApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
    }

    impl<'a> GetApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/api-keys/{key_id}`
        pub async fn send(self) -> Result<ResponseValue<types::ApiKey>, Error<ByteStream>> {
            let Self { client, key_id } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api-keys/{}",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::revoke_api_key`]
    ///
    ///[`Client::revoke_api_key`]: super::Client::revoke_api_key
    #[derive(Debug, Clone)]
    pub struct RevokeApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
    }

    impl<'a> RevokeApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to `/v1/api-keys/{key_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, key_id } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api-keys/{}",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "revoke_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_api_key`]
    ///
    ///[`Client::update_api_key`]: super::Client::update_api_key
    #[derive(Debug, Clone)]
    pub struct UpdateApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateApiKey, String>,
    }

    impl<'a> UpdateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateApiKey>,
            <V as std::convert::TryInto<types::UpdateApiKey>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `UpdateApiKey` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::UpdateApiKey) -> types::builder::UpdateApiKey,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/v1/api-keys/{key_id}`
        pub async fn send(self) -> Result<ResponseValue<types::ApiKey>, Error<ByteStream>> {
            let Self {
                client,
                key_id,
                body,
            } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UpdateApiKey::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api-keys/{}",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::rotate_api_key`]
    ///
    ///[`Client::rotate_api_key`]: super::Client::rotate_api_key
    #[derive(Debug, Clone)]
    pub struct RotateApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
        grace_period_seconds: Result<Option<i64>, String>,
    }

    impl<'a> RotateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
                grace_period_seconds: Ok(None),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        pub fn grace_period_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.grace_period_seconds = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for grace_period_seconds failed".to_string());
            self
        }

        ///Sends a `POST` request to `/v1/api-keys/{key_id}/rotate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKeyWithSecret>, Error<ByteStream>> {
            let Self {
                client,
                key_id,
                grace_period_seconds,
            } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let grace_period_seconds = grace_period_seconds.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api-keys/{}/rotate",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "grace_period_seconds",
                    &grace_period_seconds,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "rotate_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_audit_log`]
    ///
    ///[`Client::list_audit_log`]: super::Client::list_audit_log
    #[derive(Debug, Clone)]
    pub struct ListAuditLog<'a> {
        client: &'a super::Client,
        actor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::string::String>, String>,
        until: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }

    impl<'a> ListAuditLog<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                actor: Ok(None),
                limit: Ok(None),
                since: Ok(None),
                starting_after: Ok(None),
                type_: Ok(None),
                until: Ok(None),
            }
        }

        pub fn actor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.actor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for actor failed".to_string()
            });
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . since = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for since failed" . to_string ()) ;
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for type_ failed".to_string()
            });
            self
        }

        pub fn until<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . until = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for until failed" . to_string ()) ;
            self
        }

        ///Sends a `GET` request to `/v1/audit-log`
        pub async fn send(self) -> Result<ResponseValue<types::AuditLogPage>, Error<ByteStream>> {
            let Self {
                client,
                actor,
                limit,
                since,
                starting_after,
                type_,
                until,
            } = self;
            let actor = actor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/audit-log", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("actor", &actor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_audit_log",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_url`]
    ///
    ///[`Client::detect_url`]: super::Client::detect_url
    #[derive(Debug, Clone)]
    pub struct DetectUrl<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectUrlIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectUrlRequest, String>,
    }

    impl<'a> DetectUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectUrlIdempotencyKey` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlRequest>,
            <V as std::convert::TryInto<types::DetectUrlRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectUrlRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectUrlRequest,
            ) -> types::builder::DetectUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/url`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectUrlRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/url", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_image_url`]
    ///
    ///[`Client::detect_image_url`]: super::Client::detect_image_url
    #[derive(Debug, Clone)]
    pub struct DetectImageUrl<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectImageUrlIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectUrlRequest, String>,
    }

    impl<'a> DetectImageUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectImageUrlIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectImageUrlIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlRequest>,
            <V as std::convert::TryInto<types::DetectUrlRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectUrlRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectUrlRequest,
            ) -> types::builder::DetectUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/image/url`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectUrlRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/image/url", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_image_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_video_url`]
    ///
    ///[`Client::detect_video_url`]: super::Client::detect_video_url
    #[derive(Debug, Clone)]
    pub struct DetectVideoUrl<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectVideoUrlIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectUrlRequest, String>,
    }

    impl<'a> DetectVideoUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectVideoUrlIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectVideoUrlIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlRequest>,
            <V as std::convert::TryInto<types::DetectUrlRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectUrlRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectUrlRequest,
            ) -> types::builder::DetectUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/video/url`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectUrlRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/video/url", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_video_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_video_frames`]
    ///
    ///[`Client::detect_video_frames`]: super::Client::detect_video_frames
    #[derive(Debug, Clone)]
    pub struct DetectVideoFrames<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectVideoFramesIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectFramesRequest, String>,
    }

    impl<'a> DetectVideoFrames<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectVideoFramesIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectVideoFramesIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectFramesRequest>,
            <V as std::convert::TryInto<types::DetectFramesRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectFramesRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectFramesRequest,
            ) -> types::builder::DetectFramesRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/video/frames`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectFramesRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/video/frames", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_video_frames",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_audio_url`]
    ///
    ///[`Client::detect_audio_url`]: super::Client::detect_audio_url
    #[derive(Debug, Clone)]
    pub struct DetectAudioUrl<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectAudioUrlIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectUrlRequest, String>,
    }

    impl<'a> DetectAudioUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectAudioUrlIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectAudioUrlIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlRequest>,
            <V as std::convert::TryInto<types::DetectUrlRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectUrlRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectUrlRequest,
            ) -> types::builder::DetectUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/audio/url`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectUrlRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/audio/url", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_audio_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_text`]
    ///
    ///[`Client::detect_text`]: super::Client::detect_text
    #[derive(Debug, Clone)]
    pub struct DetectText<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectTextIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectTextRequest, String>,
    }

    impl<'a> DetectText<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectTextIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectTextIdempotencyKey` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectTextRequest>,
            <V as std::convert::TryInto<types::DetectTextRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectTextRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectTextRequest,
            ) -> types::builder::DetectTextRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/text`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectTextRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/text", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_text",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::detect_ai_media_url`]
    ///
    ///[`Client::detect_ai_media_url`]: super::Client::detect_ai_media_url
    #[derive(Debug, Clone)]
    pub struct DetectAiMediaUrl<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::DetectAiMediaUrlIdempotencyKey>, String>,
        prefer: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::DetectUrlRequest, String>,
    }

    impl<'a> DetectAiMediaUrl<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                prefer: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectAiMediaUrlIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `DetectAiMediaUrlIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn prefer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.prefer = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for prefer failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectUrlRequest>,
            <V as std::convert::TryInto<types::DetectUrlRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectUrlRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectUrlRequest,
            ) -> types::builder::DetectUrlRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/detect/ai-media/url`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                prefer,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let prefer = prefer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectUrlRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/detect/ai-media/url", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            if let Some(value) = prefer {
                header_map.append("Prefer", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "detect_ai_media_url",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_job`]
    ///
    ///[`Client::get_job`]: super::Client::get_job
    #[derive(Debug, Clone)]
    pub struct GetJob<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> GetJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/jobs/{job_id}`
        pub async fn send(self) -> Result<ResponseValue<types::Job>, Error<ByteStream>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/jobs/{}",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_job`]
    ///
    ///[`Client::delete_job`]: super::Client::delete_job
    #[derive(Debug, Clone)]
    pub struct DeleteJob<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> DeleteJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to `/v1/jobs/{job_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/jobs/{}",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_jobs`]
    ///
    ///[`Client::list_jobs`]: super::Client::list_jobs
    #[derive(Debug, Clone)]
    pub struct ListJobs<'a> {
        client: &'a super::Client,
        created_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_before: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        media_type: Result<Option<types::MediaType>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        status: Result<Option<types::Status>, String>,
        verdict: Result<Option<types::Verdict>, String>,
    }

    impl<'a> ListJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_after: Ok(None),
                created_before: Ok(None),
                limit: Ok(None),
                media_type: Ok(None),
                starting_after: Ok(None),
                status: Ok(None),
                verdict: Ok(None),
            }
        }

        pub fn created_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . created_after = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_after failed" . to_string ()) ;
            self
        }

        pub fn created_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . created_before = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_before failed" . to_string ()) ;
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn media_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MediaType>,
        {
            self.media_type = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `MediaType` for media_type failed".to_string());
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Status>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Status` for status failed".to_string());
            self
        }

        pub fn verdict<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Verdict>,
        {
            self.verdict = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Verdict` for verdict failed".to_string());
            self
        }

        ///Sends a `GET` request to `/v1/jobs`
        pub async fn send(self) -> Result<ResponseValue<types::JobPage>, Error<ByteStream>> {
            let Self {
                client,
                created_after,
                created_before,
                limit,
                media_type,
                starting_after,
                status,
                verdict,
            } = self;
            let created_after = created_after.map_err(Error::InvalidRequest)?;
            let created_before = created_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let media_type = media_type.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let verdict = verdict.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/jobs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "created_after",
                    &created_after,
                ))
                .query(&progenitor_client::QueryParam::new(
                    "created_before",
                    &created_before,
                ))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new(
                    "media_type",
                    &media_type,
                ))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("verdict", &verdict))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_jobs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_job_media`]
    ///
    ///[`Client::get_job_media`]: super::Client::get_job_media
    #[derive(Debug, Clone)]
    pub struct GetJobMedia<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> GetJobMedia<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/jobs/{job_id}/media`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/jobs/{}/media",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_job_media",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_job_heatmap`]
    ///
    ///[`Client::get_job_heatmap`]: super::Client::get_job_heatmap
    #[derive(Debug, Clone)]
    pub struct GetJobHeatmap<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> GetJobHeatmap<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/jobs/{job_id}/heatmap`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/jobs/{}/heatmap",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_job_heatmap",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_usage`]
    ///
    ///[`Client::get_usage`]: super::Client::get_usage
    #[derive(Debug, Clone)]
    pub struct GetUsage<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetUsage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/usage`
        pub async fn send(self) -> Result<ResponseValue<types::KeyUsage>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/usage", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_usage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_models`]
    ///
    ///[`Client::list_models`]: super::Client::list_models
    #[derive(Debug, Clone)]
    pub struct ListModels<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListModels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/models`
        pub async fn send(self) -> Result<ResponseValue<types::ModelList>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/models", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_models",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_balance`]
    ///
    ///[`Client::get_balance`]: super::Client::get_balance
    #[derive(Debug, Clone)]
    pub struct GetBalance<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/billing/balance`
        pub async fn send(self) -> Result<ResponseValue<types::BalanceView>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/billing/balance", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_balance",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_ledger_entries`]
    ///
    ///[`Client::list_ledger_entries`]: super::Client::list_ledger_entries
    #[derive(Debug, Clone)]
    pub struct ListLedgerEntries<'a> {
        client: &'a super::Client,
        job_id: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        type_: Result<Option<types::LedgerEntryType>, String>,
        until: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }

    impl<'a> ListLedgerEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Ok(None),
                limit: Ok(None),
                since: Ok(None),
                starting_after: Ok(None),
                type_: Ok(None),
                until: Ok(None),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . since = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for since failed" . to_string ()) ;
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LedgerEntryType>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `LedgerEntryType` for type_ failed".to_string());
            self
        }

        pub fn until<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . until = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for until failed" . to_string ()) ;
            self
        }

        ///Sends a `GET` request to `/v1/billing/ledger`
        pub async fn send(self) -> Result<ResponseValue<types::LedgerPage>, Error<ByteStream>> {
            let Self {
                client,
                job_id,
                limit,
                since,
                starting_after,
                type_,
                until,
            } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/billing/ledger", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("job_id", &job_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ledger_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_credit_usage`]
    ///
    ///[`Client::get_credit_usage`]: super::Client::get_credit_usage
    #[derive(Debug, Clone)]
    pub struct GetCreditUsage<'a> {
        client: &'a super::Client,
        from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        group_by: Result<Option<types::GroupBy>, String>,
        to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }

    impl<'a> GetCreditUsage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                from: Ok(None),
                group_by: Ok(None),
                to: Ok(None),
            }
        }

        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . from = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed" . to_string ()) ;
            self
        }

        pub fn group_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupBy>,
        {
            self.group_by = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `GroupBy` for group_by failed".to_string());
            self
        }

        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . to = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed" . to_string ()) ;
            self
        }

        ///Sends a `GET` request to `/v1/billing/usage`
        pub async fn send(self) -> Result<ResponseValue<types::UsageView>, Error<ByteStream>> {
            let Self {
                client,
                from,
                group_by,
                to,
            } = self;
            let from = from.map_err(Error::InvalidRequest)?;
            let group_by = group_by.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/billing/usage", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("group_by", &group_by))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_credit_usage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_plan`]
    ///
    ///[`Client::get_plan`]: super::Client::get_plan
    #[derive(Debug, Clone)]
    pub struct GetPlan<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/billing/plan`
        pub async fn send(self) -> Result<ResponseValue<types::PlanView>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/billing/plan", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::change_plan`]
    ///
    ///[`Client::change_plan`]: super::Client::change_plan
    #[derive(Debug, Clone)]
    pub struct ChangePlan<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ChangePlan, String>,
    }

    impl<'a> ChangePlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChangePlan>,
            <V as std::convert::TryInto<types::ChangePlan>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `ChangePlan` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::ChangePlan) -> types::builder::ChangePlan,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v1/billing/plan`
        pub async fn send(self) -> Result<ResponseValue<types::PlanView>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::ChangePlan::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/billing/plan", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "change_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_credit_packs`]
    ///
    ///[`Client::list_credit_packs`]: super::Client::list_credit_packs
    #[derive(Debug, Clone)]
    pub struct ListCreditPacks<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListCreditPacks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/billing/packs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::PackView>>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/billing/packs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_credit_packs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_checkout`]
    ///
    ///[`Client::create_checkout`]: super::Client::create_checkout
    #[derive(Debug, Clone)]
    pub struct CreateCheckout<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::CreateCheckoutIdempotencyKey>, String>,
        body: Result<types::builder::CheckoutRequest, String>,
    }

    impl<'a> CreateCheckout<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateCheckoutIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `CreateCheckoutIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckoutRequest>,
            <V as std::convert::TryInto<types::CheckoutRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `CheckoutRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::CheckoutRequest) -> types::builder::CheckoutRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/billing/checkout`
        pub async fn send(self) -> Result<ResponseValue<types::CheckoutView>, Error<ByteStream>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::CheckoutRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/billing/checkout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_checkout",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::receive_stripe_event`]
    ///
    ///[`Client::receive_stripe_event`]: super::Client::receive_stripe_event
    #[derive(Debug, Clone)]
    pub struct ReceiveStripeEvent<'a> {
        client: &'a super::Client,
        stripe_signature: Result<Option<::std::string::String>, String>,
        body: Result<::serde_json::Map<::std::string::String, ::serde_json::Value>, String>,
    }

    impl<'a> ReceiveStripeEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                stripe_signature: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn stripe_signature<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.stripe_signature = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for stripe_signature failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        {
            self . body = value . try_into () . map_err (| _ | "conversion to `:: serde_json :: Map < :: std :: string :: String , :: serde_json :: Value >` for body failed" . to_string ()) ;
            self
        }

        ///Sends a `POST` request to `/v1/billing/stripe/webhook`
        pub async fn send(self) -> Result<ResponseValue<types::WebhookReceipt>, Error<ByteStream>> {
            let Self {
                client,
                stripe_signature,
                body,
            } = self;
            let stripe_signature = stripe_signature.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/billing/stripe/webhook", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = stripe_signature {
                header_map.append("Stripe-Signature", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "receive_stripe_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_webhook_endpoints`]
    ///
    ///[`Client::list_webhook_endpoints`]: super::Client::list_webhook_endpoints
    #[derive(Debug, Clone)]
    pub struct ListWebhookEndpoints<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }

    impl<'a> ListWebhookEndpoints<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/webhooks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEndpointPage>, Error<ByteStream>> {
            let Self {
                client,
                limit,
                starting_after,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_endpoints",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_webhook_endpoint`]
    ///
    ///[`Client::create_webhook_endpoint`]: super::Client::create_webhook_endpoint
    #[derive(Debug, Clone)]
    pub struct CreateWebhookEndpoint<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebhookEndpoint, String>,
    }

    impl<'a> CreateWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookEndpoint>,
            <V as std::convert::TryInto<types::CreateWebhookEndpoint>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `CreateWebhookEndpoint` for body failed: {}",
                    s
                )
            });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookEndpoint,
            ) -> types::builder::CreateWebhookEndpoint,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v1/webhooks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEndpointWithSecret>, Error<ByteStream>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::CreateWebhookEndpoint::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_webhook_event_types`]
    ///
    ///[`Client::list_webhook_event_types`]: super::Client::list_webhook_event_types
    #[derive(Debug, Clone)]
    pub struct ListWebhookEventTypes<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListWebhookEventTypes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/webhooks/event-types`
        pub async fn send(self) -> Result<ResponseValue<types::EventTypeList>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/webhooks/event-types", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_event_types",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_callback_secret`]
    ///
    ///[`Client::get_callback_secret`]: super::Client::get_callback_secret
    #[derive(Debug, Clone)]
    pub struct GetCallbackSecret<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetCallbackSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/v1/webhooks/callback-secret`
        pub async fn send(self) -> Result<ResponseValue<types::SigningSecret>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/v1/webhooks/callback-secret", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_callback_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::rotate_callback_secret`]
    ///
    ///[`Client::rotate_callback_secret`]: super::Client::rotate_callback_secret
    #[derive(Debug, Clone)]
    pub struct RotateCallbackSecret<'a> {
        client: &'a super::Client,
        grace_period_seconds: Result<Option<i64>, String>,
    }

    impl<'a> RotateCallbackSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                grace_period_seconds: Ok(None),
            }
        }

        pub fn grace_period_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.grace_period_seconds = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for grace_period_seconds failed".to_string());
            self
        }

        ///Sends a `POST` request to `/v1/webhooks/callback-secret`
        pub async fn send(self) -> Result<ResponseValue<types::SigningSecret>, Error<ByteStream>> {
            let Self {
                client,
                grace_period_seconds,
            } = self;
            let grace_period_seconds = grace_period_seconds.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/webhooks/callback-secret", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "grace_period_seconds",
                    &grace_period_seconds,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "rotate_callback_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_webhook_endpoint`]
    ///
    ///[`Client::get_webhook_endpoint`]: super::Client::get_webhook_endpoint
    #[derive(Debug, Clone)]
    pub struct GetWebhookEndpoint<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
    }

    impl<'a> GetWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/v1/webhooks/{endpoint_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEndpoint>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_webhook_endpoint`]
    ///
    ///[`Client::delete_webhook_endpoint`]: super::Client::delete_webhook_endpoint
    #[derive(Debug, Clone)]
    pub struct DeleteWebhookEndpoint<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
    }

    impl<'a> DeleteWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to `/v1/webhooks/{endpoint_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_webhook_endpoint`]
    ///
    ///[`Client::update_webhook_endpoint`]: super::Client::update_webhook_endpoint
    #[derive(Debug, Clone)]
    pub struct UpdateWebhookEndpoint<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebhookEndpoint, String>,
    }

    impl<'a> UpdateWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateWebhookEndpoint>,
            <V as std::convert::TryInto<types::UpdateWebhookEndpoint>>::Error: std::fmt::Display,
        {
            self.body = value.try_into().map(From::from).map_err(|s| {
                format!(
                    "conversion to `UpdateWebhookEndpoint` for body failed: {}",
                    s
                )
            });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebhookEndpoint,
            ) -> types::builder::UpdateWebhookEndpoint,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/v1/webhooks/{endpoint_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEndpoint>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                body,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UpdateWebhookEndpoint::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::rotate_webhook_secret`]
    ///
    ///[`Client::rotate_webhook_secret`]: super::Client::rotate_webhook_secret
    #[derive(Debug, Clone)]
    pub struct RotateWebhookSecret<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        grace_period_seconds: Result<Option<i64>, String>,
    }

    impl<'a> RotateWebhookSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                grace_period_seconds: Ok(None),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn grace_period_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.grace_period_seconds = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for grace_period_seconds failed".to_string());
            self
        }

        ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/rotate-secret`
        pub async fn send(self) -> Result<ResponseValue<types::SigningSecret>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                grace_period_seconds,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let grace_period_seconds = grace_period_seconds.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/rotate-secret",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "grace_period_seconds",
                    &grace_period_seconds,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "rotate_webhook_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::send_webhook_test`]
    ///
    ///[`Client::send_webhook_test`]: super::Client::send_webhook_test
    #[derive(Debug, Clone)]
    pub struct SendWebhookTest<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
    }

    impl<'a> SendWebhookTest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/test`
        pub async fn send(self) -> Result<ResponseValue<types::Queued>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/test",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_webhook_test",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_webhook_messages`]
    ///
    ///[`Client::list_webhook_messages`]: super::Client::list_webhook_messages
    #[derive(Debug, Clone)]
    pub struct ListWebhookMessages<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        event_type: Result<Option<types::WebhookEventType>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        status: Result<Option<types::DeliveryStatus>, String>,
        until: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }

    impl<'a> ListWebhookMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                event_type: Ok(None),
                limit: Ok(None),
                since: Ok(None),
                starting_after: Ok(None),
                status: Ok(None),
                until: Ok(None),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn event_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookEventType>,
        {
            self.event_type = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `WebhookEventType` for event_type failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . since = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for since failed" . to_string ()) ;
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeliveryStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `DeliveryStatus` for status failed".to_string());
            self
        }

        pub fn until<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . until = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for until failed" . to_string ()) ;
            self
        }

        ///Sends a `GET` request to `/v1/webhooks/{endpoint_id}/messages`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookMessagePage>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                event_type,
                limit,
                since,
                starting_after,
                status,
                until,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let event_type = event_type.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/messages",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new(
                    "event_type",
                    &event_type,
                ))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_webhook_message`]
    ///
    ///[`Client::get_webhook_message`]: super::Client::get_webhook_message
    #[derive(Debug, Clone)]
    pub struct GetWebhookMessage<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        message_id: Result<::std::string::String, String>,
    }

    impl<'a> GetWebhookMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                message_id: Err("message_id was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for message_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to
        /// `/v1/webhooks/{endpoint_id}/messages/{message_id}`
        pub async fn send(self) -> Result<ResponseValue<types::WebhookMessage>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                message_id,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/messages/{}",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
                encode_path(&message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_webhook_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_webhook_attempts`]
    ///
    ///[`Client::list_webhook_attempts`]: super::Client::list_webhook_attempts
    #[derive(Debug, Clone)]
    pub struct ListWebhookAttempts<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        message_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }

    impl<'a> ListWebhookAttempts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                message_id: Err("message_id was not initialized".to_string()),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for message_id failed".to_string()
            });
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for starting_after failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to
        /// `/v1/webhooks/{endpoint_id}/messages/{message_id}/attempts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookAttemptPage>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                message_id,
                limit,
                starting_after,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/messages/{}/attempts",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
                encode_path(&message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new(
                    "starting_after",
                    &starting_after,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_attempts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::retry_webhook_message`]
    ///
    ///[`Client::retry_webhook_message`]: super::Client::retry_webhook_message
    #[derive(Debug, Clone)]
    pub struct RetryWebhookMessage<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        message_id: Result<::std::string::String, String>,
    }

    impl<'a> RetryWebhookMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                message_id: Err("message_id was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.message_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for message_id failed".to_string()
            });
            self
        }

        ///Sends a `POST` request to
        /// `/v1/webhooks/{endpoint_id}/messages/{message_id}/retry`
        pub async fn send(self) -> Result<ResponseValue<types::RetryOutcome>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                message_id,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/messages/{}/retry",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
                encode_path(&message_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "retry_webhook_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::recover_webhook_messages`]
    ///
    ///[`Client::recover_webhook_messages`]: super::Client::recover_webhook_messages
    #[derive(Debug, Clone)]
    pub struct RecoverWebhookMessages<'a> {
        client: &'a super::Client,
        endpoint_id: Result<::std::string::String, String>,
        since: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    }

    impl<'a> RecoverWebhookMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                endpoint_id: Err("endpoint_id was not initialized".to_string()),
                since: Err("since was not initialized".to_string()),
            }
        }

        pub fn endpoint_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.endpoint_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for endpoint_id failed".to_string()
            });
            self
        }

        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . since = value . try_into () . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for since failed" . to_string ()) ;
            self
        }

        ///Sends a `POST` request to `/v1/webhooks/{endpoint_id}/recover`
        pub async fn send(self) -> Result<ResponseValue<types::RecoverOutcome>, Error<ByteStream>> {
            let Self {
                client,
                endpoint_id,
                since,
            } = self;
            let endpoint_id = endpoint_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/webhooks/{}/recover",
                client.baseurl,
                encode_path(&endpoint_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("since", &since))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "recover_webhook_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_health`]
    ///
    ///[`Client::get_health`]: super::Client::get_health
    #[derive(Debug, Clone)]
    pub struct GetHealth<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetHealth<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/healthz`
        pub async fn send(self) -> Result<ResponseValue<types::Health>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/healthz", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_readiness`]
    ///
    ///[`Client::get_readiness`]: super::Client::get_readiness
    #[derive(Debug, Clone)]
    pub struct GetReadiness<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetReadiness<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/readyz`
        pub async fn send(self) -> Result<ResponseValue<types::Readiness>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/readyz", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_readiness",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_metrics`]
    ///
    ///[`Client::get_metrics`]: super::Client::get_metrics
    #[derive(Debug, Clone)]
    pub struct GetMetrics<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/metrics`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
            let Self { client } = self;
            let url = format!("{}/metrics", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_metrics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::deepfakedetector_get_job`]
    ///
    ///[`Client::deepfakedetector_get_job`]: super::Client::deepfakedetector_get_job
    #[derive(Debug, Clone)]
    pub struct DeepfakedetectorGetJob<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> DeepfakedetectorGetJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/compat/deepfakedetector/v1/jobs/{job_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeepfakeDetectorResult>, Error<ByteStream>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compat/deepfakedetector/v1/jobs/{}",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "deepfakedetector_get_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::glair_deepfake_frames`]
    ///
    ///[`Client::glair_deepfake_frames`]: super::Client::glair_deepfake_frames
    #[derive(Debug, Clone)]
    pub struct GlairDeepfakeFrames<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<types::GlairDeepfakeFramesIdempotencyKey>, String>,
        body: Result<types::builder::DetectFramesRequest, String>,
    }

    impl<'a> GlairDeepfakeFrames<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GlairDeepfakeFramesIdempotencyKey>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `GlairDeepfakeFramesIdempotencyKey` for idempotency_key failed"
                    .to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DetectFramesRequest>,
            <V as std::convert::TryInto<types::DetectFramesRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DetectFramesRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DetectFramesRequest,
            ) -> types::builder::DetectFramesRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/compat/glair/face/v1/deepfake/images`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GlairDeepfakeResult>, Error<types::GlairError>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DetectFramesRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/compat/glair/face/v1/deepfake/images", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "glair_deepfake_frames",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::veriplus_get_job`]
    ///
    ///[`Client::veriplus_get_job`]: super::Client::veriplus_get_job
    #[derive(Debug, Clone)]
    pub struct VeriplusGetJob<'a> {
        client: &'a super::Client,
        job_id: Result<::std::string::String, String>,
    }

    impl<'a> VeriplusGetJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_id: Err("job_id was not initialized".to_string()),
            }
        }

        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to
        /// `/compat/veriplus/api/v4/deepfake/jobs/{job_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VeriplusEnvelope>, Error<types::VeriplusError>> {
            let Self { client, job_id } = self;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compat/veriplus/api/v4/deepfake/jobs/{}",
                client.baseurl,
                encode_path(&job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "veriplus_get_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::veriplus_list_jobs`]
    ///
    ///[`Client::veriplus_list_jobs`]: super::Client::veriplus_list_jobs
    #[derive(Debug, Clone)]
    pub struct VeriplusListJobs<'a> {
        client: &'a super::Client,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        media_type: Result<Option<::std::string::String>, String>,
        status: Result<Option<::std::string::String>, String>,
    }

    impl<'a> VeriplusListJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                limit: Ok(None),
                media_type: Ok(None),
                status: Ok(None),
            }
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed".to_string()
            });
            self
        }

        pub fn media_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.media_type = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for media_type failed".to_string()
            });
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for status failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/compat/veriplus/api/v4/deepfake/jobs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VeriplusList>, Error<types::VeriplusError>> {
            let Self {
                client,
                limit,
                media_type,
                status,
            } = self;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let media_type = media_type.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/compat/veriplus/api/v4/deepfake/jobs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new(
                    "mediaType",
                    &media_type,
                ))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "veriplus_list_jobs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::dmi_ai_text_detection`]
    ///
    ///[`Client::dmi_ai_text_detection`]: super::Client::dmi_ai_text_detection
    #[derive(Debug, Clone)]
    pub struct DmiAiTextDetection<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DmiTextRequest, String>,
    }

    impl<'a> DmiAiTextDetection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DmiTextRequest>,
            <V as std::convert::TryInto<types::DmiTextRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DmiTextRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::DmiTextRequest) -> types::builder::DmiTextRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to
        /// `/compat/dmi/api/public-api/ai-text-detection`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DmiTextResponse>, Error<types::DmiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::DmiTextRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compat/dmi/api/public-api/ai-text-detection",
                client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "dmi_ai_text_detection",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::dmi_list_api_keys`]
    ///
    ///[`Client::dmi_list_api_keys`]: super::Client::dmi_list_api_keys
    #[derive(Debug, Clone)]
    pub struct DmiListApiKeys<'a> {
        client: &'a super::Client,
    }

    impl<'a> DmiListApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/compat/dmi/api/api-keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DmiApiKeyList>, Error<types::DmiError>> {
            let Self { client } = self;
            let url = format!("{}/compat/dmi/api/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "dmi_list_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::dmi_create_api_key`]
    ///
    ///[`Client::dmi_create_api_key`]: super::Client::dmi_create_api_key
    #[derive(Debug, Clone)]
    pub struct DmiCreateApiKey<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DmiCreateApiKey, String>,
    }

    impl<'a> DmiCreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DmiCreateApiKey>,
            <V as std::convert::TryInto<types::DmiCreateApiKey>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DmiCreateApiKey` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::DmiCreateApiKey) -> types::builder::DmiCreateApiKey,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/compat/dmi/api/api-keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DmiApiKeyResponse>, Error<types::DmiError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::DmiCreateApiKey::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/compat/dmi/api/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "dmi_create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::dmi_get_api_key`]
    ///
    ///[`Client::dmi_get_api_key`]: super::Client::dmi_get_api_key
    #[derive(Debug, Clone)]
    pub struct DmiGetApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
    }

    impl<'a> DmiGetApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        ///Sends a `GET` request to `/compat/dmi/api/api-keys/{key_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DmiApiKeyResponse>, Error<types::DmiError>> {
            let Self { client, key_id } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compat/dmi/api/api-keys/{}",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "dmi_get_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::dmi_revoke_api_key`]
    ///
    ///[`Client::dmi_revoke_api_key`]: super::Client::dmi_revoke_api_key
    #[derive(Debug, Clone)]
    pub struct DmiRevokeApiKey<'a> {
        client: &'a super::Client,
        key_id: Result<::std::string::String, String>,
    }

    impl<'a> DmiRevokeApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                key_id: Err("key_id was not initialized".to_string()),
            }
        }

        pub fn key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.key_id = value.try_into().map_err(|_| {
                "conversion to `:: std :: string :: String` for key_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to `/compat/dmi/api/api-keys/{key_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DmiMessage>, Error<types::DmiError>> {
            let Self { client, key_id } = self;
            let key_id = key_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/compat/dmi/api/api-keys/{}",
                client.baseurl,
                encode_path(&key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "dmi_revoke_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                500u16..=599u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
