//! The published OpenAPI document: poem-openapi's, with what its annotations cannot say
//! written in, so that generated clients and linters read the API as it behaves.
//!
//! * Operations that need no credentials say so (`security: []`) instead of saying nothing,
//!   which OpenAPI reads as "whatever the document's default is".
//! * Unsigned integers are `int64` (or `int32` for 8- and 16-bit ones) with `minimum: 0`:
//!   `uint32`/`uint64` are not OpenAPI formats, and generators map them to signed 32-bit
//!   integers, which a credit balance or a byte count can overflow.
//! * A job's media is documented as what it is sent as: each format Veracity accepts, by its
//!   media type (poem-openapi can name one per answer).
//! * Answers that name a resource carry OpenAPI links to the operations that take it (create →
//!   read → update → delete of keys, members, webhook endpoints and jobs), so that a client can
//!   follow them and schemathesis's stateful phase walks them (tests/e2e/api_contract.rs).

use serde_json::{Value, json};

/// Applies the rewrites above to poem-openapi's JSON document.
pub fn finish(spec: &str) -> String {
    let mut doc: Value = serde_json::from_str(spec).expect("poem-openapi writes valid JSON");
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for operation in item.values_mut().filter_map(Value::as_object_mut) {
                operation.entry("security").or_insert_with(|| json!([]));
            }
        }
    }
    signed_integers(&mut doc);
    nullable(&mut doc);
    links(&mut doc);
    media_formats(&mut doc);
    let mut out = serde_json::to_string_pretty(&doc).expect("a JSON value serialises");
    out.push('\n');
    out
}

/// Members that a vendor's response always carries, `null` when there is no value (its clients
/// read them unconditionally): poem-openapi has no way to say so on the field.
const NULLABLE: [(&str, &[&str]); 1] = [("DeepfakeDetectorResult", &["verdict", "confidence", "generator", "latency_ms", "error"])];

fn nullable(doc: &mut Value) {
    for (schema, members) in NULLABLE {
        let Some(properties) = doc.pointer_mut(&format!("/components/schemas/{schema}/properties")).and_then(Value::as_object_mut) else {
            continue;
        };
        for member in members {
            if let Some(property) = properties.get_mut(*member).and_then(Value::as_object_mut) {
                property.insert("nullable".into(), json!(true));
            }
        }
    }
}

/// `GET /v1/jobs/{job_id}/media` answers with the upload's own `Content-Type`.
fn media_formats(doc: &mut Value) {
    let Some(content) = doc.pointer_mut("/paths/~1v1~1jobs~1{job_id}~1media/get/responses/200/content").and_then(Value::as_object_mut)
    else {
        return;
    };
    let Some(binary) = content.values().next().cloned() else { return };
    content.clear();
    for format in veracity_domain::detection::MediaFormat::SUPPORTED {
        content.insert(format.mime().to_owned(), binary.clone());
    }
}

/// One kind of link: the answers of `from` (each listed status) name a resource through the
/// runtime expressions in `parameters`, which each operation in `to` takes as path parameters.
struct Link {
    from: &'static [&'static str],
    statuses: &'static [&'static str],
    parameters: &'static [(&'static str, &'static str)],
    to: &'static [&'static str],
}

const DETECT: &[&str] = &[
    "detect",
    "detectUrl",
    "detectImage",
    "detectImageUrl",
    "detectVideo",
    "detectVideoUrl",
    "detectVideoFrames",
    "detectAudio",
    "detectAudioUrl",
    "detectText",
    "detectAiMedia",
    "detectAiMediaUrl",
];
const JOB: &[&str] = &["getJob", "getJobMedia", "getJobHeatmap", "deleteJob"];
const API_KEY: &[&str] = &["getApiKey", "updateApiKey", "rotateApiKey", "revokeApiKey"];
const ENDPOINT: &[&str] = &[
    "getWebhookEndpoint",
    "updateWebhookEndpoint",
    "rotateWebhookSecret",
    "sendWebhookTest",
    "listWebhookMessages",
    "recoverWebhookMessages",
    "deleteWebhookEndpoint",
];
const MESSAGE: &[&str] = &["getWebhookMessage", "listWebhookAttempts", "retryWebhookMessage"];

const LINKS: &[Link] = &[
    Link { from: DETECT, statuses: &["200", "202"], parameters: &[("job_id", "$response.body#/id")], to: JOB },
    Link {
        from: &["getJob"],
        statuses: &["200"],
        parameters: &[("job_id", "$response.body#/id")],
        to: &["getJobMedia", "getJobHeatmap", "deleteJob"],
    },
    Link { from: &["createApiKey"], statuses: &["201"], parameters: &[("key_id", "$response.body#/key/id")], to: API_KEY },
    Link { from: &["rotateApiKey"], statuses: &["200"], parameters: &[("key_id", "$response.body#/key/id")], to: API_KEY },
    Link { from: &["updateApiKey"], statuses: &["200"], parameters: &[("key_id", "$response.body#/id")], to: API_KEY },
    Link {
        from: &["inviteMember"],
        statuses: &["201"],
        parameters: &[("user_id", "$response.body#/member/user_id")],
        to: &["changeMemberRole", "removeMember"],
    },
    Link {
        from: &["changeMemberRole"],
        statuses: &["200"],
        parameters: &[("user_id", "$response.body#/user_id")],
        to: &["changeMemberRole", "removeMember"],
    },
    Link {
        from: &["createWebhookEndpoint"],
        statuses: &["201"],
        parameters: &[("endpoint_id", "$response.body#/endpoint/id")],
        to: ENDPOINT,
    },
    Link {
        from: &["updateWebhookEndpoint", "getWebhookEndpoint"],
        statuses: &["200"],
        parameters: &[("endpoint_id", "$response.body#/id")],
        to: ENDPOINT,
    },
    Link {
        from: &["sendWebhookTest"],
        statuses: &["202"],
        parameters: &[("endpoint_id", "$request.path.endpoint_id"), ("message_id", "$response.body#/message_id")],
        to: MESSAGE,
    },
    Link {
        from: &["getWebhookMessage"],
        statuses: &["200"],
        parameters: &[("endpoint_id", "$response.body#/endpoint_id"), ("message_id", "$response.body#/id")],
        to: MESSAGE,
    },
    // The vendors' routes make native jobs: their ids are read at the vendor's path and at ours.
    Link {
        from: &["deepfakedetectorDetect", "deepfakedetectorDetectImage", "deepfakedetectorDetectAudio", "deepfakedetectorDetectVideo"],
        statuses: &["200", "202"],
        parameters: &[("job_id", "$response.body#/job_id")],
        to: &["deepfakedetectorGetJob", "getJob"],
    },
    Link {
        from: &["veriplusAnalyseImage", "veriplusAnalyseVideo", "veriplusAnalyseAudio"],
        statuses: &["200"],
        parameters: &[("job_id", "$response.body#/data/jobId")],
        to: &["veriplusGetJob", "getJob"],
    },
    Link {
        from: &["glairDeepfakeVideo", "glairDeepfakeFrames", "dmiDeepfakeDetection", "dmiAiTextDetection", "dmiAiMediaDetection"],
        statuses: &["200"],
        parameters: &[("job_id", "$response.body#/job_id")],
        to: &["getJob"],
    },
    Link {
        from: &["dmiCreateApiKey"],
        statuses: &["200"],
        parameters: &[("key_id", "$response.body#/api_key/id")],
        to: &["dmiGetApiKey", "dmiRevokeApiKey"],
    },
];

/// Writes `LINKS` into the responses they start from, each link named after its target
/// (`GetApiKey`). A link to or from an operation or answer the document lacks is left out; the
/// unit test below checks that the whole table is written into the published document.
fn links(doc: &mut Value) {
    let mut operations: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                    operations.insert(id.to_owned(), format!("/paths/{}/{method}", path.replace('~', "~0").replace('/', "~1")));
                }
            }
        }
    }
    for link in LINKS {
        if !link.to.iter().all(|target| operations.contains_key(*target)) {
            continue;
        }
        for pointer in link.from.iter().filter_map(|source| operations.get(*source)) {
            for status in link.statuses {
                let Some(response) = doc.pointer_mut(&format!("{pointer}/responses/{status}")).and_then(Value::as_object_mut) else {
                    continue;
                };
                let links = response.entry("links").or_insert_with(|| json!({})).as_object_mut().expect("links is an object");
                for target in link.to {
                    let mut name = (*target).to_owned();
                    name[..1].make_ascii_uppercase();
                    let parameters: serde_json::Map<String, Value> =
                        link.parameters.iter().map(|(parameter, expression)| ((*parameter).to_owned(), json!(expression))).collect();
                    links.insert(name, json!({"operationId": target, "parameters": parameters}));
                }
            }
        }
    }
}

fn signed_integers(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let unsigned = match map.get("format").and_then(Value::as_str) {
                Some("uint8" | "uint16") => Some("int32"),
                Some("uint32" | "uint64") => Some("int64"),
                _ => None,
            };
            if let Some(format) = unsigned {
                map.insert("format".into(), json!(format));
                map.entry("minimum").or_insert(json!(0));
            }
            map.values_mut().for_each(signed_integers);
        }
        Value::Array(items) => items.iter_mut().for_each(signed_integers),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A doc comment on a field whose type is a named schema makes poem-openapi wrap the
    /// reference in `allOf` with the description, which openapi-python-client cannot read (it
    /// silently drops the model): describe such types on the type instead.
    #[test]
    fn the_published_document_has_no_allof_wrappers() {
        let doc = crate::spec_json();
        let wrappers: Vec<&str> = doc.lines().filter(|l| l.contains("\"allOf\"")).collect();
        assert!(wrappers.is_empty(), "allOf in the OpenAPI document ({} places): turn those fields' `///` into `//`", wrappers.len());
    }

    /// Each link names exactly the path parameters of its target, and each `$response.body`
    /// expression a member the answer's schema declares: a renamed field or parameter fails here,
    /// not in a client following the link.
    #[test]
    fn every_link_matches_its_target_and_its_answer() {
        let doc: Value = serde_json::from_str(&crate::spec_json()).unwrap();
        let resolve = |schema: &Value| -> Value {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => doc.pointer(reference.trim_start_matches('#')).cloned().expect("a $ref resolves"),
                None => schema.clone(),
            }
        };
        let operations: Vec<&Value> =
            doc["paths"].as_object().unwrap().values().flat_map(|item| item.as_object().unwrap().values()).collect();
        let mut checked = 0;
        for operation in &operations {
            for response in operation["responses"].as_object().unwrap().values() {
                for (name, link) in response.get("links").and_then(Value::as_object).into_iter().flatten() {
                    let target = operations.iter().find(|o| o["operationId"] == link["operationId"]).expect("link target exists");
                    let mut wanted: Vec<&str> = target["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|p| p["in"] == "path")
                        .filter_map(|p| p["name"].as_str())
                        .collect();
                    let mut given: Vec<&str> = link["parameters"].as_object().unwrap().keys().map(String::as_str).collect();
                    wanted.sort_unstable();
                    given.sort_unstable();
                    assert_eq!(wanted, given, "link {name} from {}", operation["operationId"]);
                    for expression in link["parameters"].as_object().unwrap().values().filter_map(Value::as_str) {
                        let Some(pointer) = expression.strip_prefix("$response.body#/") else { continue };
                        let content = response["content"].as_object().and_then(|c| c.values().next()).expect("the answer has a body");
                        let mut schema = resolve(&content["schema"]);
                        for member in pointer.split('/') {
                            schema = resolve(&schema["properties"][member]);
                            assert!(schema.is_object(), "{expression} in the answer of {}", operation["operationId"]);
                        }
                    }
                    checked += 1;
                }
            }
        }
        let table: usize = LINKS.iter().map(|link| link.from.len() * link.statuses.len() * link.to.len()).sum();
        assert_eq!(checked, table, "every link in LINKS is in the document");
    }

    #[test]
    fn a_job_s_media_is_documented_as_every_format_it_can_be() {
        let doc: Value = serde_json::from_str(&crate::spec_json()).unwrap();
        let content = &doc["paths"]["/v1/jobs/{job_id}/media"]["get"]["responses"]["200"]["content"];
        let types: Vec<&String> = content.as_object().expect("the media answer has a body").keys().collect();
        assert_eq!(types.len(), veracity_domain::detection::MediaFormat::SUPPORTED.len(), "{types:?}");
        assert!(types.iter().any(|t| *t == "image/jpeg") && types.iter().any(|t| *t == "audio/mpeg"), "{types:?}");
    }

    #[test]
    fn public_operations_declare_no_security_and_integers_are_signed() {
        let spec = r#"{"paths": {"/a": {"get": {"responses": {}}, "post": {"security": [{"Key": []}]}}},
            "components": {"schemas": {"S": {"properties": {"n": {"type": "integer", "format": "uint64"},
            "m": {"type": "integer", "format": "uint16", "minimum": 1}}}}}}"#;
        let doc: Value = serde_json::from_str(&finish(spec)).unwrap();
        assert_eq!(doc["paths"]["/a"]["get"]["security"], json!([]));
        assert_eq!(doc["paths"]["/a"]["post"]["security"], json!([{"Key": []}]));
        let props = &doc["components"]["schemas"]["S"]["properties"];
        assert_eq!(props["n"], json!({"type": "integer", "format": "int64", "minimum": 0}));
        assert_eq!(props["m"], json!({"type": "integer", "format": "int32", "minimum": 1}));
    }
}
