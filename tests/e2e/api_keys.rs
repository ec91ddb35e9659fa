//! API keys end to end: shown once, listed without secrets, authentication by header or
//! bearer, scopes, expiry, rotation grace, IP allow-lists (IPv4 and IPv6, behind a trusted
//! proxy), per-minute and daily limits with a controllable clock, and revocation reaching a
//! second API process.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use veracity::app::Roles;
use veracity_domain::fakes::ManualClock;

use crate::support::accounts::{FetchJson, code_of};
use crate::support::{AppOptions, eventually, spawn_app, spawn_app_with};

fn clock_at(text: &str) -> Arc<ManualClock> {
    Arc::new(ManualClock::new(DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)))
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn a_key_is_shown_once_listed_without_its_secret_and_authenticates_both_ways() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let (id, secret) = app.create_key(&owner, json!({"name": "backend"})).await;
    assert!(id.starts_with("key_"));
    assert!(secret.starts_with("vk_live_") && secret.len() > 60, "{secret}");

    let listed: Value = app.admin(&owner, Method::GET, "/v1/api-keys").fetch().await;
    let text = listed.to_string();
    assert!(!text.contains(&secret[8..]), "a listing never holds the secret");
    let key = &listed["data"][0];
    assert_eq!(key["id"], id.as_str());
    assert!(secret.starts_with(key["prefix"].as_str().unwrap()));
    assert!(secret.ends_with(key["last4"].as_str().unwrap()));
    assert_eq!(key["daily_limit"], 1000);
    assert_eq!(key["rate_limit_per_minute"], 10, "the FREE plan's default");
    assert_eq!(key["status"], "active");
    assert_eq!(key["scopes"].as_array().unwrap().len(), 8, "every scope by default");

    let by_header = app.usage(&secret).await;
    assert_eq!(by_header.status(), StatusCode::OK);
    assert_eq!(header(&by_header, "ratelimit-policy"), r#""minute";q=10;w=60, "day";q=1000;w=86400"#);
    assert!(header(&by_header, "ratelimit").starts_with(r#""minute";r=9;"#), "{}", header(&by_header, "ratelimit"));
    let body: Value = by_header.json().await.unwrap();
    assert_eq!(body["key_id"], id.as_str());
    assert_eq!(body["tenant_id"], owner.tenant_id.as_str());
    let by_bearer = app.http.get(app.url("/v1/usage")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(by_bearer.status(), StatusCode::OK);

    let missing = app.http.get(app.url("/v1/usage")).send().await.unwrap();
    assert_eq!(header(&missing, "www-authenticate"), r#"Bearer realm="veracity""#);
    assert_eq!(code_of(missing, StatusCode::UNAUTHORIZED).await, "AUTH_MISSING");
    assert_eq!(code_of(app.usage("vk_live_nonsense").await, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    let forged = veracity_api::auth::tokens::new_api_key(veracity_domain::TenantId::new(), veracity_domain::ApiKeyId::new());
    for _ in 0..2 {
        assert_eq!(
            code_of(app.usage(&forged).await, StatusCode::UNAUTHORIZED).await,
            "AUTH_INVALID",
            "a well-formed key that does not exist"
        );
    }
    let mut wrong = secret.clone();
    wrong.replace_range(10..11, if &secret[10..11] == "a" { "b" } else { "a" });
    assert_eq!(code_of(app.usage(&wrong).await, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    // An admin access token is not an API key, and an API key is not an access token.
    let jwt = app.http.get(app.url("/v1/usage")).bearer_auth(&owner.access_token).send().await.unwrap();
    assert_eq!(code_of(jwt, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    let key_as_admin = app.http.get(app.url("/v1/api-keys")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(code_of(key_as_admin, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    app.stop().await;
}

#[tokio::test]
async fn scopes_expiry_updates_and_revocation() {
    let clock = clock_at("2026-11-23T12:00:00Z");
    let app = spawn_app_with(AppOptions { clock: Some(clock.clone()), ..Default::default() }).await;
    let owner = app.signup().await;
    let (_, narrow) = app.create_key(&owner, json!({"scopes": ["detect:image"]})).await;
    let denied = app.usage(&narrow).await;
    assert_eq!(code_of(denied, StatusCode::FORBIDDEN).await, "AUTH_SCOPE");
    // A key's rate limit is capped by the plan (FREE: 1000 a minute), on creation and update.
    let over =
        app.admin(&owner, Method::POST, "/v1/api-keys").json(&json!({"name": "x", "rate_limit_per_minute": 1001})).send().await.unwrap();
    assert!(over.status().is_client_error(), "{}", over.status());
    assert!(over.text().await.unwrap().contains("at most 1000 on plan FREE"));

    let (id, secret) = app.create_key(&owner, json!({"expires_at": "2026-11-23T12:01:00Z"})).await;
    assert_eq!(app.usage(&secret).await.status(), StatusCode::OK);
    clock.advance(TimeDelta::seconds(61));
    assert_eq!(code_of(app.usage(&secret).await, StatusCode::UNAUTHORIZED).await, "KEY_EXPIRED");
    let owner = app.login_ok(&owner.email).await;
    let listed: Value = app.admin(&owner, Method::GET, &format!("/v1/api-keys/{id}")).fetch().await;
    assert_eq!(listed["status"], "expired");

    // Clearing the expiry and narrowing the scopes apply to the same secret at once.
    let patched = app
        .admin(&owner, Method::PATCH, &format!("/v1/api-keys/{id}"))
        .json(&json!({"expires_at": null, "scopes": ["jobs:read"], "daily_limit": 50}))
        .send()
        .await
        .unwrap();
    assert_eq!(patched.status(), StatusCode::OK);
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["scopes"], json!(["jobs:read"]));
    assert_eq!(patched["daily_limit"], 50);
    assert_eq!(patched["expires_at"], Value::Null);
    assert_eq!(code_of(app.usage(&secret).await, StatusCode::FORBIDDEN).await, "AUTH_SCOPE");
    app.admin(&owner, Method::PATCH, &format!("/v1/api-keys/{id}")).json(&json!({"scopes": ["usage:read"]})).send().await.unwrap();
    assert_eq!(app.usage(&secret).await.status(), StatusCode::OK);

    let revoked = app.admin(&owner, Method::DELETE, &format!("/v1/api-keys/{id}")).send().await.unwrap();
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    assert_eq!(code_of(app.usage(&secret).await, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    let again = app.admin(&owner, Method::DELETE, &format!("/v1/api-keys/{id}")).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::NO_CONTENT);

    for bad in [
        json!({"scopes": ["detect:everything"]}),
        json!({"daily_limit": 0}),
        json!({"allowed_ips": ["10.0.0.1/8"]}),
        json!({"expires_at": "2020-01-01T00:00:00Z"}),
    ] {
        let response = app
            .admin(&owner, Method::POST, "/v1/api-keys")
            .json(&{
                let mut b = bad.clone();
                b["name"] = json!("x");
                b
            })
            .send()
            .await
            .unwrap();
        assert_eq!(code_of(response, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED", "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn rotation_keeps_the_old_secret_for_its_grace_period_only() {
    let clock = clock_at("2026-11-23T12:00:00Z");
    let app = spawn_app_with(AppOptions { clock: Some(clock.clone()), ..Default::default() }).await;
    let owner = app.signup().await;
    let (id, old) = app.create_key(&owner, json!({})).await;
    assert_eq!(app.usage(&old).await.status(), StatusCode::OK);

    let rotated = app.admin(&owner, Method::POST, &format!("/v1/api-keys/{id}/rotate?grace_period_seconds=3600")).send().await.unwrap();
    assert_eq!(rotated.status(), StatusCode::OK);
    let rotated: Value = rotated.json().await.unwrap();
    let new = rotated["secret"].as_str().unwrap().to_owned();
    assert_ne!(new, old);
    let until = rotated["key"]["previous_secret_valid_until"].as_str().unwrap();
    assert_eq!(DateTime::parse_from_rfc3339(until).unwrap(), DateTime::parse_from_rfc3339("2026-11-23T13:00:00Z").unwrap());
    assert!(new.starts_with(rotated["key"]["prefix"].as_str().unwrap()));

    assert_eq!(app.usage(&old).await.status(), StatusCode::OK, "the old secret works during the grace period");
    assert_eq!(app.usage(&new).await.status(), StatusCode::OK);
    clock.advance(TimeDelta::seconds(3599));
    assert_eq!(app.usage(&old).await.status(), StatusCode::OK);
    clock.advance(TimeDelta::seconds(1));
    assert_eq!(code_of(app.usage(&old).await, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    assert_eq!(app.usage(&new).await.status(), StatusCode::OK);

    // Grace 0 ends the previous secret at once.
    let owner = app.login_ok(&owner.email).await;
    let rotated: Value = app.admin(&owner, Method::POST, &format!("/v1/api-keys/{id}/rotate?grace_period_seconds=0")).fetch().await;
    assert_eq!(code_of(app.usage(&new).await, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    assert_eq!(app.usage(rotated["secret"].as_str().unwrap()).await.status(), StatusCode::OK);
    let too_long =
        app.admin(&owner, Method::POST, &format!("/v1/api-keys/{id}/rotate?grace_period_seconds=99999999")).send().await.unwrap();
    assert_eq!(code_of(too_long, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    app.stop().await;
}

#[tokio::test]
async fn per_minute_and_daily_limits_with_headers_and_a_reset_at_midnight_utc() {
    let clock = clock_at("2026-11-23T23:57:00Z");
    let app = spawn_app_with(AppOptions { clock: Some(clock.clone()), ..Default::default() }).await;
    let owner = app.signup().await;
    let (_, minute_key) = app.create_key(&owner, json!({"rate_limit_per_minute": 3})).await;
    for remaining in [2, 1, 0] {
        let ok = app.usage(&minute_key).await;
        assert_eq!(ok.status(), StatusCode::OK);
        assert!(header(&ok, "ratelimit").starts_with(&format!(r#""minute";r={remaining};"#)));
    }
    let limited = app.usage(&minute_key).await;
    assert_eq!(header(&limited, "retry-after"), "20");
    assert!(header(&limited, "ratelimit").starts_with(r#""minute";r=0;t=60"#), "{}", header(&limited, "ratelimit"));
    assert_eq!(code_of(limited, StatusCode::TOO_MANY_REQUESTS).await, "RATE_LIMITED");
    clock.advance(TimeDelta::seconds(20));
    assert_eq!(app.usage(&minute_key).await.status(), StatusCode::OK, "one request per 20 s refills");

    let (id, daily_key) = app.create_key(&owner, json!({"daily_limit": 3, "rate_limit_per_minute": 100})).await;
    for remaining in [2, 1, 0] {
        let ok = app.usage(&daily_key).await;
        assert_eq!(ok.status(), StatusCode::OK);
        assert!(header(&ok, "ratelimit").contains(&format!(r#""day";r={remaining};t="#)), "{}", header(&ok, "ratelimit"));
    }
    let exhausted = app.usage(&daily_key).await;
    assert_eq!(header(&exhausted, "retry-after"), "160", "until 00:00 UTC");
    assert_eq!(code_of(exhausted, StatusCode::TOO_MANY_REQUESTS).await, "DAILY_LIMIT_EXCEEDED");

    // The counts are recorded in the log and reach the listing.
    let usage = eventually("the day's usage in the key listing", Duration::from_secs(5), || async {
        let key: Value = app.admin(&owner, Method::GET, &format!("/v1/api-keys/{id}")).fetch().await;
        (key["daily_usage"] == 3).then_some(key)
    })
    .await;
    assert!(usage["last_used_at"].is_string());

    clock.set(DateTime::parse_from_rfc3339("2026-11-24T00:00:00Z").unwrap().with_timezone(&Utc));
    let next_day = app.usage(&daily_key).await;
    assert_eq!(next_day.status(), StatusCode::OK, "the daily limit resets at 00:00 UTC");
    assert!(header(&next_day, "ratelimit").contains(r#""day";r=2;t=86400"#), "{}", header(&next_day, "ratelimit"));
    app.stop().await;
}

#[tokio::test]
async fn ip_allow_lists_match_v4_and_v6_and_trust_forwarded_for_only_from_proxies() {
    let app = spawn_app_with(AppOptions {
        tweak: Some(Box::new(|config| config.auth.trusted_proxies = vec!["127.0.0.1".into()])),
        ..Default::default()
    })
    .await;
    let owner = app.signup().await;
    let (_, v6_key) = app.create_key(&owner, json!({"allowed_ips": ["2001:db8::/32", "198.51.100.0/24"]})).await;
    let from = |ip: &'static str| {
        let request = app.http.get(app.url("/v1/usage")).header("x-api-key", v6_key.clone());
        request.header("x-forwarded-for", ip).send()
    };
    assert_eq!(from("2001:db8:aa::5").await.unwrap().status(), StatusCode::OK);
    assert_eq!(from("198.51.100.77").await.unwrap().status(), StatusCode::OK);
    assert_eq!(from("6.6.6.6, 198.51.100.77").await.unwrap().status(), StatusCode::OK, "the nearest hop counts");
    let outside = from("2001:db9::1").await.unwrap();
    assert_eq!(code_of(outside, StatusCode::FORBIDDEN).await, "IP_NOT_ALLOWED");
    let direct = app.usage(&v6_key).await;
    assert_eq!(code_of(direct, StatusCode::FORBIDDEN).await, "IP_NOT_ALLOWED", "127.0.0.1 itself is not allowed");
    app.stop().await;

    // Without trusted proxies the header is ignored.
    let app = spawn_app().await;
    let owner = app.signup().await;
    let (_, key) = app.create_key(&owner, json!({"allowed_ips": ["2001:db8::/32"]})).await;
    let spoofed =
        app.http.get(app.url("/v1/usage")).header("x-api-key", &key).header("x-forwarded-for", "2001:db8::1").send().await.unwrap();
    assert_eq!(code_of(spoofed, StatusCode::FORBIDDEN).await, "IP_NOT_ALLOWED");
    let (_, local) = app.create_key(&owner, json!({"allowed_ips": ["127.0.0.0/8", "::1"]})).await;
    assert_eq!(app.usage(&local).await.status(), StatusCode::OK);
    app.stop().await;
}

#[tokio::test]
async fn a_second_api_process_sees_a_revocation_within_a_second() {
    let first = spawn_app().await;
    let second = spawn_app_with(AppOptions {
        roles: Roles { api: true, workers: false },
        nats: Some(first.nats()),
        join: Some(first.config.clone()),
        ..Default::default()
    })
    .await;
    let owner = first.signup().await;
    let (id, secret) = first.create_key(&owner, json!({"rate_limit_per_minute": 1000})).await;
    assert_eq!(second.usage(&secret).await.status(), StatusCode::OK, "the second process knows the key");
    assert_eq!(second.usage(&secret).await.status(), StatusCode::OK);

    // A scope change reaches the second process through the log too.
    let narrowed =
        first.admin(&owner, Method::PATCH, &format!("/v1/api-keys/{id}")).json(&json!({"scopes": ["detect:image"]})).send().await.unwrap();
    assert_eq!(narrowed.status(), StatusCode::OK);
    eventually("the second process applying the new scopes", Duration::from_secs(1), || async {
        (second.usage(&secret).await.status() == StatusCode::FORBIDDEN).then_some(())
    })
    .await;

    let revoked_at = Instant::now();
    let revoked = first.admin(&owner, Method::DELETE, &format!("/v1/api-keys/{id}")).send().await.unwrap();
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    eventually("the second process refusing the revoked key", Duration::from_secs(1), || async {
        (second.usage(&secret).await.status() == StatusCode::UNAUTHORIZED).then_some(())
    })
    .await;
    println!("revocation reached the second process after {:?}", revoked_at.elapsed());
    second.stop().await;
    first.stop().await;
}
