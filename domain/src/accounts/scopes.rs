//! What an API key may call. A key carries a set of scopes; each endpoint requires one.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    DetectImage,
    DetectVideo,
    DetectAudio,
    DetectText,
    DetectAiMedia,
    JobsRead,
    JobsDelete,
    UsageRead,
    /// Manage webhook endpoints and secrets (`/v1/webhooks`). Never given by default.
    WebhooksWrite,
}

impl Scope {
    pub const ALL: [Scope; 9] = [
        Scope::DetectImage,
        Scope::DetectVideo,
        Scope::DetectAudio,
        Scope::DetectText,
        Scope::DetectAiMedia,
        Scope::JobsRead,
        Scope::JobsDelete,
        Scope::UsageRead,
        Scope::WebhooksWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::DetectImage => "detect:image",
            Scope::DetectVideo => "detect:video",
            Scope::DetectAudio => "detect:audio",
            Scope::DetectText => "detect:text",
            Scope::DetectAiMedia => "detect:ai-media",
            Scope::JobsRead => "jobs:read",
            Scope::JobsDelete => "jobs:delete",
            Scope::UsageRead => "usage:read",
            Scope::WebhooksWrite => "webhooks:write",
        }
    }

    pub fn parse(text: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.as_str() == text)
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of scopes. Serialised as a sorted list of scope names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scopes(u16);

impl Scopes {
    /// What a key gets when its creator names no scopes: every scope but `webhooks:write`
    /// (which changes where results are sent, and is given only when asked for).
    pub fn default_for_new_keys() -> Scopes {
        Scope::ALL.into_iter().filter(|s| *s != Scope::WebhooksWrite).collect()
    }

    pub fn contains(self, scope: Scope) -> bool {
        self.0 & scope.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Scope> {
        Scope::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    pub fn names(self) -> Vec<String> {
        self.iter().map(|s| s.as_str().to_owned()).collect()
    }

    /// Parses scope names; an unknown name is an error naming it.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Scopes, String> {
        names.into_iter().map(|n| Scope::parse(n).ok_or_else(|| format!("unknown scope `{n}`"))).collect()
    }
}

impl FromIterator<Scope> for Scopes {
    fn from_iter<I: IntoIterator<Item = Scope>>(iter: I) -> Self {
        Scopes(iter.into_iter().fold(0, |acc, s| acc | s.bit()))
    }
}

impl Serialize for Scopes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(Scope::as_str))
    }
}

impl<'de> Deserialize<'de> for Scopes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let names = Vec::<String>::deserialize(deserializer)?;
        Scopes::parse(names.iter().map(String::as_str)).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_round_trip_through_json() {
        let scopes: Scopes = [Scope::JobsRead, Scope::DetectImage].into_iter().collect();
        let json = serde_json::to_string(&scopes).unwrap();
        assert_eq!(json, r#"["detect:image","jobs:read"]"#);
        assert_eq!(serde_json::from_str::<Scopes>(&json).unwrap(), scopes);
        assert!(serde_json::from_str::<Scopes>(r#"["detect:everything"]"#).is_err());
        assert_eq!(Scopes::default_for_new_keys().iter().count(), Scope::ALL.len() - 1);
        assert!(!Scopes::default_for_new_keys().contains(Scope::WebhooksWrite));
    }
}
