use std::path::Path;
use std::process::{Child, Command};

use crate::tool;

/// The `veracity` binary at `binary`, run in `dir`, with none of this process's `VERACITY_*`
/// settings, so a developer's environment cannot leak into a test; the nats-server is the
/// project's. (Only the package's own tests know where Cargo built the binary.)
pub fn veracity_command_at(binary: &Path, dir: &Path) -> Command {
    let mut command = Command::new(binary);
    command.current_dir(dir);
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("VERACITY_")) {
        command.env_remove(key);
    }
    command.env("VERACITY_NATS_SERVER", tool("VERACITY_NATS_SERVER", "nats-server"));
    command
}

/// A child process that is killed when dropped, and — via PR_SET_PDEATHSIG — when the test
/// process dies before it can drop it.
pub struct ChildGuard(pub Child);

impl ChildGuard {
    pub fn spawn(command: &mut Command) -> std::io::Result<Self> {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe and affects only the child being set up.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        command.spawn().map(Self)
    }

    /// Like [`ChildGuard::spawn`], with the child's data memory (heap and private anonymous
    /// mappings, `RLIMIT_DATA`) capped at `bytes`: an allocation past it fails, and a Rust
    /// process aborts, as one under a container's memory limit would be killed.
    pub fn spawn_with_memory_limit(command: &mut Command, bytes: u64) -> std::io::Result<Self> {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit is async-signal-safe and affects only the child being set up.
        unsafe {
            command.pre_exec(move || {
                let limit = libc::rlimit { rlim_cur: bytes, rlim_max: bytes };
                if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Self::spawn(command)
    }

    pub fn id(&self) -> u32 {
        self.0.id()
    }

    /// `None` while the process runs; how it ended otherwise.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.0.try_wait().ok().flatten()
    }

    pub fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether a process with this pid exists (zombies count as gone).
pub fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit(')').next().and_then(|rest| rest.split_whitespace().next()) != Some("Z"),
        Err(_) => false,
    }
}

/// Pids of the live children of `parent` whose command name is `name`.
pub fn children_named(parent: u32, name: &str) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { return false };
            let Some((head, rest)) = stat.rsplit_once(')') else { return false };
            let comm = head.split_once('(').map(|(_, c)| c).unwrap_or_default();
            let mut fields = rest.split_whitespace();
            let state = fields.next();
            let ppid = fields.next().and_then(|p| p.parse::<u32>().ok());
            comm == name && ppid == Some(parent) && state != Some("Z")
        })
        .collect()
}
