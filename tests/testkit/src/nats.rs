use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use tempfile::TempDir;
use veracity_adapters::nats::{ConnectSettings, JetStreamEventStore, JetStreamJobQueue, JobQueueSettings, NatsClient, StreamSettings};

use crate::process::ChildGuard;
use crate::{init, tool, unique};

/// A real nats-server with JetStream, on loopback, with its own storage directory.
pub struct NatsServer {
    child: Option<ChildGuard>,
    port: u16,
    store: TempDir,
}

fn launch(store: &Path, port: Option<u16>) -> (ChildGuard, u16) {
    let binary = tool("VERACITY_NATS_SERVER", "nats-server");
    let port_arg = port.map_or("-1".to_owned(), |p| p.to_string());
    let mut child = ChildGuard::spawn(
        Command::new(&binary)
            .args(["-js", "-a", "127.0.0.1", "-p", &port_arg, "-sd"])
            .arg(store)
            .stdout(Stdio::null())
            .stderr(Stdio::piped()),
    )
    .unwrap_or_else(|e| panic!("starting {} (run `make test`, which installs it): {e}", binary.display()));
    let stderr = child.0.stderr.take().expect("piped stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(addr) = line.split("Listening for client connections on ").nth(1) {
                let port = addr.trim().rsplit(':').next().and_then(|p| p.parse::<u16>().ok());
                let _ = tx.send(port);
            }
        }
    });
    let port = rx.recv_timeout(Duration::from_secs(15)).ok().flatten().expect("nats-server did not start listening within 15 s");
    (child, port)
}

impl NatsServer {
    pub fn start() -> Self {
        let store = tempfile::tempdir().expect("temp dir");
        let (child, port) = launch(store.path(), None);
        Self { child: Some(child), port, store }
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// Kills the server (as a crash would), keeping its data.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill();
        }
    }

    /// Starts it again on the same port with the same data.
    pub fn restart(&mut self) {
        self.stop();
        let (child, port) = launch(self.store.path(), Some(self.port));
        assert_eq!(port, self.port);
        self.child = Some(child);
    }
}

/// A connection of its own to `server`, as a separate process would have.
pub async fn connect(server: &NatsServer) -> NatsClient {
    init();
    veracity_adapters::nats::connect(&ConnectSettings {
        url: server.url(),
        connection_name: "veracity-test".into(),
        credentials_file: None,
        initial_connect_timeout: Duration::from_secs(5),
    })
    .await
    .expect("connect to the test nats-server")
}

/// A JetStream event store on `server`, with a stream and subjects of its own.
pub async fn open_event_store(server: &NatsServer) -> JetStreamEventStore {
    let settings = StreamSettings { stream: unique("EV_"), subject_prefix: format!("{}.ev", unique("t")), replicas: 1 };
    JetStreamEventStore::open(connect(server).await, settings).await.expect("open the events stream")
}

/// The event store of a test app's deployment (its configured NATS, stream and subjects), as
/// another process of the deployment opens it.
pub async fn app_event_store(config: &veracity::config::Config) -> JetStreamEventStore {
    let url = config.nats.url.as_ref().expect("test apps name their NATS").expose().to_owned();
    let client = veracity_adapters::nats::connect(&ConnectSettings {
        url,
        connection_name: "veracity-test".into(),
        credentials_file: None,
        initial_connect_timeout: Duration::from_secs(5),
    })
    .await
    .expect("connect to the app's nats-server");
    let settings = StreamSettings { stream: config.nats.stream.clone(), subject_prefix: config.nats.subject_prefix.clone(), replicas: 1 };
    JetStreamEventStore::open(client, settings).await.expect("open the app's events stream")
}

/// The events of one aggregate of a test app's deployment, oldest first.
pub async fn aggregate_events(
    config: &veracity::config::Config,
    tenant: &str,
    kind: &str,
    id: &str,
) -> Vec<veracity_domain::EventEnvelope> {
    use veracity_domain::ports::EventStore;
    let store = app_event_store(config).await;
    let tenant: veracity_domain::TenantId = tenant.parse().expect("a tenant id");
    let aggregate = veracity_domain::AggregateRef::new(tenant, kind, id).expect("a valid aggregate");
    store.load(&aggregate, 0).await.expect("load the aggregate").into_iter().map(|e| e.envelope).collect()
}

/// A jobs queue on `server` with a stream of its own, its slots in `slots_bucket`.
pub async fn open_job_queue(server: &NatsServer, slots_bucket: &str) -> JetStreamJobQueue {
    open_job_queue_with(server, slots_bucket, Duration::from_secs(30)).await
}

/// As [`open_job_queue`], redelivering a ticket not acknowledged within `ack_wait`.
pub async fn open_job_queue_with(server: &NatsServer, slots_bucket: &str, ack_wait: Duration) -> JetStreamJobQueue {
    let settings = JobQueueSettings {
        stream: unique("JOBS_"),
        subject_prefix: format!("{}.jobs", unique("t")),
        slots_bucket: slots_bucket.to_owned(),
        replicas: 1,
        ack_wait,
    };
    JetStreamJobQueue::open(connect(server).await, settings).await.expect("open the jobs queue")
}
