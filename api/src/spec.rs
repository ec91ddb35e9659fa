//! The published OpenAPI document: poem-openapi's, with what its annotations cannot say
//! written in, so that generated clients and linters read the API as it behaves.
//!
//! * Operations that need no credentials say so (`security: []`) instead of saying nothing,
//!   which OpenAPI reads as "whatever the document's default is".
//! * Unsigned integers are `int64` (or `int32` for 8- and 16-bit ones) with `minimum: 0`:
//!   `uint32`/`uint64` are not OpenAPI formats, and generators map them to signed 32-bit
//!   integers, which a credit balance or a byte count can overflow.

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
