//! The enums that request bodies carry (and responses show), apart from the routes that use
//! them so that the error mapping can name their values without depending on the routes.

use poem_openapi::Enum;
use serde::Deserialize;
use veracity_domain::accounts::{Plan, Role, Scope};
use veracity_domain::detection::AnalysisType;

/// Generates a poem-openapi enum (named `$schema` in the spec) mirroring a domain enum variant
/// for variant, with conversions both ways. Values are snake_case unless a case is given.
macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident as $schema:literal <=> $domain:ty { $($variant:ident),+ $(,)? }) => {
        mirror_enum! { $(#[$meta])* $name as $schema in "snake_case" <=> $domain { $($variant),+ } }
    };
    ($(#[$meta:meta])* $name:ident as $schema:literal in $case:literal <=> $domain:ty { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ::poem_openapi::Enum)]
        #[oai(rename = $schema, rename_all = $case)]
        pub enum $name {
            $($variant),+
        }

        impl From<$domain> for $name {
            fn from(value: $domain) -> Self {
                match value {
                    $(<$domain>::$variant => $name::$variant),+
                }
            }
        }

        impl From<$name> for $domain {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant => <$domain>::$variant),+
                }
            }
        }
    };
}

pub(crate) use mirror_enum;

/// What the media is: `GENERAL` (default), `FACE` (a face must be found, else the job fails
/// `NO_FACE_DETECTED`), `DOCUMENT` (a document photo: edits are reported as `DOCUMENT_FORGERY`)
/// or `VERIFICATION` (a KYC selfie: a face must be found).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Deserialize, Default)]
#[oai(rename = "AnalysisType", rename_all = "SCREAMING_SNAKE_CASE")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AnalysisTypeParam {
    #[default]
    General,
    Face,
    Document,
    Verification,
}

impl From<AnalysisType> for AnalysisTypeParam {
    fn from(a: AnalysisType) -> Self {
        match a {
            AnalysisType::General => AnalysisTypeParam::General,
            AnalysisType::Face => AnalysisTypeParam::Face,
            AnalysisType::Document => AnalysisTypeParam::Document,
            AnalysisType::Verification => AnalysisTypeParam::Verification,
        }
    }
}

impl From<AnalysisTypeParam> for AnalysisType {
    fn from(a: AnalysisTypeParam) -> Self {
        match a {
            AnalysisTypeParam::General => AnalysisType::General,
            AnalysisTypeParam::Face => AnalysisType::Face,
            AnalysisTypeParam::Document => AnalysisType::Document,
            AnalysisTypeParam::Verification => AnalysisType::Verification,
        }
    }
}

/// What a key may do: call one detection family, read or delete jobs, read its own usage, or
/// manage webhook endpoints (`webhooks:write`, never given by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, poem_openapi::Enum)]
#[oai(rename = "Scope", remote = "Scope")]
pub enum ScopeView {
    #[oai(rename = "detect:image")]
    DetectImage,
    #[oai(rename = "detect:video")]
    DetectVideo,
    #[oai(rename = "detect:audio")]
    DetectAudio,
    #[oai(rename = "detect:text")]
    DetectText,
    #[oai(rename = "detect:ai-media")]
    DetectAiMedia,
    #[oai(rename = "jobs:read")]
    JobsRead,
    #[oai(rename = "jobs:delete")]
    JobsDelete,
    #[oai(rename = "usage:read")]
    UsageRead,
    #[oai(rename = "webhooks:write")]
    WebhooksWrite,
}

mirror_enum! {
    /// A member's role: `owner`, `admin`, `developer`, `billing` or `viewer` (see the
    /// permission matrix in docs/api.md).
    RoleView as "Role" <=> Role { Owner, Admin, Developer, Billing, Viewer }
}

mirror_enum! {
    /// An organisation's plan.
    PlanName as "PlanName" in "SCREAMING_SNAKE_CASE" <=> Plan { Free, Basic, Pro, Enterprise }
}

/// For an enum a request body may carry, by its schema name: the field that holds it and the
/// values it may take (read from the schema, so they cannot drift from the spec).
pub(crate) fn request_enum(name: &str) -> Option<(&'static str, Vec<String>)> {
    use poem_openapi::registry::Registry;
    use poem_openapi::types::Type;

    fn values<T: Type>() -> Vec<String> {
        let mut registry = Registry::new();
        T::register(&mut registry);
        let schema = registry.schemas.get(&*T::name());
        schema.map(|schema| schema.enum_items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
    }

    type Entry = (fn() -> std::borrow::Cow<'static, str>, &'static str, fn() -> Vec<String>);
    let entries: [Entry; 5] = [
        (ScopeView::name, "scopes", values::<ScopeView>),
        (RoleView::name, "role", values::<RoleView>),
        (PlanName::name, "plan", values::<PlanName>),
        (crate::webhook_types::WebhookEventType::name, "event_types", values::<crate::webhook_types::WebhookEventType>),
        (AnalysisTypeParam::name, "analysis_type", values::<AnalysisTypeParam>),
    ];
    entries.into_iter().find(|(schema, ..)| schema() == name).map(|(_, field, values)| (field, values()))
}
