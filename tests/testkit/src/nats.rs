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
    launch_with(store, port, &[])
}

fn launch_with(store: &Path, port: Option<u16>, extra: &[String]) -> (ChildGuard, u16) {
    let binary = tool("VERACITY_NATS_SERVER", "nats-server");
    let port_arg = port.map_or("-1".to_owned(), |p| p.to_string());
    let mut child = ChildGuard::spawn(
        Command::new(&binary)
            .args(["-js", "-a", "127.0.0.1", "-p", &port_arg, "-sd"])
            .arg(store)
            .args(extra)
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

/// A JetStream cluster of real nats-servers on loopback, each node with its own storage; a node
/// can be killed (as a crash would) and restarted with its data.
pub struct NatsCluster {
    nodes: Vec<ClusterNode>,
}

struct ClusterNode {
    name: String,
    client_port: u16,
    cluster_port: u16,
    store: TempDir,
    child: Option<ChildGuard>,
}

/// A port free now (the OS picks it; a cluster's routes must be known before its nodes start).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

impl NatsCluster {
    /// Starts `size` nodes and waits (bounded) until the cluster can hold a stream with a
    /// replica on each.
    pub async fn start(size: usize) -> Self {
        let nodes: Vec<ClusterNode> = (0..size)
            .map(|i| ClusterNode {
                name: format!("{}-n{i}", unique("nats")),
                client_port: free_port(),
                cluster_port: free_port(),
                store: tempfile::tempdir().expect("temp dir"),
                child: None,
            })
            .collect();
        let mut cluster = Self { nodes };
        for i in 0..size {
            cluster.launch(i);
        }
        cluster.wait_for_replicas(size).await;
        cluster
    }

    fn launch(&mut self, i: usize) {
        let routes: Vec<String> = self.nodes.iter().map(|n| format!("nats://127.0.0.1:{}", n.cluster_port)).collect();
        let node = &self.nodes[i];
        let extra = [
            "--server_name".to_owned(),
            node.name.clone(),
            "--cluster_name".into(),
            "veracity-test".into(),
            "--cluster".into(),
            format!("nats://127.0.0.1:{}", node.cluster_port),
            "--routes".into(),
            routes.join(","),
        ];
        let (child, port) = launch_with(node.store.path(), Some(node.client_port), &extra);
        assert_eq!(port, node.client_port);
        self.nodes[i].child = Some(child);
    }

    /// Every node's client address, as a NATS URL list.
    pub fn url(&self) -> String {
        self.nodes.iter().map(|n| format!("nats://127.0.0.1:{}", n.client_port)).collect::<Vec<_>>().join(",")
    }

    /// Kills node `i` (as a crash would), keeping its data.
    pub fn kill(&mut self, i: usize) {
        if let Some(mut child) = self.nodes[i].child.take() {
            child.kill();
        }
    }

    /// Starts node `i` again on its ports with its data.
    pub fn restart(&mut self, i: usize) {
        self.kill(i);
        self.launch(i);
    }

    /// Waits until a stream with `replicas` replicas can be made (the cluster has a JetStream
    /// leader and enough peers).
    pub async fn wait_for_replicas(&self, replicas: usize) {
        init();
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            let settings = ConnectSettings {
                url: self.url(),
                connection_name: "veracity-test-cluster".into(),
                credentials_file: None,
                initial_connect_timeout: Duration::from_secs(5),
            };
            let opened = async {
                let client = veracity_adapters::nats::connect(&settings).await.map_err(|e| e.to_string())?;
                let stream = StreamSettings { stream: unique("PROBE_"), subject_prefix: format!("{}.probe", unique("t")), replicas };
                JetStreamEventStore::open(client, stream).await.map(drop).map_err(|e| e.to_string())
            };
            let outcome = tokio::time::timeout(Duration::from_secs(10), opened).await.unwrap_or_else(|_| Err("no answer in 10 s".into()));
            let Err(why) = outcome else { return };
            assert!(std::time::Instant::now() < deadline, "the NATS cluster did not accept {replicas}-replica streams within 60 s: {why}");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
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
