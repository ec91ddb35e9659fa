//! Sign-up, login, refresh-token rotation and reuse detection, logout, login throttling.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::accounts::{FetchJson, PASSWORD, code_of};
use crate::support::{spawn_app, unique};

#[tokio::test]
async fn signup_then_login_then_refresh_rotates_and_reuse_ends_the_session() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    assert!(owner.tenant_id.starts_with("ten_") && owner.user_id.starts_with("usr_"));

    let members: Value = app.admin(&owner, Method::GET, "/v1/members").fetch().await;
    assert_eq!(members["data"][0]["role"], "owner");
    assert_eq!(members["data"][0]["email"], owner.email.as_str());

    // The access token is an HS256 JWT with the documented claims.
    let claims = owner.access_token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(&base64_url(claims)).unwrap();
    assert_eq!(claims["iss"], "veracity");
    assert_eq!(claims["aud"], "veracity-admin");
    assert_eq!(claims["sub"], owner.user_id.as_str());
    assert_eq!(claims["tenant"], owner.tenant_id.as_str());
    assert_eq!(claims["role"], "owner");
    assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 900);

    let session = app.login_ok(&owner.email).await;
    let refreshed = app.post_json("/v1/auth/refresh", json!({"refresh_token": session.refresh_token})).await;
    assert_eq!(refreshed.status(), StatusCode::OK);
    let refreshed: Value = refreshed.json().await.unwrap();
    let second = refreshed["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(second, session.refresh_token);

    // The first token again: reuse. The family is revoked, so the second one dies too.
    let reused = app.post_json("/v1/auth/refresh", json!({"refresh_token": session.refresh_token})).await;
    assert_eq!(code_of(reused, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    let after = app.post_json("/v1/auth/refresh", json!({"refresh_token": second})).await;
    assert_eq!(code_of(after, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    app.stop().await;
}

#[tokio::test]
async fn logout_ends_the_refresh_token() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let logout = app.post_json("/v1/auth/logout", json!({"refresh_token": owner.refresh_token})).await;
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    let again = app.post_json("/v1/auth/logout", json!({"refresh_token": owner.refresh_token})).await;
    assert_eq!(again.status(), StatusCode::NO_CONTENT, "logout is idempotent");
    let refresh = app.post_json("/v1/auth/refresh", json!({"refresh_token": owner.refresh_token})).await;
    assert_eq!(code_of(refresh, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    app.stop().await;
}

#[tokio::test]
async fn signup_refuses_bad_input_and_taken_addresses() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let cases = [
        (
            json!({"organization_name": "Acme", "email": "x@example.com", "password": "short"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "VALIDATION_FAILED",
        ),
        (
            json!({"organization_name": "Acme", "email": "not-an-address", "password": PASSWORD}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "VALIDATION_FAILED",
        ),
        (
            json!({"organization_name": " ", "email": "y@example.com", "password": PASSWORD}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "VALIDATION_FAILED",
        ),
        (
            json!({"organization_name": "Acme", "email": owner.email.to_uppercase(), "password": PASSWORD}),
            StatusCode::CONFLICT,
            "EMAIL_TAKEN",
        ),
        (json!({"organization_name": "Acme"}), StatusCode::BAD_REQUEST, "MALFORMED_JSON"),
    ];
    for (body, status, code) in cases {
        let response = app.post_json("/v1/auth/signup", body.clone()).await;
        assert_eq!(code_of(response, status).await, code, "{body}");
    }
    let garbage = app
        .http
        .post(app.url("/v1/auth/signup"))
        .header("content-type", "application/json")
        .body("{\"organization_name\":")
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(garbage, StatusCode::BAD_REQUEST).await, "MALFORMED_JSON");
    let empty = app.http.post(app.url("/v1/auth/login")).header("content-type", "application/json").send().await.unwrap();
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account_and_per_address() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    for _ in 0..5 {
        let response = app.login(&owner.email, "wrong password!!").await;
        assert_eq!(code_of(response, StatusCode::UNAUTHORIZED).await, "INVALID_CREDENTIALS");
    }
    let throttled = app.login(&owner.email, PASSWORD).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = throttled.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=180).contains(&retry_after), "{retry_after}");
    assert_eq!(code_of(throttled, StatusCode::TOO_MANY_REQUESTS).await, "LOGIN_THROTTLED");

    // Unknown addresses fail like wrong passwords, and spend the client address's budget.
    for i in 0..15 {
        let response = app.login(&format!("{}-{i}@example.com", unique("nobody")), PASSWORD).await;
        assert_eq!(code_of(response, StatusCode::UNAUTHORIZED).await, "INVALID_CREDENTIALS");
    }
    let other = app.signup().await;
    let blocked = app.login(&other.email, PASSWORD).await;
    assert_eq!(code_of(blocked, StatusCode::TOO_MANY_REQUESTS).await, "LOGIN_THROTTLED", "20 failures from one address");
    app.stop().await;
}

fn base64_url(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
        bits = (bits << 6) | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    out
}

/// Unauthenticated bodies are bounded before any work: a 900 KB e-mail address at login or
/// sign-up (under the 1 MB body limit) is refused with 400 naming the field, and nothing is
/// written to the event log; strings at their bound are still judged normally.
#[tokio::test]
async fn oversized_strings_in_unauthenticated_bodies_are_refused_before_anything_is_written() {
    use veracity_domain::ports::EventStore;
    let app = spawn_app().await;
    let events = crate::support::nats::app_event_store(&app.config).await;
    let huge = format!("{}@example.com", "a".repeat(900 * 1024));
    let head = events.head().await.unwrap();
    for (path, body, field) in [
        ("/v1/auth/login", json!({"email": huge, "password": PASSWORD}), "email"),
        ("/v1/auth/login", json!({"email": "a@example.com", "password": "p".repeat(2000)}), "password"),
        ("/v1/auth/signup", json!({"organization_name": "Acme", "email": huge, "password": PASSWORD}), "email"),
        (
            "/v1/auth/signup",
            json!({"organization_name": "x".repeat(101), "email": "b@example.com", "password": PASSWORD}),
            "organization_name",
        ),
        ("/v1/auth/refresh", json!({"refresh_token": "vrt_".repeat(200)}), "refresh_token"),
    ] {
        let response = app.post_json(path, body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path} {field}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "VALIDATION_FAILED", "{path}: {problem}");
        assert_eq!(problem["field"], field, "{path}: {problem}");
    }
    assert_eq!(events.head().await.unwrap(), head, "refused requests wrote nothing");
    // At the bound, an address is judged as any other: a failed login, 401.
    let at_bound = format!("{}@example.com", "a".repeat(254 - "@example.com".len()));
    let response = app.post_json("/v1/auth/login", json!({"email": at_bound, "password": PASSWORD})).await;
    assert_eq!(code_of(response, StatusCode::UNAUTHORIZED).await, "INVALID_CREDENTIALS");
}

/// Sign-ups are throttled per client address, before any hashing or writing.
#[tokio::test]
async fn sign_ups_from_one_address_are_throttled_before_anything_is_written() {
    use veracity_domain::ports::EventStore;
    let tweak: crate::support::app::Tweak = Box::new(|config| config.auth.signups_per_ip_per_hour = 2);
    let app = crate::support::app::spawn_app_with(crate::support::app::AppOptions { tweak: Some(tweak), ..Default::default() }).await;
    app.signup().await;
    app.signup().await;
    let events = crate::support::nats::app_event_store(&app.config).await;
    let head = events.head().await.unwrap();
    let third = app
        .post_json(
            "/v1/auth/signup",
            json!({"organization_name": "Third", "email": format!("{}@example.com", unique("third-")), "password": PASSWORD}),
        )
        .await;
    assert!(third.headers().get("retry-after").is_some());
    assert_eq!(code_of(third, StatusCode::TOO_MANY_REQUESTS).await, "SIGNUP_THROTTLED");
    assert_eq!(events.head().await.unwrap(), head, "a refused sign-up writes nothing");
}
