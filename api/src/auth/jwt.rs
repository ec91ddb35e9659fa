//! Short-lived HS256 access tokens for the admin API (dashboard users, not integrations).

use chrono::{DateTime, TimeDelta, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use veracity_domain::accounts::Role;
use veracity_domain::{SessionId, TenantId, UserId};

/// The `aud` of admin access tokens; a token minted for anything else is refused.
pub const AUDIENCE: &str = "veracity-admin";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: String,
    pub tenant: String,
    /// The role when the token was issued; admin endpoints re-check the current role.
    pub role: Role,
    /// The session (refresh-token family) the token came from.
    pub sid: String,
    pub iat: i64,
    pub exp: i64,
}

/// Who an access token says the caller is.
#[derive(Debug, Clone, Copy)]
pub struct TokenSubject {
    pub user: UserId,
    pub tenant: TenantId,
    pub session: SessionId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenError {
    Invalid,
    Expired,
}

#[derive(Clone)]
pub struct TokenIssuer {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
    ttl: TimeDelta,
}

impl TokenIssuer {
    pub fn new(secret: &[u8], issuer: &str, ttl: TimeDelta) -> Self {
        Self { encoding: EncodingKey::from_secret(secret), decoding: DecodingKey::from_secret(secret), issuer: issuer.to_owned(), ttl }
    }

    pub fn ttl(&self) -> TimeDelta {
        self.ttl
    }

    pub fn issue(&self, subject: TokenSubject, role: Role, now: DateTime<Utc>) -> String {
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.to_owned(),
            sub: subject.user.to_string(),
            tenant: subject.tenant.to_string(),
            role,
            sid: subject.session.to_string(),
            iat: now.timestamp(),
            exp: (now + self.ttl).timestamp(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).expect("HS256 signing cannot fail")
    }

    /// Checks signature, algorithm, issuer and audience, then expiry against `now` (the
    /// service's clock, so tests can move time).
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<TokenSubject, TokenError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[AUDIENCE]);
        validation.validate_exp = false;
        validation.leeway = 0;
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).map_err(|_| TokenError::Invalid)?;
        let claims = data.claims;
        if claims.exp <= now.timestamp() {
            return Err(TokenError::Expired);
        }
        Ok(TokenSubject {
            user: claims.sub.parse().map_err(|_| TokenError::Invalid)?,
            tenant: claims.tenant.parse().map_err(|_| TokenError::Invalid)?,
            session: claims.sid.parse().map_err(|_| TokenError::Invalid)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_verifies_and_expires() {
        let issuer = TokenIssuer::new(b"0123456789abcdef0123456789abcdef", "veracity", TimeDelta::minutes(15));
        let subject = TokenSubject { user: UserId::new(), tenant: TenantId::new(), session: SessionId::new() };
        let now = Utc::now();
        let token = issuer.issue(subject, Role::Admin, now);
        let back = issuer.verify(&token, now).unwrap();
        assert_eq!((back.user, back.tenant), (subject.user, subject.tenant));
        assert_eq!(issuer.verify(&token, now + TimeDelta::minutes(15)).unwrap_err(), TokenError::Expired);
        let other = TokenIssuer::new(b"another secret of thirty-two b!!", "veracity", TimeDelta::minutes(15));
        assert_eq!(other.verify(&token, now).unwrap_err(), TokenError::Invalid);
        let mut tampered = token.clone();
        tampered.insert(tampered.len() - 3, 'x');
        assert_eq!(issuer.verify(&tampered, now).unwrap_err(), TokenError::Invalid);
    }
}
