//! The `veracity` binary's library half: configuration, wiring, the managed nats-server and the
//! CLI commands. End-to-end tests start the application through these same functions.

pub mod app;
pub mod billing_config;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod components;
pub mod config;
pub mod detection_config;
pub mod eval_plots;
pub mod nats_server;
pub mod ops;
pub mod progress;
pub mod secret;
pub mod telemetry;
pub mod telemetry_config;
pub mod webhooks_config;
pub mod workers;
