//! The committed spec is the code's spec: SDKs are generated from the file, so it must not drift.

use crate::support::repo_root;

#[test]
fn committed_openapi_matches_the_code() {
    let path = repo_root().join("openapi/openapi.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = veracity_api::spec_json();
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date with the code. Regenerate it with `make openapi` \
         (or `cargo run -- openapi > openapi/openapi.json`), review the diff, and commit it."
    );
}
