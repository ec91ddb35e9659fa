//! Signing up, logging in and making API keys through the real API, for the account tests.

use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};

use crate::{TestApp, unique};

pub const PASSWORD: &str = "correct horse battery staple";

/// A signed-in dashboard user.
#[derive(Debug, Clone)]
pub struct Session {
    pub email: String,
    pub access_token: String,
    pub refresh_token: String,
    pub tenant_id: String,
    pub user_id: String,
}

impl Session {
    fn from_tokens(email: &str, body: &Value) -> Session {
        Session {
            email: email.to_owned(),
            access_token: body["access_token"].as_str().expect("access_token").to_owned(),
            refresh_token: body["refresh_token"].as_str().expect("refresh_token").to_owned(),
            tenant_id: body["tenant_id"].as_str().expect("tenant_id").to_owned(),
            user_id: body["user"]["id"].as_str().expect("user id").to_owned(),
        }
    }
}

impl TestApp {
    /// A request with the user's access token.
    pub fn admin(&self, session: &Session, method: Method, path: &str) -> RequestBuilder {
        self.http.request(method, self.url(path)).bearer_auth(&session.access_token)
    }

    pub async fn post_json(&self, path: &str, body: Value) -> Response {
        self.http.post(self.url(path)).json(&body).send().await.expect("request")
    }

    /// Signs up a new organisation with a unique owner address.
    pub async fn signup(&self) -> Session {
        let email = format!("{}@example.com", unique("owner-"));
        let response = self.post_json("/v1/auth/signup", json!({"organization_name": "Acme", "email": email, "password": PASSWORD})).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        Session::from_tokens(&email, &response.json().await.unwrap())
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.post_json("/v1/auth/login", json!({"email": email, "password": password})).await
    }

    pub async fn login_ok(&self, email: &str) -> Session {
        let response = self.login(email, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK);
        Session::from_tokens(email, &response.json().await.unwrap())
    }

    /// Invites `role` and accepts the invitation: a signed-in member of `owner`'s organisation.
    pub async fn add_member(&self, owner: &Session, role: &str) -> Session {
        let email = format!("{}@example.com", unique(&format!("{role}-")));
        let response = self.admin(owner, Method::POST, "/v1/members").json(&json!({"email": email, "role": role})).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let invitation: Value = response.json().await.unwrap();
        let token = invitation["invitation_token"].as_str().unwrap();
        let response = self.post_json("/v1/auth/accept-invitation", json!({"invitation_token": token, "password": PASSWORD})).await;
        assert_eq!(response.status(), StatusCode::OK);
        Session::from_tokens(&email, &response.json().await.unwrap())
    }

    /// Creates an API key with `body` (name added if missing); returns (id, secret).
    pub async fn create_key(&self, session: &Session, mut body: Value) -> (String, String) {
        if body.get("name").is_none() {
            body["name"] = json!("test key");
        }
        let response = self.admin(session, Method::POST, "/v1/api-keys").json(&body).send().await.unwrap();
        let status = response.status();
        let created: Value = response.json().await.unwrap();
        assert_eq!(status, StatusCode::CREATED, "{created}");
        (created["key"]["id"].as_str().unwrap().to_owned(), created["secret"].as_str().unwrap().to_owned())
    }

    /// `GET /v1/usage` with `secret` in the `X-API-Key` header.
    pub async fn usage(&self, secret: &str) -> Response {
        self.http.get(self.url("/v1/usage")).header("x-api-key", secret).send().await.unwrap()
    }
}

/// Sends a request and reads its JSON answer, whatever the status.
pub trait FetchJson {
    fn fetch(self) -> impl Future<Output = Value>;
}

impl FetchJson for RequestBuilder {
    async fn fetch(self) -> Value {
        self.send().await.expect("request").json().await.expect("a JSON answer")
    }
}

/// The `code` of a problem+json answer, checking its status.
pub async fn code_of(response: Response, status: StatusCode) -> String {
    assert_eq!(response.status(), status);
    let body: Value = response.json().await.unwrap();
    body["code"].as_str().unwrap_or_default().to_owned()
}
