//! Tenant isolation for every resource of the accounts API, and the audit log.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::accounts::{FetchJson, PASSWORD, code_of};
use crate::support::{AppOptions, Database, eventually, spawn_app, spawn_app_with};

#[tokio::test]
async fn another_tenants_keys_members_and_audit_entries_are_not_found() {
    let app = spawn_app().await;
    let alice = app.signup().await;
    let bob = app.signup().await;
    let bob_dev = app.add_member(&bob, "developer").await;
    let (bob_key, bob_secret) = app.create_key(&bob, json!({"name": "bob's"})).await;
    let (alice_key, _) = app.create_key(&alice, json!({"name": "alice's"})).await;

    for (method, path, body) in [
        (Method::GET, format!("/v1/api-keys/{bob_key}"), None),
        (Method::PATCH, format!("/v1/api-keys/{bob_key}"), Some(json!({"daily_limit": 1}))),
        (Method::DELETE, format!("/v1/api-keys/{bob_key}"), None),
        (Method::POST, format!("/v1/api-keys/{bob_key}/rotate"), None),
        (Method::PATCH, format!("/v1/members/{}", bob_dev.user_id), Some(json!({"role": "viewer"}))),
        (Method::DELETE, format!("/v1/members/{}", bob_dev.user_id), None),
    ] {
        let mut request = app.admin(&alice, method.clone(), &path);
        if let Some(body) = body {
            request = request.json(&body);
        }
        assert_eq!(code_of(request.send().await.unwrap(), StatusCode::NOT_FOUND).await, "NOT_FOUND", "{method} {path}");
    }
    assert_eq!(app.usage(&bob_secret).await.status(), StatusCode::OK, "bob's key is untouched");

    let keys: Value = app.admin(&alice, Method::GET, "/v1/api-keys").fetch().await;
    let ids: Vec<&str> = keys["data"].as_array().unwrap().iter().map(|k| k["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [alice_key.as_str()]);
    let members: Value = app.admin(&alice, Method::GET, "/v1/members").fetch().await;
    assert_eq!(members["data"].as_array().unwrap().len(), 1);

    let bob_log: Value = app.admin(&bob, Method::GET, "/v1/audit-log?limit=100").fetch().await;
    let bob_entry = bob_log["data"][0]["id"].as_str().unwrap().to_owned();
    let alice_log: Value = app.admin(&alice, Method::GET, "/v1/audit-log?limit=100").fetch().await;
    let alice_text = alice_log.to_string();
    assert!(!alice_text.contains(&bob.user_id) && !alice_text.contains(&bob_key) && !alice_text.contains(&bob_entry));
    let cursor = app.admin(&alice, Method::GET, &format!("/v1/audit-log?starting_after={bob_entry}")).send().await.unwrap();
    assert_eq!(code_of(cursor, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");
    app.stop().await;
}

#[tokio::test]
async fn the_audit_log_records_security_events_filters_pages_and_holds_no_secrets() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let viewer = app.add_member(&owner, "viewer").await;
    let (id, secret) = app.create_key(&owner, json!({"allowed_ips": ["2001:db8::/32"], "rate_limit_per_minute": 1})).await;
    assert_eq!(app.usage(&secret).await.status(), StatusCode::FORBIDDEN);
    let (_, limited) = app.create_key(&owner, json!({"rate_limit_per_minute": 1})).await;
    app.usage(&limited).await;
    assert_eq!(app.usage(&limited).await.status(), StatusCode::TOO_MANY_REQUESTS);
    app.admin(&owner, Method::PATCH, &format!("/v1/api-keys/{id}")).json(&json!({"daily_limit": 7})).send().await.unwrap();
    let rotated: Value = app.admin(&owner, Method::POST, &format!("/v1/api-keys/{id}/rotate")).fetch().await;
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    app.admin(&owner, Method::DELETE, &format!("/v1/api-keys/{id}")).send().await.unwrap();
    app.admin(&owner, Method::PATCH, &format!("/v1/members/{}", viewer.user_id)).json(&json!({"role": "billing"})).send().await.unwrap();
    assert_eq!(app.admin(&viewer, Method::GET, "/v1/api-keys").send().await.unwrap().status(), StatusCode::FORBIDDEN);
    app.admin(&owner, Method::DELETE, &format!("/v1/members/{}", viewer.user_id)).send().await.unwrap();
    app.login(&owner.email, "not the password").await;
    let session = app.login_ok(&owner.email).await;
    app.post_json("/v1/auth/refresh", json!({"refresh_token": session.refresh_token})).await;
    app.post_json("/v1/auth/refresh", json!({"refresh_token": session.refresh_token})).await;

    let expected = [
        "tenant.created",
        "login.succeeded",
        "login.failed",
        "member.added",
        "member.joined",
        "member.role_changed",
        "member.removed",
        "api_key.created",
        "api_key.updated",
        "api_key.rotated",
        "api_key.revoked",
        "access.ip_rejected",
        "access.rate_limited",
        "access.permission_denied",
        "session.refresh_token_reused",
    ];
    let session = app.login_ok(&owner.email).await;
    let entries = eventually("every security event in the audit log", std::time::Duration::from_secs(5), || async {
        let log: Value = app.admin(&session, Method::GET, "/v1/audit-log?limit=100").fetch().await;
        let entries = log["data"].as_array().unwrap().clone();
        let types: Vec<&str> = entries.iter().map(|e| e["type"].as_str().unwrap()).collect();
        expected.iter().all(|t| types.contains(t)).then_some(entries)
    })
    .await;

    let text = serde_json::to_string(&entries).unwrap();
    for secret in [PASSWORD, "not the password", &secret, &new_secret, &limited, &session.refresh_token, &owner.access_token] {
        assert!(!text.contains(secret), "the audit log holds a secret");
    }
    let rotated_entry = entries.iter().find(|e| e["type"] == "api_key.rotated").unwrap();
    assert_eq!(rotated_entry["actor"], owner.user_id.as_str());
    assert_eq!(rotated_entry["target_id"], id.as_str());
    assert_eq!(rotated_entry["ip"], "127.0.0.1");
    assert!(rotated_entry["request_id"].as_str().unwrap().starts_with("req_"));

    let failed: Value = app.admin(&session, Method::GET, "/v1/audit-log?type=login.failed").fetch().await;
    assert_eq!(failed["data"].as_array().unwrap().len(), 1);
    let by_viewer: Value = app.admin(&session, Method::GET, &format!("/v1/audit-log?actor={}", viewer.user_id)).fetch().await;
    assert!(by_viewer["data"].as_array().unwrap().iter().all(|e| e["actor"] == viewer.user_id.as_str()));
    assert!(!by_viewer["data"].as_array().unwrap().is_empty());
    let future: Value = app.admin(&session, Method::GET, "/v1/audit-log?since=2999-01-01T00:00:00Z").fetch().await;
    assert!(future["data"].as_array().unwrap().is_empty());

    // Pages of 4 walk the whole log once, newest first.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..100 {
        let path = match &cursor {
            Some(c) => format!("/v1/audit-log?limit=4&starting_after={c}"),
            None => "/v1/audit-log?limit=4".to_owned(),
        };
        let page: Value = app.admin(&session, Method::GET, &path).fetch().await;
        seen.extend(page["data"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    // Entries recorded since the snapshot (background security events) may come first.
    let all: Vec<String> = entries.iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect();
    let unique: std::collections::HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no entry on two pages");
    let known: Vec<&String> = seen.iter().filter(|id| all.contains(id)).collect();
    assert_eq!(known, all.iter().collect::<Vec<_>>(), "pages hold the same entries in the same order");
    app.stop().await;
}

/// The account read models on PostgreSQL (the other tests use SQLite): members, keys with
/// their recorded daily usage, and audit log queries with every filter.
#[tokio::test]
async fn the_account_read_models_work_on_postgres() {
    let app = spawn_app_with(AppOptions { database: Database::Postgres, ..Default::default() }).await;
    let owner = app.signup().await;
    app.add_member(&owner, "developer").await;
    let (id, secret) = app.create_key(&owner, json!({"allowed_ips": ["::1", "127.0.0.1"]})).await;
    for _ in 0..3 {
        assert_eq!(app.usage(&secret).await.status(), StatusCode::OK);
    }
    let key = eventually("usage recorded in PostgreSQL", std::time::Duration::from_secs(5), || async {
        let key = app.admin(&owner, Method::GET, &format!("/v1/api-keys/{id}")).fetch().await;
        (key["daily_usage"] == 3).then_some(key)
    })
    .await;
    assert_eq!(key["allowed_ips"], json!(["::1/128", "127.0.0.1/32"]));
    let members = app.admin(&owner, Method::GET, "/v1/members").fetch().await;
    assert_eq!(members["data"].as_array().unwrap().len(), 2);
    let path =
        format!("/v1/audit-log?type=api_key.created&actor={}&since=2000-01-01T00:00:00Z&until=2999-01-01T00:00:00Z&limit=1", owner.user_id);
    // The audit log is its own projection: the API does not wait for it.
    let log = eventually("the key's creation in the audit log", std::time::Duration::from_secs(10), || async {
        let log = app.admin(&owner, Method::GET, &path).fetch().await;
        (log["data"][0]["target_id"] == id.as_str()).then_some(log)
    })
    .await;
    assert_eq!(log["has_more"], false);
    app.stop().await;
}
