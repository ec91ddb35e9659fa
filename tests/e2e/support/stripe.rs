//! A local stand-in for Stripe's API: answers `POST /v1/checkout/sessions` as Stripe does and
//! records every request it receives, so tests see exactly what Veracity sent. With
//! [`FakeStripe::host_checkout`] it also plays Checkout's hosted page for browsers: paying there
//! delivers a signed `checkout.session.completed` to Veracity and returns to `success_url`.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::Data;
use poem::{EndpointExt, Request, Route, handler, post};
use serde_json::json;
use tokio_util::sync::CancellationToken;

pub const SECRET_KEY: &str = "sk_test_veracity_fake";
pub const WEBHOOK_SECRET: &str = "whsec_veracity_test_secret";

/// One request Stripe received.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub idempotency_key: Option<String>,
    pub authorization: Option<String>,
    /// The form-encoded body, decoded into pairs (`metadata[tenant]` → …).
    pub form: Vec<(String, String)>,
}

impl Received {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The `metadata[…]` fields, as the session's `metadata` object.
    fn metadata(&self) -> serde_json::Map<String, serde_json::Value> {
        self.form
            .iter()
            .filter_map(|(k, v)| k.strip_prefix("metadata[").and_then(|k| k.strip_suffix(']')).map(|k| (k.to_owned(), json!(v))))
            .collect()
    }
}

pub struct FakeStripe {
    pub addr: SocketAddr,
    pub received: Arc<Mutex<Vec<Received>>>,
    /// Where the hosted page delivers its webhooks (Veracity's `/v1/billing/stripe/webhook`);
    /// sessions point at `checkout.stripe.com` until it is set.
    webhook_url: Hosting,
    stop: CancellationToken,
}

type Log = Arc<Mutex<Vec<Received>>>;
/// Veracity's address, once known: the hosted page delivers webhooks there and `/return/…`
/// forwards the buyer there.
type Hosting = Arc<Mutex<Option<String>>>;

fn decode(body: &str) -> Vec<(String, String)> {
    let unescape = |s: &str| {
        let s = s.replace('+', " ");
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%'
                && i + 2 < bytes.len()
                && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').map_or((unescape(p), String::new()), |(k, v)| (unescape(k), unescape(v))))
        .collect()
}

#[handler]
async fn create_session(
    req: &Request,
    body: String,
    Data(log): Data<&Log>,
    Data(hosting): Data<&Hosting>,
) -> poem::web::Json<serde_json::Value> {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let form = decode(&body);
    let received = Received {
        path: req.uri().path().to_owned(),
        idempotency_key: header("idempotency-key"),
        authorization: header("authorization"),
        form,
    };
    let n = {
        let mut log = log.lock().unwrap();
        // Like Stripe: a retry with the same idempotency key gets the first session.
        let earlier = received.idempotency_key.as_ref().and_then(|key| log.iter().position(|r| r.idempotency_key.as_ref() == Some(key)));
        log.push(received.clone());
        earlier.unwrap_or(log.len() - 1)
    };
    let id = format!("cs_test_fake{n}");
    let now = chrono::Utc::now().timestamp();
    let metadata = received.metadata();
    let mut session = json!({
        "id": id, "object": "checkout.session", "after_expiration": null, "allow_promotion_codes": null,
        "amount_subtotal": 1900, "amount_total": 1900,
        "automatic_tax": {"enabled": false, "liability": null, "provider": null, "status": null},
        "billing_address_collection": null, "cancel_url": received.field("cancel_url"),
        "client_reference_id": received.field("client_reference_id"), "client_secret": null,
        "collected_information": null, "consent": null, "consent_collection": null, "created": now,
        "currency": "usd", "currency_conversion": null, "custom_fields": [],
        "custom_text": {"after_submit": null, "shipping_address": null, "submit": null, "terms_of_service_acceptance": null},
        "customer": null, "customer_creation": "if_required", "customer_details": null, "customer_email": null,
        "discounts": [], "expires_at": now + 86_400, "invoice": null, "invoice_creation": null, "livemode": false
    });
    let rest = json!({
        "locale": null, "metadata": metadata, "mode": "payment", "payment_intent": null, "payment_link": null,
        "payment_method_collection": "if_required", "payment_method_configuration_details": null,
        "payment_method_options": {}, "payment_method_types": ["card"], "payment_status": "unpaid",
        "phone_number_collection": {"enabled": false}, "recovered_from": null, "saved_payment_method_options": null,
        "setup_intent": null, "shipping_address_collection": null, "shipping_cost": null, "shipping_options": [],
        "status": "open", "submit_type": null, "subscription": null, "success_url": received.field("success_url"),
        "total_details": {"amount_discount": 0, "amount_shipping": 0, "amount_tax": 0}, "ui_mode": "hosted",
        "url": match hosting.lock().unwrap().is_some() {
            true => format!("http://{}/c/pay/{id}", header("host").unwrap_or_default()),
            false => format!("https://checkout.stripe.com/c/pay/{id}"),
        }
    });
    let object = session.as_object_mut().expect("an object");
    object.extend(rest.as_object().expect("an object").clone());
    poem::web::Json(session)
}

/// The session a hosted-page path names (`cs_test_fake{n}` is the n-th request).
fn hosted_session(log: &Log, id: &str) -> Option<Received> {
    let n: usize = id.strip_prefix("cs_test_fake")?.parse().ok()?;
    log.lock().unwrap().get(n).cloned()
}

/// Checkout's hosted page: what is bought, a button to pay and a link back.
#[handler]
fn checkout_page(poem::web::Path(id): poem::web::Path<String>, Data(log): Data<&Log>) -> poem::Response {
    let Some(session) = hosted_session(log, &id) else { return poem::http::StatusCode::NOT_FOUND.into() };
    let credits = session.field("metadata[credits]").unwrap_or("?");
    let cancel = session.field("cancel_url").unwrap_or("/");
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fake Stripe Checkout</title><link rel=\"icon\" href=\"data:,\"></head><body>\
         <main><h1>Fake Stripe Checkout</h1><p>{credits} credits</p>\
         <form method=\"post\" action=\"/c/pay/{id}\"><button type=\"submit\">Pay</button></form>\
         <p><a href=\"{cancel}\">Cancel</a></p></main></body></html>"
    );
    poem::Response::builder().content_type("text/html; charset=utf-8").body(html)
}

/// Paying: Stripe tells Veracity (a signed `checkout.session.completed`), then sends the buyer
/// to `success_url` with the session id filled in.
#[handler]
async fn checkout_pay(
    poem::web::Path(id): poem::web::Path<String>,
    Data(log): Data<&Log>,
    Data(hosting): Data<&Hosting>,
) -> poem::Response {
    let (Some(session), Some(veracity)) = (hosted_session(log, &id), hosting.lock().unwrap().clone()) else {
        return poem::http::StatusCode::NOT_FOUND.into();
    };
    let metadata = session.metadata();
    let event = json!({
        "id": format!("evt_test_{id}"),
        "object": "event",
        "type": "checkout.session.completed",
        "created": chrono::Utc::now().timestamp(),
        "data": {"object": {
            "id": id, "object": "checkout.session", "payment_status": "paid",
            "payment_intent": format!("pi_test_{id}"), "amount_total": 1900, "currency": "usd",
            "metadata": metadata
        }}
    });
    let body = serde_json::to_vec(&event).expect("JSON");
    let signature = veracity_adapters::stripe::sign(&body, WEBHOOK_SECRET, chrono::Utc::now().timestamp());
    let delivered = reqwest::Client::new()
        .post(format!("{veracity}/v1/billing/stripe/webhook"))
        .header("Content-Type", "application/json")
        .header("Stripe-Signature", signature)
        .body(body)
        .send()
        .await;
    if !delivered.as_ref().is_ok_and(|r| r.status().is_success()) {
        return poem::Response::builder().status(poem::http::StatusCode::BAD_GATEWAY).body(format!("the webhook failed: {delivered:?}"));
    }
    let success = session.field("success_url").unwrap_or("/").replace("{CHECKOUT_SESSION_ID}", &id);
    poem::Response::builder().status(poem::http::StatusCode::SEE_OTHER).header("Location", success).finish()
}

/// `/return/<path>?<query>`: on to Veracity's `/<path>?<query>` (Checkout's return addresses
/// are configured before Veracity's port is known).
#[handler]
fn return_to_veracity(req: &Request, Data(hosting): Data<&Hosting>) -> poem::Response {
    let Some(veracity) = hosting.lock().unwrap().clone() else { return poem::http::StatusCode::NOT_FOUND.into() };
    let path = req.uri().path().trim_start_matches("/return");
    let query = req.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    poem::Response::builder().status(poem::http::StatusCode::SEE_OTHER).header("Location", format!("{veracity}{path}{query}")).finish()
}

impl FakeStripe {
    pub async fn start() -> FakeStripe {
        let received: Log = Arc::new(Mutex::new(Vec::new()));
        let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.expect("bind the fake Stripe");
        let addr = *acceptor.local_addr()[0].as_socket_addr().expect("an IP address");
        let webhook_url: Hosting = Arc::default();
        let app = Route::new()
            .at("/v1/checkout/sessions", post(create_session))
            .at("/c/pay/:id", poem::get(checkout_page).post(checkout_pay))
            .at("/return/*path", poem::get(return_to_veracity))
            .data(received.clone())
            .data(webhook_url.clone());
        let stop = CancellationToken::new();
        let until = stop.clone();
        tokio::spawn(async move {
            let _ = poem::Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(app, until.cancelled_owned(), None).await;
        });
        FakeStripe { addr, received, webhook_url, stop }
    }

    /// Billing settings for a browser flow: as [`Self::billing`], with Checkout returning
    /// through this server's `/return/console/billing/…` (see [`Self::host_checkout`]).
    pub fn billing_for_browsers(&self) -> veracity::billing_config::BillingConfig {
        veracity::billing_config::BillingConfig {
            checkout_success_url: format!("{}return/console/billing/success?session_id={{CHECKOUT_SESSION_ID}}", self.base()),
            checkout_cancel_url: format!("{}return/console/billing/cancelled", self.base()),
            ..self.billing()
        }
    }

    /// [`Self::billing_for_browsers`] as the `[billing]` table of a `veracity.toml`, for a
    /// `veracity serve` process.
    pub fn billing_toml_for_browsers(&self) -> String {
        let billing = self.billing_for_browsers();
        format!(
            "[billing]\nstripe_secret_key = \"{SECRET_KEY}\"\nstripe_webhook_secret = \"{WEBHOOK_SECRET}\"\n\
             stripe_api_base = \"{}\"\ncheckout_success_url = \"{}\"\ncheckout_cancel_url = \"{}\"\n",
            billing.stripe_api_base, billing.checkout_success_url, billing.checkout_cancel_url
        )
    }

    /// From now on, sessions' `url` is this server's hosted page, whose Pay button delivers the
    /// payment to Veracity at `veracity` (its base URL) and returns the buyer there.
    pub fn host_checkout(&self, veracity: String) {
        *self.webhook_url.lock().unwrap() = Some(veracity.trim_end_matches('/').to_owned());
    }

    pub fn base(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Billing settings pointing Veracity at this server, with the test keys.
    pub fn billing(&self) -> veracity::billing_config::BillingConfig {
        veracity::billing_config::BillingConfig {
            stripe_secret_key: Some(veracity::config::Secret::new(SECRET_KEY)),
            stripe_webhook_secret: Some(veracity::config::Secret::new(WEBHOOK_SECRET)),
            stripe_api_base: self.base(),
            ..Default::default()
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

impl Drop for FakeStripe {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}
