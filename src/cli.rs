use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Veracity: self-hostable deepfake and AI-generated-media detection.
#[derive(Debug, Parser)]
#[command(name = "veracity", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (TOML). Defaults to ./veracity.toml when it exists.
    #[arg(long, global = true, env = "VERACITY_CONFIG")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Everything in one process: API, workers, and (unless nats.url is set) a managed
    /// nats-server. SQLite and local blobs under ./data by default.
    Serve,
    /// The HTTP API only (production; needs nats.url and a migrated database).
    Api,
    /// The background workers only (production; needs nats.url and a migrated database).
    Worker,
    /// Applies pending database migrations and exits.
    Migrate,
    /// Prints the OpenAPI document.
    Openapi,
    /// Prints the effective configuration, secrets hidden.
    Config,
    /// Read-model maintenance.
    Projections {
        #[command(subcommand)]
        command: ProjectionsCommand,
    },
    /// Measures the detectors on a labelled folder: `<folder>/real/` and `<folder>/fake/` (any
    /// media, any depth). Prints per-detector and fused AUC, accuracy, precision, recall and
    /// latency; needs no server, database or NATS.
    Eval {
        /// The folder holding `real/` and `fake/`.
        folder: std::path::PathBuf,
        /// What to ask of every file: `deepfake` (what /v1/detect/{image,video,audio} run) or
        /// `ai-generated` (/v1/detect/ai-media).
        #[arg(long, default_value = "deepfake", value_parser = ["deepfake", "ai-generated"])]
        check: String,
        /// Also write the full report (every file's scores) as JSON here.
        #[arg(long)]
        json: Option<std::path::PathBuf>,
        /// Also draw each detector's (and the fused verdict's) score distributions and ROC
        /// curve as `<id>.png` into this folder.
        #[arg(long)]
        plots: Option<std::path::PathBuf>,
    },
    /// Detection jobs, for operators.
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
    /// Operator tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Grants credits to an organisation (recorded in its ledger; never expire).
    Grant {
        /// The organisation's id (`ten_…`).
        #[arg(long)]
        tenant: String,
        /// How many credits.
        #[arg(long)]
        credits: u64,
        /// Why, shown in the organisation's ledger.
        #[arg(long)]
        reason: String,
        /// Makes the grant idempotent: a second grant with this id grants nothing. Default: a
        /// new id each time.
        #[arg(long)]
        grant_id: Option<String>,
    },
    /// Sets an organisation's plan (a paid plan is set here, or by a payment; members can only
    /// move to a plan that costs no more). Recorded in its ledger and audit log.
    Plan {
        /// The organisation's id (`ten_…`).
        #[arg(long)]
        tenant: String,
        /// FREE, BASIC, PRO or ENTERPRISE.
        #[arg(long)]
        plan: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Lists poison jobs, newest first, with why each was given up: jobs recorded failed with
    /// ANALYSIS_ABORTED because workers started them `detection.max_job_starts` times without
    /// a result (killed, out of memory, crashed), their ticket was delivered
    /// `detection.max_deliveries` times, or their result was too large to store. Their credits
    /// were released; they are not tried again.
    DeadLetters {
        /// At most this many (the newest).
        #[arg(long, default_value_t = 50)]
        limit: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProjectionsCommand {
    /// Empties the read models and replays the whole event log into them.
    Rebuild {
        /// Only this projection (default: all). See `veracity projections list`.
        #[arg(long)]
        projection: Option<String>,
    },
    /// Lists the projections and where each stands in the event log.
    List,
}
