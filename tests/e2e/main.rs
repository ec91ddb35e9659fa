//! End-to-end tests: the real application and real servers (nats-server with JetStream,
//! SQLite and PostgreSQL, moto's S3), everything on loopback.

mod support;

mod api_contract;
mod api_keys;
mod auth_sessions;
mod back_pressure;
mod billing;
mod billing_stripe;
mod blob_store_contract;
mod chaos;
mod compat_deepfakedetector;
mod compat_dmi;
mod compat_glair;
mod compat_same_job;
mod compat_veriplus;
mod console;
mod detection;
mod detection_bad_input;
mod detection_media_url;
mod detection_workers;
mod evaluation;
mod event_store_contract;
mod failures;
mod hostile_inputs;
mod http_edge;
mod idempotency_keys;
mod isolation_audit;
mod job_slots;
mod members_rbac;
mod models;
mod openapi_drift;
mod projections;
mod provenance;
mod quickstart;
mod readiness;
mod results;
mod sdk_flows;
mod serve_binary;
mod telemetry;
mod webhooks;
