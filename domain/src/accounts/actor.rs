//! Who did something, as events and the audit log name them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{ApiKeyId, UserId};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Actor {
    /// A signed-in member (`usr_…`).
    User(UserId),
    /// An integration, by its API key (`key_…`).
    Key(ApiKeyId),
    /// Veracity itself: monthly allowances, retention, expiry.
    System,
    /// A failed login with an address that belongs to nobody.
    Anonymous,
    /// An operator at the command line, by the name they gave (`veracity admin …`).
    Operator(String),
}

impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Actor::User(user) => user.fmt(f),
            Actor::Key(key) => key.fmt(f),
            Actor::System => f.write_str("system"),
            Actor::Anonymous => f.write_str("anonymous"),
            Actor::Operator(name) => f.write_str(name),
        }
    }
}

impl From<&str> for Actor {
    /// Reads what `Display` writes; anything else is an operator's name.
    fn from(text: &str) -> Actor {
        match text {
            "system" => Actor::System,
            "anonymous" => Actor::Anonymous,
            _ => {
                if let Ok(user) = text.parse::<UserId>() {
                    Actor::User(user)
                } else if let Ok(key) = text.parse::<ApiKeyId>() {
                    Actor::Key(key)
                } else {
                    Actor::Operator(text.to_owned())
                }
            }
        }
    }
}

impl From<UserId> for Actor {
    fn from(user: UserId) -> Actor {
        Actor::User(user)
    }
}

impl From<ApiKeyId> for Actor {
    fn from(key: ApiKeyId) -> Actor {
        Actor::Key(key)
    }
}

/// Stored as the text it has always been stored as (`usr_…`, `key_…`, `system`, a name).
impl Serialize for Actor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Actor, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Actor::from(text.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_read_back_as_they_were_written() {
        for actor in
            [Actor::User(UserId::new()), Actor::Key(ApiKeyId::new()), Actor::System, Actor::Anonymous, Actor::Operator("ops@acme".into())]
        {
            let stored = serde_json::to_value(&actor).unwrap();
            assert_eq!(stored, serde_json::json!(actor.to_string()));
            assert_eq!(serde_json::from_value::<Actor>(stored).unwrap(), actor);
        }
        assert_eq!(Actor::from("usr_nonsense"), Actor::Operator("usr_nonsense".into()));
    }
}
