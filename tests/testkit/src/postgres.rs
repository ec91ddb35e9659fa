use std::process::Command;
use std::sync::OnceLock;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

use crate::{repo_root, unique};

fn admin_url() -> String {
    std::env::var("VERACITY_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://veracity:veracity@127.0.0.1:5432/postgres".into())
}

async fn connect_admin() -> DatabaseConnection {
    if let Ok(db) = Database::connect(admin_url()).await {
        return db;
    }
    // Not running (or no role yet): start it the way `make test` does, once per test process.
    static ENSURED: OnceLock<Result<(), String>> = OnceLock::new();
    let ensured = ENSURED.get_or_init(|| {
        let status = Command::new(repo_root().join("scripts/ensure-postgres")).status().map_err(|e| e.to_string())?;
        if status.success() { Ok(()) } else { Err(format!("scripts/ensure-postgres exited with {status}")) }
    });
    if let Err(err) = ensured {
        panic!("PostgreSQL is needed by this test and could not be started: {err}");
    }
    Database::connect(admin_url()).await.expect("PostgreSQL still refuses connections after ensure-postgres")
}

/// A fresh, empty database on the local PostgreSQL, dropped when this value is dropped.
pub struct TestDatabase {
    pub url: String,
    name: String,
}

impl TestDatabase {
    pub async fn create() -> Self {
        let admin = connect_admin().await;
        let name = unique("veracity_test_");
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("CREATE DATABASE");
        let base = admin_url();
        let url = format!("{}/{name}", &base[..base.rfind('/').expect("URL with a database")]);
        Self { url, name }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // Best effort, on a thread of its own: Drop cannot await, and may run inside a runtime.
        let name = self.name.clone();
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let admin = Database::connect(admin_url()).await.ok()?;
                admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.ok()
            })
        })
        .join();
    }
}

/// A PostgreSQL server of the test's own (initdb in a temp dir, its own port), for tests that
/// stop and start it: the shared cluster serves every other test at the same time.
pub struct PrivatePostgres {
    dir: tempfile::TempDir,
    bin: std::path::PathBuf,
    port: u16,
    /// Run the server as `postgres` (it refuses root).
    as_postgres: bool,
}

impl PrivatePostgres {
    /// Creates the cluster (trust authentication on 127.0.0.1, no fsync) and starts it.
    pub fn start() -> Self {
        let versions = std::fs::read_dir("/usr/lib/postgresql").expect("PostgreSQL is installed (scripts/bootstrap)");
        let mut versions: Vec<std::path::PathBuf> = versions.filter_map(Result::ok).map(|e| e.path()).collect();
        versions.sort();
        let bin = versions.pop().expect("a PostgreSQL version").join("bin");
        let dir = tempfile::tempdir().expect("temp dir");
        let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let this = Self { dir, bin, port, as_postgres: root };
        if root {
            let status = Command::new("chown").args(["-R", "postgres:postgres"]).arg(this.dir.path()).status().expect("chown");
            assert!(status.success(), "chown the PostgreSQL directory");
        }
        let data = this.dir.path().join("data");
        this.run("initdb", &["-D", data.to_str().unwrap(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
        this.start_server();
        this
    }

    /// `tool` of this PostgreSQL, as the user its server runs as.
    fn command(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let output = self.command(tool).args(args).output().unwrap_or_else(|e| panic!("{tool}: {e}"));
        assert!(
            output.status.success(),
            "{tool} {args:?}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Starts the server and waits until it accepts connections.
    pub fn start_server(&self) {
        let data = self.dir.path().join("data");
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.dir.path().display());
        let log = self.dir.path().join("server.log");
        self.run("pg_ctl", &["-D", data.to_str().unwrap(), "-o", &options, "-l", log.to_str().unwrap(), "-w", "-t", "30", "start"]);
    }

    /// Stops the server at once, as a crash would (`immediate`: no checkpoint, clients cut off).
    pub fn stop_server(&self) {
        let data = self.dir.path().join("data");
        self.run("pg_ctl", &["-D", data.to_str().unwrap(), "-m", "immediate", "-w", "stop"]);
    }

    /// A URL of database `name` on this server (`postgres` exists from the start).
    pub fn url(&self, name: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// Creates database `name` and answers its URL.
    pub async fn create_database(&self, name: &str) -> String {
        let admin = Database::connect(self.url("postgres")).await.expect("connect to the private PostgreSQL");
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("CREATE DATABASE");
        self.url(name)
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = self.command("pg_ctl").args(["-D", data.to_str().unwrap_or_default(), "-m", "immediate", "stop"]).output();
    }
}
