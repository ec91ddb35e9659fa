//! What each CLI command does.

use std::io::Write;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use tokio::signal::unix::{SignalKind, signal};
use tokio_util::sync::CancellationToken;
use veracity_adapters::{projections, sql};
use veracity_domain::AggregateRef;
use veracity_domain::TenantId;
use veracity_domain::accounts::{Actor, Plan};
use veracity_domain::aggregate::{Aggregate, fold};
use veracity_domain::billing::{CreditsGranted, GrantKind};
use veracity_domain::detection::{Check, JobState};
use veracity_workers::{evaluation, projector};

use crate::app::{self, Roles};
use crate::cli::{AdminCommand, Cli, Command, JobsCommand, ProjectionsCommand};
use crate::config::Config;
use crate::nats_server::ManagedNats;
use crate::progress::Progress;
use crate::telemetry;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Openapi = cli.command {
        print!("{}", veracity_api::spec_json());
        return Ok(());
    }
    let config = Config::load(cli.config.as_deref())?;
    if let Command::Config = cli.command {
        println!("{}", serde_json::to_string_pretty(&config)?);
        return Ok(());
    }
    telemetry::init(&config.log);
    match cli.command {
        Command::Serve => serve(config).await,
        Command::Api => run_role(config, Roles { api: true, workers: false }, "api").await,
        Command::Worker => run_role(config, Roles { api: false, workers: true }, "worker").await,
        Command::Migrate => migrate(config).await,
        Command::Projections { command } => projections_command(config, command).await,
        Command::Admin { command } => admin_command(config, command).await,
        Command::Jobs { command: JobsCommand::DeadLetters { limit } } => dead_letters(config, limit).await,
        Command::Eval { folder, check, json, plots } => eval(config, folder, &check, json, plots).await,
        Command::Openapi | Command::Config => unreachable!("handled above"),
    }
}

/// Resolves on SIGINT or SIGTERM. Handlers are installed when this is called, so a signal that
/// arrives during start-up is kept and acted on once start-up is done.
fn shutdown_signal() -> anyhow::Result<impl Future<Output = &'static str>> {
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => "SIGINT",
            _ = terminate.recv() => "SIGTERM",
        }
    })
}

fn announce(addr: Option<SocketAddr>) {
    if let Some(addr) = addr {
        println!("Veracity is listening on http://{addr} (API docs: http://{addr}/docs)");
        let _ = std::io::stdout().flush();
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let stop_signal = shutdown_signal()?;
    let managed = match &config.nats.url {
        Some(_) => None,
        None => Some(ManagedNats::start(&config.nats.server, &config.nats.store_dir).await?),
    };
    let nats_url = match (&config.nats.url, &managed) {
        (Some(url), _) => url.expose().to_owned(),
        (None, Some(nats)) => nats.url().to_owned(),
        (None, None) => unreachable!("a managed server is started when no url is configured"),
    };
    let outcome = async {
        app::jwt_secret(&config, true)?;
        app::webhook_sealer(&config, true)?;
        let components = app::connect(&config, &nats_url, "serve").await?;
        sql::migrate(&components.db).await?;
        let running = app::start(&config, components, Roles { api: true, workers: true }).await?;
        announce(running.addr);
        let signal = stop_signal.await;
        tracing::info!(signal, "shutting down");
        running.stop().await;
        anyhow::Ok(())
    }
    .await;
    if let Some(nats) = managed {
        nats.stop().await;
    }
    outcome
}

async fn run_role(config: Config, roles: Roles, role: &str) -> anyhow::Result<()> {
    let stop_signal = shutdown_signal()?;
    let nats_url =
        config.nats.url.as_ref().map(|u| u.expose().to_owned()).with_context(|| {
            format!("nats.url (VERACITY_NATS_URL) is required by `veracity {role}`; only `veracity serve` runs its own")
        })?;
    let components = app::connect(&config, &nats_url, role).await?;
    app::require_migrated(&components.db).await?;
    let running = app::start(&config, components, roles).await?;
    announce(running.addr);
    if let (false, Some(ops)) = (roles.api, running.internal_addr) {
        println!("Veracity worker: health, readiness and metrics on http://{ops} (/healthz, /readyz, /metrics)");
        let _ = std::io::stdout().flush();
    }
    tracing::info!(role, "started");
    let signal = stop_signal.await;
    tracing::info!(signal, "shutting down");
    running.stop().await;
    Ok(())
}

async fn migrate(config: Config) -> anyhow::Result<()> {
    let db = app::connect_database(&config).await?;
    let pending = sql::pending_migrations(&db).await?;
    sql::migrate(&db).await?;
    if pending.is_empty() {
        println!("database schema is up to date");
    } else {
        println!("applied {} migration(s): {}", pending.len(), pending.join(", "));
    }
    Ok(())
}

/// NATS for one-off commands: the configured server, else the one a running `veracity serve`
/// manages, else a managed server of our own for the duration of the command.
async fn nats_for_command(config: &Config) -> anyhow::Result<(String, Option<ManagedNats>)> {
    if let Some(url) = &config.nats.url {
        return Ok((url.expose().to_owned(), None));
    }
    if let Some(url) = ManagedNats::running_url(&config.nats.store_dir) {
        // `nats://user:password@host:port`: the address is what follows the credentials.
        let rest = url.trim_start_matches("nats://");
        let addr = rest.rsplit_once('@').map_or(rest, |(_, addr)| addr).to_owned();
        let reachable = tokio::time::timeout(Duration::from_secs(1), tokio::net::TcpStream::connect(addr)).await;
        if matches!(reachable, Ok(Ok(_))) {
            return Ok((url, None));
        }
    }
    let managed = ManagedNats::start(&config.nats.server, &config.nats.store_dir).await?;
    Ok((managed.url().to_owned(), Some(managed)))
}

async fn projections_command(config: Config, command: ProjectionsCommand) -> anyhow::Result<()> {
    let (nats_url, managed) = nats_for_command(&config).await?;
    let outcome = async {
        let components = app::connect(&config, &nats_url, "projections").await?;
        app::require_migrated(&components.db).await?;
        match command {
            ProjectionsCommand::List => {
                let head = components.events.head().await?;
                println!("{:<24} {:>12} {:>12}  lease", "projection", "checkpoint", "behind");
                for projection in projections::all() {
                    let row = sql::checkpoints::get(&components.db, projection.name()).await?;
                    let at = row.as_ref().map_or(0, |r| r.last_sequence.max(0) as u64);
                    let lease = row.and_then(|r| r.lease_owner).unwrap_or_else(|| "-".into());
                    println!("{:<24} {:>12} {:>12}  {lease}", projection.name(), at, head.saturating_sub(at));
                }
            }
            ProjectionsCommand::Rebuild { projection } => {
                let known: Vec<&str> = projections::all().iter().map(|p| p.name()).collect();
                if let Some(name) = &projection
                    && !known.contains(&name.as_str())
                {
                    bail!("no projection named `{name}`; known: {}", known.join(", "));
                }
                let runners = app::projection_runners(&components, &app::instance_id("projections"));
                let stop = CancellationToken::new();
                let ctrl_c = stop.clone();
                tokio::spawn(async move {
                    let _ = tokio::signal::ctrl_c().await;
                    ctrl_c.cancel();
                });
                for runner in runners.iter().filter(|r| projection.as_deref().is_none_or(|n| n == r.name())) {
                    let started = Instant::now();
                    let progress = Progress::new("rebuild", Some(components.events.head().await?));
                    // On a terminal, a bar follows the projection's checkpoint as it replays.
                    let poller = progress.shown().then(|| {
                        let (db, name, progress) = (components.db.clone(), runner.name().to_owned(), progress.clone());
                        tokio::spawn(async move {
                            loop {
                                tokio::time::sleep(Duration::from_millis(200)).await;
                                if let Ok(Some(row)) = sql::checkpoints::get(&db, &name).await {
                                    progress.at(row.last_sequence.max(0) as u64);
                                }
                            }
                        })
                    });
                    let head = projector::rebuild(runner, &stop).await;
                    if let Some(poller) = poller {
                        poller.abort();
                    }
                    progress.finish();
                    let head = head?;
                    println!(
                        "rebuilt {}: replayed the event log up to sequence {head} in {} ms",
                        runner.name(),
                        started.elapsed().as_millis()
                    );
                }
            }
        }
        anyhow::Ok(())
    }
    .await;
    if let Some(nats) = managed {
        nats.stop().await;
    }
    outcome
}

/// `veracity jobs dead-letters`: poison jobs, with the reason each job's events record.
async fn dead_letters(config: Config, limit: u64) -> anyhow::Result<()> {
    let (nats_url, managed) = nats_for_command(&config).await?;
    let outcome = async {
        let components = app::connect(&config, &nats_url, "jobs").await?;
        app::require_migrated(&components.db).await?;
        let letters = sql::dead_letters::list(&components.db, limit).await?;
        if letters.is_empty() {
            println!("no dead letters: no job was given up");
            return anyhow::Ok(());
        }
        println!("{:<25} {:<30} {:<30} {:>10}  reason", "failed at", "organisation", "job", "deliveries");
        for letter in letters {
            let agg = AggregateRef::new(letter.tenant.parse()?, JobState::KIND, letter.job.clone())?;
            let (state, _): (JobState, _) = fold(&components.events.load(&agg, 0).await?)?;
            let reason = state.failure.map_or_else(|| "-".to_owned(), |f| f.message);
            let at = letter.failed_at.map_or_else(|| "-".to_owned(), |t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
            println!("{at:<25} {:<30} {:<30} {:>10}  {reason}", letter.tenant, letter.job, letter.attempts);
        }
        anyhow::Ok(())
    }
    .await;
    if let Some(nats) = managed {
        nats.stop().await;
    }
    outcome
}

/// Files under `folder` (any depth): what `veracity eval` will look at, for its progress bar.
fn count_files(folder: &std::path::Path) -> u64 {
    let mut count = 0;
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            match entry.file_type() {
                Ok(kind) if kind.is_dir() => pending.push(entry.path()),
                Ok(_) => count += 1,
                Err(_) => {}
            }
        }
    }
    count
}

/// `veracity eval`: the detectors of this configuration over a labelled folder.
async fn eval(
    config: Config,
    folder: std::path::PathBuf,
    check: &str,
    json: Option<std::path::PathBuf>,
    plots: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    let check = if check == "ai-generated" { Check::AiGenerated } else { Check::Deepfake };
    let report = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let analyser = crate::workers::analyser(&config, crate::workers::detectors(&config)?)?;
        let progress = Progress::new("eval", Some(count_files(&folder)));
        let report = evaluation::evaluate(&analyser, &folder, check, |s| {
            let outcome = match (&s.verdict, &s.error) {
                (_, Some(error)) => format!("failed: {error}"),
                (Some(verdict), None) => format!("{verdict:?} risk {}", s.risk_score.map_or("–".into(), |r| r.to_string())),
                (None, None) => String::new(),
            };
            progress.step(&format!("{:?} {} → {outcome} ({:.0} ms)", s.label, s.path, s.total_ms));
        })
        .with_context(|| format!("reading {}", folder.display()))?;
        progress.finish();
        Ok(report)
    })
    .await??;
    println!("{}", evaluation::render(&report));
    if let Some(path) = json {
        std::fs::write(&path, serde_json::to_string_pretty(&report)?).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("eval: report written to {}", path.display());
    }
    if let Some(dir) = plots {
        for path in crate::eval_plots::draw_all(&report, &dir)? {
            eprintln!("eval: plot written to {}", path.display());
        }
    }
    Ok(())
}

/// Who runs an operator command, as the ledger and audit log record it.
fn operator_name() -> String {
    std::env::var("USER").map(|u| format!("operator:{u}")).unwrap_or_else(|_| "operator".into())
}

fn operator() -> Actor {
    Actor::Operator(operator_name())
}

async fn admin_command(config: Config, command: AdminCommand) -> anyhow::Result<()> {
    let (nats_url, managed) = nats_for_command(&config).await?;
    let outcome = async {
        let components = app::connect(&config, &nats_url, "admin").await?;
        match command {
            AdminCommand::Grant { tenant, credits, reason, grant_id } => {
                let tenant: TenantId = tenant.parse().map_err(|_| anyhow::anyhow!("`{tenant}` is not an organisation id (ten_…)"))?;
                anyhow::ensure!(credits > 0, "--credits must be at least 1");
                anyhow::ensure!(!reason.trim().is_empty() && reason.len() <= 200, "--reason must be 1-200 characters");
                let grant = grant_id.unwrap_or_else(|| format!("admin-{}", uuid::Uuid::now_v7().simple()));
                let actor = operator_name();
                let granted = CreditsGranted {
                    grant: grant.clone(),
                    kind: GrantKind::Admin,
                    amount: credits,
                    expires_at: None,
                    reason,
                    actor: Actor::Operator(actor),
                    balance: Default::default(),
                };
                // Printed first: should the answer be lost, granting again with this id is safe.
                println!("granting {credits} credits to {tenant} as grant {grant}");
                let committed = components.ledger.grant(tenant, granted, "cli").await?;
                match committed.appended {
                    Some(_) => {
                        println!("granted {credits} credits to {tenant} (grant {grant}); available now: {}", committed.balance.available)
                    }
                    None => println!("grant {grant} was already made; nothing granted. available: {}", committed.balance.available),
                }
            }
            AdminCommand::Plan { tenant, plan } => {
                let tenant: TenantId = tenant.parse().map_err(|_| anyhow::anyhow!("`{tenant}` is not an organisation id (ten_…)"))?;
                let plan: Plan = serde_json::from_value(serde_json::Value::String(plan.to_ascii_uppercase()))
                    .map_err(|_| anyhow::anyhow!("`{plan}` is not a plan: FREE, BASIC, PRO or ENTERPRISE"))?;
                let committed = components.ledger.change_plan(tenant, plan, operator(), "cli").await?;
                match committed.appended {
                    Some(_) => println!("{tenant} is now on plan {}", plan.as_str()),
                    None => println!("{tenant} was already on plan {}; nothing changed", plan.as_str()),
                }
            }
        }
        anyhow::Ok(())
    }
    .await;
    if let Some(nats) = managed {
        nats.stop().await;
    }
    outcome
}
