//! The nats-server child that `veracity serve` runs when no `nats.url` is configured.
//!
//! It listens on 127.0.0.1 on a port the server picks and accepts only clients that present
//! the password generated for this run (in a 0600 configuration file, never on the command
//! line), keeps JetStream data in
//! `nats.store_dir`, and runs in its own process group so a terminal's Ctrl-C reaches only
//! Veracity, which then shuts down in order and stops it last. The kernel also sends it
//! SIGTERM if Veracity dies without doing so, so it is never left behind.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, bail};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const START_TIMEOUT: Duration = Duration::from_secs(15);
const STOP_TIMEOUT: Duration = Duration::from_secs(10);
/// Written next to the JetStream data while the server runs, so other commands
/// (`veracity projections rebuild`) can reach the running instance instead of starting one.
const URL_FILE: &str = "client.url";
/// The server's configuration: its client password.
const CONF_FILE: &str = "nats-server.conf";
const USER: &str = "veracity";

/// Writes `text` to `path` readable by the owner only (it holds the client password).
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    let _ = std::fs::remove_file(path);
    crate::secret::create_private_file(path, text)
}

pub struct ManagedNats {
    child: Child,
    url: String,
    url_file: PathBuf,
}

impl ManagedNats {
    pub async fn start(binary: &Path, store_dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(store_dir).with_context(|| format!("creating {}", store_dir.display()))?;
        let password: String = veracity_api::auth::tokens::random_bytes::<24>().iter().map(|b| format!("{b:02x}")).collect();
        let conf = store_dir.join(CONF_FILE);
        write_private(&conf, &format!("authorization {{\n  user: {USER}\n  password: \"{password}\"\n}}\n"))?;
        let mut command = Command::new(binary);
        command
            .arg("-c")
            .arg(&conf)
            .args(["-js", "-a", "127.0.0.1", "-p", "-1", "-sd"])
            .arg(store_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0)
            .kill_on_drop(true);
        let parent = std::process::id();
        // SAFETY: prctl and getppid are async-signal-safe and touch only the child being set up.
        unsafe {
            command.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The parent may have died before prctl ran; then no signal would ever come.
                if libc::getppid() as u32 != parent {
                    return Err(std::io::Error::other("parent exited while starting nats-server"));
                }
                Ok(())
            });
        }
        let mut child = command.spawn().with_context(|| {
            format!(
                "starting nats-server `{}` (run `make run`, which installs it, or set nats.server / VERACITY_NATS_SERVER, or point nats.url at a running server)",
                binary.display()
            )
        })?;
        let stderr = child.stderr.take().context("nats-server stderr")?;
        let mut lines = BufReader::new(stderr).lines();
        let mut seen = Vec::new();
        let url = tokio::time::timeout(START_TIMEOUT, async {
            while let Some(line) = lines.next_line().await? {
                if let Some(addr) = line.split("Listening for client connections on ").nth(1) {
                    return Ok(Some(format!("nats://{USER}:{password}@{}", addr.trim())));
                }
                seen.push(line);
            }
            Ok::<_, std::io::Error>(None)
        })
        .await;
        let url = match url {
            Ok(Ok(Some(url))) => url,
            outcome => {
                let _ = child.kill().await;
                let why = match outcome {
                    Err(_) => "it did not start listening in time".to_owned(),
                    Ok(Err(err)) => format!("reading its output failed: {err}"),
                    Ok(Ok(_)) => "it exited".to_owned(),
                };
                bail!("nats-server failed to start: {why}\n{}", seen.join("\n"));
            }
        };
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                tracing::debug!(target: "nats_server", "{line}");
            }
        });
        let url_file = store_dir.join(URL_FILE);
        write_private(&url_file, &url)?;
        let pid = child.id().unwrap_or_default();
        let shown = veracity_adapters::redact::redact_url(&url);
        tracing::info!(url = %shown, pid, store_dir = %store_dir.display(), "managed nats-server started");
        Ok(Self { child, url, url_file })
    }

    /// The URL a running managed server left in `store_dir`, if any.
    pub fn running_url(store_dir: &Path) -> Option<String> {
        std::fs::read_to_string(store_dir.join(URL_FILE)).ok().map(|s| s.trim().to_owned())
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// SIGTERM, then SIGKILL if it has not exited within 10 s.
    pub async fn stop(mut self) {
        let _ = std::fs::remove_file(&self.url_file);
        if let Some(pid) = self.child.id() {
            // SAFETY: plain kill(2) on our own child's pid.
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGTERM) };
        }
        match tokio::time::timeout(STOP_TIMEOUT, self.child.wait()).await {
            Ok(_) => tracing::info!("managed nats-server stopped"),
            Err(_) => {
                tracing::warn!("nats-server ignored SIGTERM; killing it");
                let _ = self.child.kill().await;
            }
        }
    }
}
