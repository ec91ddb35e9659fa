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
