use async_trait::async_trait;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_s3::Client;
use aws_sdk_s3::config::Credentials;
use aws_sdk_s3::error::{DisplayErrorContext, ProvideErrorMetadata};
use aws_sdk_s3::primitives::ByteStream;
use bytes::Bytes;
use veracity_domain::ports::blob_store::{BlobKey, BlobStore};
use veracity_domain::{Dependency, DomainError};

/// Where the S3-compatible bucket is and how to sign requests to it.
#[derive(Clone)]
pub struct S3Settings {
    pub bucket: String,
    pub region: String,
    /// A custom endpoint (MinIO, Ceph, moto…); `None` for AWS itself.
    pub endpoint: Option<String>,
    /// Static credentials; when absent, the AWS default chain (env, profile, IAM role) is used.
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    /// `https://host/bucket/key` instead of `https://bucket.host/key`; most non-AWS servers need it.
    pub force_path_style: bool,
    /// Prepended to every key, e.g. `veracity/`, to share a bucket.
    pub key_prefix: String,
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &self.secret_access_key.as_ref().map(|_| "***"))
            .field("force_path_style", &self.force_path_style)
            .field("key_prefix", &self.key_prefix)
            .finish()
    }
}

pub struct S3BlobStore {
    client: Client,
    bucket: String,
    key_prefix: String,
}

fn unavailable(action: &str, key: &str, err: impl std::error::Error) -> DomainError {
    DomainError::unavailable(Dependency::BlobStore, format!("{action} {key}: {}", DisplayErrorContext(err)))
}

impl S3BlobStore {
    pub async fn new(settings: &S3Settings) -> Self {
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).region(Region::new(settings.region.clone()));
        if let Some(endpoint) = &settings.endpoint {
            loader = loader.endpoint_url(endpoint);
        }
        if let (Some(id), Some(secret)) = (&settings.access_key_id, &settings.secret_access_key) {
            loader = loader.credentials_provider(Credentials::new(id, secret, None, None, "veracity-config"));
        }
        let shared = loader.load().await;
        let config = aws_sdk_s3::config::Builder::from(&shared).force_path_style(settings.force_path_style).build();
        Self { client: Client::from_conf(config), bucket: settings.bucket.clone(), key_prefix: settings.key_prefix.clone() }
    }

    /// Creates the bucket unless it already exists (development and tests; production buckets
    /// are provisioned with their policies by the operator).
    pub async fn create_bucket_if_missing(&self) -> Result<(), DomainError> {
        if self.client.head_bucket().bucket(&self.bucket).send().await.is_ok() {
            return Ok(());
        }
        match self.client.create_bucket().bucket(&self.bucket).send().await {
            Ok(_) => Ok(()),
            Err(err) if matches!(err.code(), Some("BucketAlreadyOwnedByYou" | "BucketAlreadyExists")) => Ok(()),
            Err(err) => Err(unavailable("creating bucket", &self.bucket, err)),
        }
    }

    fn object_key(&self, key: &BlobKey) -> String {
        format!("{}{}", self.key_prefix, key.as_str())
    }
}

#[async_trait]
impl BlobStore for S3BlobStore {
    async fn put(&self, key: &BlobKey, data: Bytes) -> Result<(), DomainError> {
        let object = self.object_key(key);
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(&object)
            .body(ByteStream::from(data))
            .send()
            .await
            .map_err(|e| unavailable("writing", &object, e))?;
        Ok(())
    }

    async fn get(&self, key: &BlobKey) -> Result<Bytes, DomainError> {
        let object = self.object_key(key);
        let response = match self.client.get_object().bucket(&self.bucket).key(&object).send().await {
            Ok(response) => response,
            Err(err) if err.as_service_error().is_some_and(|e| e.is_no_such_key()) => {
                return Err(DomainError::NotFound { resource: "blob", id: key.to_string() });
            }
            Err(err) => return Err(unavailable("reading", &object, err)),
        };
        let body = response.body.collect().await.map_err(|e| unavailable("reading", &object, e))?;
        Ok(body.into_bytes())
    }

    async fn exists(&self, key: &BlobKey) -> Result<bool, DomainError> {
        let object = self.object_key(key);
        match self.client.head_object().bucket(&self.bucket).key(&object).send().await {
            Ok(_) => Ok(true),
            Err(err) if err.as_service_error().is_some_and(|e| e.is_not_found()) => Ok(false),
            Err(err) => Err(unavailable("checking", &object, err)),
        }
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), DomainError> {
        let object = self.object_key(key);
        self.client.delete_object().bucket(&self.bucket).key(&object).send().await.map_err(|e| unavailable("deleting", &object, e))?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), DomainError> {
        self.client.head_bucket().bucket(&self.bucket).send().await.map_err(|e| unavailable("reaching bucket", &self.bucket, e))?;
        Ok(())
    }
}
