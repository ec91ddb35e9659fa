//! The BlobStore contract, run against the in-memory fake, the local directory and S3 (moto).

use std::sync::Arc;

use bytes::Bytes;
use veracity_adapters::blob::{LocalBlobStore, S3BlobStore};
use veracity_domain::DomainError;
use veracity_domain::fakes::InMemoryBlobStore;
use veracity_domain::ports::{BlobKey, BlobStore};

use crate::support::moto::MotoServer;
use crate::support::{init, unique};

fn key(k: &str) -> BlobKey {
    BlobKey::new(k).unwrap()
}

pub async fn put_then_get_round_trips(store: Arc<dyn BlobStore>) {
    let binary: Vec<u8> = (0..1024 * 1024u32).map(|i| (i * 7 % 251) as u8).collect();
    for (k, data) in [("media/ab/one.bin", binary.clone()), ("empty", Vec::new()), ("x/y/z/deep.jpg", b"jpeg".to_vec())] {
        store.put(&key(k), Bytes::from(data.clone())).await.unwrap();
        assert_eq!(store.get(&key(k)).await.unwrap(), data, "{k}");
        assert!(store.exists(&key(k)).await.unwrap());
    }
}

pub async fn missing_objects_are_not_found(store: Arc<dyn BlobStore>) {
    assert!(matches!(store.get(&key("nope/none")).await, Err(DomainError::NotFound { .. })));
    assert!(!store.exists(&key("nope/none")).await.unwrap());
    store.delete(&key("nope/none")).await.expect("deleting a missing object is fine");
}

pub async fn put_replaces_and_delete_removes(store: Arc<dyn BlobStore>) {
    let k = key("doc.txt");
    store.put(&k, Bytes::from_static(b"first version")).await.unwrap();
    store.put(&k, Bytes::from_static(b"second")).await.unwrap();
    assert_eq!(store.get(&k).await.unwrap(), Bytes::from_static(b"second"));
    store.put(&key("doc.txt.keep"), Bytes::from_static(b"neighbour")).await.unwrap();
    store.delete(&k).await.unwrap();
    assert!(matches!(store.get(&k).await, Err(DomainError::NotFound { .. })));
    assert_eq!(store.get(&key("doc.txt.keep")).await.unwrap(), Bytes::from_static(b"neighbour"));
}

/// Concurrent writers of one key leave one of their objects, whole.
pub async fn concurrent_puts_never_tear(store: Arc<dyn BlobStore>) {
    let k = key("contended");
    let versions: Vec<Bytes> = (0..8u8).map(|v| Bytes::from(vec![v; 256 * 1024])).collect();
    let writers = versions.iter().cloned().map(|data| {
        let (store, k) = (store.clone(), k.clone());
        tokio::spawn(async move { store.put(&k, data).await.unwrap() })
    });
    futures::future::join_all(writers).await.into_iter().for_each(Result::unwrap);
    let stored = store.get(&k).await.unwrap();
    assert!(versions.contains(&stored), "the stored object is one writer's, whole");
}

pub async fn ping_answers(store: Arc<dyn BlobStore>) {
    store.ping().await.unwrap();
}

pub enum Guard {
    None,
    Dir(#[allow(dead_code)] tempfile::TempDir),
    Moto(#[allow(dead_code)] MotoServer),
}

pub async fn in_memory() -> (Arc<dyn BlobStore>, Guard) {
    (Arc::new(InMemoryBlobStore::new()), Guard::None)
}

pub async fn local_dir() -> (Arc<dyn BlobStore>, Guard) {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalBlobStore::open(dir.path().join("blobs")).await.unwrap();
    (Arc::new(store), Guard::Dir(dir))
}

pub async fn s3() -> (Arc<dyn BlobStore>, Guard) {
    init();
    let moto = MotoServer::start();
    let store = S3BlobStore::new(&moto.settings(&unique("veracity-test-"), "tenant-data/")).await;
    store.create_bucket_if_missing().await.unwrap();
    store.create_bucket_if_missing().await.expect("creating an existing bucket is fine");
    (Arc::new(store), Guard::Moto(moto))
}

macro_rules! contract {
    ($module:ident, $factory:path) => {
        mod $module {
            macro_rules! case {
                ($name:ident) => {
                    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                    async fn $name() {
                        let (store, _guard) = $factory().await;
                        super::$name(store).await;
                    }
                };
            }
            case!(put_then_get_round_trips);
            case!(missing_objects_are_not_found);
            case!(put_replaces_and_delete_removes);
            case!(concurrent_puts_never_tear);
            case!(ping_answers);
        }
    };
}

contract!(in_memory_store, super::in_memory);
contract!(local_dir_store, super::local_dir);
contract!(s3_store, super::s3);

/// A bucket that does not exist makes the store unavailable (readiness reports it), not a panic.
#[tokio::test]
async fn s3_ping_fails_cleanly_without_the_bucket() {
    init();
    let moto = MotoServer::start();
    let store = S3BlobStore::new(&moto.settings(&unique("missing-"), "")).await;
    assert!(matches!(store.ping().await, Err(DomainError::Unavailable { .. })));
}
