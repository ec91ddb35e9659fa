//! Authentication and its limits: passwords and sessions for dashboard users (JWT), API keys for
//! integrations, failed-login throttling, client addresses behind proxies, the security log.

pub mod bounded;
pub mod client_ip;
pub mod jwt;
pub mod keys;
pub mod limits;
pub mod passwords;
pub mod security_log;
pub mod throttle;
pub mod tokens;

use std::sync::Arc;

use chrono::TimeDelta;

pub use client_ip::TrustedProxies;
pub use jwt::TokenIssuer;
pub use keys::KeyAuthenticator;
pub use passwords::Hasher;
pub use security_log::SecurityLog;
pub use throttle::LoginThrottle;

/// Lifetimes and limits of the account endpoints (from the `auth` configuration section).
#[derive(Debug, Clone)]
pub struct AuthSettings {
    pub refresh_token_ttl: TimeDelta,
    pub invitation_ttl: TimeDelta,
}

/// Everything authentication needs, shared by all requests of a process.
#[derive(Clone)]
pub struct Auth {
    pub hasher: Hasher,
    pub tokens: TokenIssuer,
    pub keys: Arc<KeyAuthenticator>,
    pub throttle: Arc<LoginThrottle>,
    pub proxies: TrustedProxies,
    pub security: SecurityLog,
    pub settings: AuthSettings,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_readme_shows_the_permission_matrix_the_code_enforces() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/api.md")).expect("docs/api.md");
        let matrix = veracity_domain::accounts::matrix_markdown();
        assert!(readme.contains(&matrix), "docs/api.md must contain this permission matrix:\n{matrix}");
    }
}
