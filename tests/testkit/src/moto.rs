use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use veracity_adapters::blob::S3Settings;

use crate::process::ChildGuard;
use crate::tool;

/// moto's S3-compatible server on a free loopback port.
pub struct MotoServer {
    _child: ChildGuard,
    port: u16,
}

impl MotoServer {
    pub fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let binary = tool("VERACITY_MOTO_SERVER", "moto_server");
        let child = ChildGuard::spawn(
            Command::new(&binary).args(["-H", "127.0.0.1", "-p", &port.to_string()]).stdout(Stdio::null()).stderr(Stdio::null()),
        )
        .unwrap_or_else(|e| panic!("starting {} (run `make test`, which installs it): {e}", binary.display()));
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto_server did not listen on {port} within 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        Self { _child: child, port }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Settings for `bucket` on this server (moto accepts any static credentials).
    pub fn settings(&self, bucket: &str, key_prefix: &str) -> S3Settings {
        S3Settings {
            bucket: bucket.into(),
            region: "us-east-1".into(),
            endpoint: Some(self.endpoint()),
            access_key_id: Some("test".into()),
            secret_access_key: Some("test".into()),
            force_path_style: true,
            key_prefix: key_prefix.into(),
        }
    }
}
