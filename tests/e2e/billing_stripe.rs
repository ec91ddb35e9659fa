//! Buying credits: Checkout Sessions created at a local fake Stripe, and Stripe's signed
//! webhooks crediting (and refunding) them exactly once.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use veracity_adapters::stripe::sign;

use crate::support::accounts::{FetchJson, Session, code_of};
use crate::support::app::{AppOptions, TestApp, spawn_app, spawn_app_with};
use crate::support::stripe::{FakeStripe, SECRET_KEY, WEBHOOK_SECRET};

fn paid_session(event: &str, tenant: &str, payment_status: &str) -> Value {
    json!({
        "id": event,
        "object": "event",
        "type": "checkout.session.completed",
        "created": chrono::Utc::now().timestamp(),
        "data": {"object": {
            "id": "cs_test_paid1",
            "object": "checkout.session",
            "payment_status": payment_status,
            "payment_intent": "pi_test_1",
            "amount_total": 1900,
            "currency": "usd",
            "metadata": {"tenant": tenant, "pack": "starter", "credits": "500"}
        }}
    })
}

/// Posts `event` to the webhook signed with `secret` at `timestamp`.
async fn deliver(app: &TestApp, event: &Value, secret: &str, timestamp: i64) -> reqwest::Response {
    let body = serde_json::to_vec(event).unwrap();
    let signature = sign(&body, secret, timestamp);
    app.http
        .post(app.url("/v1/billing/stripe/webhook"))
        .header("Content-Type", "application/json")
        .header("Stripe-Signature", signature)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn purchased(app: &TestApp, owner: &Session) -> u64 {
    app.balance(owner).await["purchased"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkout_creates_a_stripe_session_for_the_pack_with_the_tenant_in_its_metadata() {
    let stripe = FakeStripe::start().await;
    let app = spawn_app_with(AppOptions { billing: Some(stripe.billing()), ..AppOptions::default() }).await;
    let owner = app.signup().await;
    let packs = app.admin(&owner, Method::GET, "/v1/billing/packs").fetch().await;
    assert_eq!(
        packs[0],
        json!({"id": "starter", "name": "Veracity Starter: 500 credits", "credits": 500, "price": 1900, "currency": "usd"})
    );

    let buy = |key: &'static str| {
        app.admin(&owner, Method::POST, "/v1/billing/checkout").header("Idempotency-Key", key).json(&json!({"pack": "starter"}))
    };
    let response = buy("buy-1").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let session: Value = response.json().await.unwrap();
    assert_eq!(session["url"], format!("https://checkout.stripe.com/c/pay/{}", session["id"].as_str().unwrap()));
    assert_eq!(session["pack"]["credits"], 500);
    let again: Value = buy("buy-1").fetch().await;
    assert_eq!(again["id"], session["id"], "a retry with the same key gets the same session");

    let received = stripe.received();
    assert_eq!(received.len(), 2);
    let first = &received[0];
    assert_eq!(first.path, "/v1/checkout/sessions");
    assert_eq!(first.authorization.as_deref(), Some(format!("Bearer {SECRET_KEY}").as_str()));
    let scoped = format!("{}:buy-1", owner.tenant_id);
    assert_eq!(first.idempotency_key.as_deref(), Some(scoped.as_str()), "the Idempotency-Key is forwarded, scoped to the tenant");
    assert_eq!(first.field("mode"), Some("payment"));
    assert_eq!(first.field("metadata[tenant]"), Some(owner.tenant_id.as_str()));
    assert_eq!(first.field("metadata[pack]"), Some("starter"));
    assert_eq!(first.field("payment_intent_data[metadata][tenant]"), Some(owner.tenant_id.as_str()), "refunds find the tenant too");
    assert_eq!(first.field("line_items[0][price_data][unit_amount]"), Some("1900"));
    assert_eq!(first.field("line_items[0][price_data][currency]"), Some("usd"));

    let unknown = app.admin(&owner, Method::POST, "/v1/billing/checkout").json(&json!({"pack": "gold"})).send().await.unwrap();
    assert_eq!(code_of(unknown, StatusCode::UNPROCESSABLE_ENTITY).await, "UNKNOWN_PACK");
    let viewer = app.add_member(&owner, "viewer").await;
    let forbidden = app.admin(&viewer, Method::POST, "/v1/billing/checkout").json(&json!({"pack": "starter"})).send().await.unwrap();
    assert_eq!(code_of(forbidden, StatusCode::FORBIDDEN).await, "FORBIDDEN");
    assert_eq!(stripe.received().len(), 2, "refused requests never reach Stripe");
    app.stop().await;

    // Without Stripe keys nothing is sold, and webhooks are refused.
    let plain = spawn_app().await;
    let owner = plain.signup().await;
    let disabled = plain.admin(&owner, Method::POST, "/v1/billing/checkout").json(&json!({"pack": "starter"})).send().await.unwrap();
    assert_eq!(code_of(disabled, StatusCode::SERVICE_UNAVAILABLE).await, "PAYMENTS_DISABLED");
    let event = paid_session("evt_nokeys", &owner.tenant_id, "paid");
    assert_eq!(
        code_of(deliver(&plain, &event, WEBHOOK_SECRET, chrono::Utc::now().timestamp()).await, StatusCode::SERVICE_UNAVAILABLE).await,
        "PAYMENTS_DISABLED"
    );
    plain.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paid_session_credits_once_however_often_delivered_and_forged_stale_or_unpaid_ones_credit_nothing() {
    let stripe = FakeStripe::start().await;
    let app = spawn_app_with(AppOptions { billing: Some(stripe.billing()), ..AppOptions::default() }).await;
    let owner = app.signup().await;
    let now = chrono::Utc::now().timestamp();

    // Refused with 400, and nothing credited: a forged signature, a stale one, an unpaid session.
    let event = paid_session("evt_paid_1", &owner.tenant_id, "paid");
    let forged = deliver(&app, &event, "whsec_someone_else", now).await;
    assert_eq!(code_of(forged, StatusCode::BAD_REQUEST).await, "SIGNATURE_INVALID");
    let stale = deliver(&app, &event, WEBHOOK_SECRET, now - 301).await;
    assert_eq!(code_of(stale, StatusCode::BAD_REQUEST).await, "SIGNATURE_INVALID");
    let unsigned = app
        .http
        .post(app.url("/v1/billing/stripe/webhook"))
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(&event).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(code_of(unsigned, StatusCode::BAD_REQUEST).await, "SIGNATURE_INVALID");
    let unpaid = deliver(&app, &paid_session("evt_unpaid", &owner.tenant_id, "unpaid"), WEBHOOK_SECRET, now).await;
    assert_eq!(code_of(unpaid, StatusCode::BAD_REQUEST).await, "INVALID_REQUEST");
    assert_eq!(purchased(&app, &owner).await, 0);
    // A refund Stripe delivers before the payment it refunds is refused, so it comes again.
    let refund = json!({"id": "evt_refund_1", "object": "event", "type": "charge.refunded", "data": {"object": {
        "id": "ch_1", "object": "charge", "payment_intent": "pi_test_1", "amount": 1900, "amount_refunded": 1900,
        "metadata": {"tenant": owner.tenant_id, "pack": "starter", "credits": "500"}
    }}});
    assert_eq!(code_of(deliver(&app, &refund, WEBHOOK_SECRET, now).await, StatusCode::CONFLICT).await, "CONFLICT");

    // The genuine event, delivered three times (Stripe retries), credits 500 once.
    let mut outcomes = Vec::new();
    for _ in 0..3 {
        let response = deliver(&app, &event, WEBHOOK_SECRET, chrono::Utc::now().timestamp()).await;
        assert_eq!(response.status(), StatusCode::OK);
        outcomes.push(response.json::<Value>().await.unwrap()["outcome"].as_str().unwrap().to_owned());
    }
    assert_eq!(outcomes, ["credited", "unchanged", "unchanged"]);
    // The same payment reported by another event (async payment succeeded) credits nothing more.
    let mut again = paid_session("evt_paid_async", &owner.tenant_id, "paid");
    again["type"] = json!("checkout.session.async_payment_succeeded");
    let receipt: Value = deliver(&app, &again, WEBHOOK_SECRET, now).await.json().await.unwrap();
    assert_eq!(receipt["outcome"], "unchanged", "{receipt}");
    let balance = app.balance(&owner).await;
    assert_eq!((balance["purchased"].as_u64(), balance["available"].as_u64()), (Some(500), Some(600)), "{balance}");
    let entries = app.ledger_with(&owner, "purchased", 1).await;
    assert_eq!(entries.iter().filter(|e| e["type"] == "purchased").count(), 1);

    // Events Veracity does not act on are acknowledged; a refund takes the credits back once.
    let other = json!({"id": "evt_other", "object": "event", "type": "customer.created", "data": {"object": {"id": "cus_1"}}});
    let ignored: Value = deliver(&app, &other, WEBHOOK_SECRET, now).await.json().await.unwrap();
    assert_eq!(ignored["outcome"], "ignored");
    let not_ours = paid_session("evt_shop", "", "paid");
    let ignored: Value = deliver(&app, &not_ours, WEBHOOK_SECRET, now).await.json().await.unwrap();
    assert_eq!(ignored["outcome"], "ignored", "a payment Veracity did not start: {ignored}");
    for expected in ["refunded", "unchanged"] {
        let receipt: Value = deliver(&app, &refund, WEBHOOK_SECRET, chrono::Utc::now().timestamp()).await.json().await.unwrap();
        assert_eq!(receipt["outcome"], expected, "{receipt}");
    }
    let balance = app.balance(&owner).await;
    assert_eq!((balance["purchased"].as_u64(), balance["available"].as_u64()), (Some(0), Some(100)), "{balance}");

    // Another organisation's balance never moved.
    let stranger = app.signup().await;
    assert_eq!(app.balance(&stranger).await["available"], 100);
    app.stop().await;
}
