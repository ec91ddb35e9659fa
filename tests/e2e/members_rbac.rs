//! Roles and the permission matrix on the real API, and the rules of the roster.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use veracity_domain::accounts::{Permission, Role};

use crate::support::accounts::{FetchJson, PASSWORD, code_of};
use crate::support::{spawn_app, unique};

/// One request per permission class that has endpoints in this build; the expected answer comes
/// from the same matrix docs/api.md shows.
#[tokio::test]
async fn every_role_gets_exactly_what_the_permission_matrix_grants() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    for role in Role::ALL {
        let member = if role == Role::Owner { owner.clone() } else { app.add_member(&owner, role.as_str()).await };
        let checks: [(Permission, Method, &str, Option<Value>, StatusCode); 6] = [
            (Permission::ReadMembers, Method::GET, "/v1/members", None, StatusCode::OK),
            (Permission::ReadJobs, Method::GET, "/v1/jobs", None, StatusCode::OK),
            // Allowed, the unknown job is a 404; refused, the role is checked first.
            (Permission::DeleteJobs, Method::DELETE, "/v1/jobs/job_01jdx7q5v6m3k0c8f2h4n9r1sd", None, StatusCode::NOT_FOUND),
            (Permission::ManageApiKeys, Method::GET, "/v1/api-keys", None, StatusCode::OK),
            (Permission::ReadAuditLog, Method::GET, "/v1/audit-log", None, StatusCode::OK),
            (
                Permission::ManageMembers,
                Method::POST,
                "/v1/members",
                Some(json!({"email": format!("{}@example.com", unique("x")), "role": "viewer"})),
                StatusCode::CREATED,
            ),
        ];
        for (permission, method, path, body, allowed) in checks {
            let mut request = app.admin(&member, method.clone(), path);
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.unwrap();
            if role.allows(permission) {
                assert_eq!(response.status(), allowed, "{role:?} may {permission:?} ({method} {path})");
            } else {
                assert_eq!(code_of(response, StatusCode::FORBIDDEN).await, "FORBIDDEN", "{role:?} may not {permission:?}");
            }
        }
        let create_key = app.admin(&member, Method::POST, "/v1/api-keys").json(&json!({"name": "k"})).send().await.unwrap();
        let expected = if role.allows(Permission::ManageApiKeys) { StatusCode::CREATED } else { StatusCode::FORBIDDEN };
        assert_eq!(create_key.status(), expected, "{role:?} creating a key");
    }
    app.stop().await;
}

#[tokio::test]
async fn the_roster_keeps_an_owner_and_admins_cannot_touch_owners() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let admin = app.add_member(&owner, "admin").await;
    let developer = app.add_member(&owner, "developer").await;

    let remove_owner = app.admin(&owner, Method::DELETE, &format!("/v1/members/{}", owner.user_id)).send().await.unwrap();
    assert_eq!(code_of(remove_owner, StatusCode::CONFLICT).await, "LAST_OWNER");
    let demote_owner =
        app.admin(&owner, Method::PATCH, &format!("/v1/members/{}", owner.user_id)).json(&json!({"role": "admin"})).send().await.unwrap();
    assert_eq!(code_of(demote_owner, StatusCode::CONFLICT).await, "LAST_OWNER");
    let admin_makes_owner = app
        .admin(&admin, Method::PATCH, &format!("/v1/members/{}", developer.user_id))
        .json(&json!({"role": "owner"}))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(admin_makes_owner, StatusCode::FORBIDDEN).await, "FORBIDDEN");
    let admin_removes_owner = app.admin(&admin, Method::DELETE, &format!("/v1/members/{}", owner.user_id)).send().await.unwrap();
    assert_eq!(code_of(admin_removes_owner, StatusCode::FORBIDDEN).await, "FORBIDDEN");
    let bad_role = app
        .admin(&owner, Method::PATCH, &format!("/v1/members/{}", developer.user_id))
        .json(&json!({"role": "root"}))
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(bad_role, StatusCode::UNPROCESSABLE_ENTITY).await, "VALIDATION_FAILED");

    // A second owner makes the first removable; the removed member is locked out at once.
    let promoted =
        app.admin(&owner, Method::PATCH, &format!("/v1/members/{}", admin.user_id)).json(&json!({"role": "owner"})).send().await.unwrap();
    assert_eq!(promoted.status(), StatusCode::OK);
    assert_eq!(promoted.json::<Value>().await.unwrap()["role"], "owner");
    let removed = app.admin(&admin, Method::DELETE, &format!("/v1/members/{}", owner.user_id)).send().await.unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    let locked_out = app.admin(&owner, Method::GET, "/v1/members").send().await.unwrap();
    assert_eq!(code_of(locked_out, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    assert_eq!(code_of(app.login(&owner.email, PASSWORD).await, StatusCode::UNAUTHORIZED).await, "INVALID_CREDENTIALS");

    // The removed address is free again.
    let signup =
        app.post_json("/v1/auth/signup", json!({"organization_name": "Fresh start", "email": owner.email, "password": PASSWORD})).await;
    assert_eq!(signup.status(), StatusCode::CREATED);

    let members: Value = app.admin(&admin, Method::GET, "/v1/members").fetch().await;
    let roles: Vec<&str> = members["data"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["owner", "developer"]);
    app.stop().await;
}

#[tokio::test]
async fn invitations_work_once_and_taken_addresses_cannot_be_invited() {
    let app = spawn_app().await;
    let owner = app.signup().await;
    let email = format!("{}@example.com", unique("invitee-"));
    let invited: Value = app.admin(&owner, Method::POST, "/v1/members").json(&json!({"email": email, "role": "viewer"})).fetch().await;
    assert_eq!(invited["member"]["status"], "invited");
    let token = invited["invitation_token"].as_str().unwrap();
    assert!(token.starts_with("vinv_"));
    assert_eq!(code_of(app.login(&email, PASSWORD).await, StatusCode::UNAUTHORIZED).await, "INVALID_CREDENTIALS");
    let accepted = app.post_json("/v1/auth/accept-invitation", json!({"invitation_token": token, "password": PASSWORD})).await;
    assert_eq!(accepted.status(), StatusCode::OK);
    let again = app.post_json("/v1/auth/accept-invitation", json!({"invitation_token": token, "password": PASSWORD})).await;
    assert_eq!(code_of(again, StatusCode::UNAUTHORIZED).await, "AUTH_INVALID");
    app.login_ok(&email).await;

    let other = app.signup().await;
    let taken = app.admin(&owner, Method::POST, "/v1/members").json(&json!({"email": other.email, "role": "viewer"})).send().await.unwrap();
    assert_eq!(code_of(taken, StatusCode::CONFLICT).await, "EMAIL_TAKEN");
    app.stop().await;
}
