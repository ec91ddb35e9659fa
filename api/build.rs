//! Builds the web console (`console/`, TypeScript and Preact) with its pinned esbuild into
//! `OUT_DIR/console`, which `src/console.rs` embeds: the binary serves it with no files to
//! deploy. Needs Node and `console/node_modules` (`scripts/bootstrap` installs both).

use std::path::Path;
use std::process::Command;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let console = root.join("console");
    for watched in ["src", "static", "build.mjs", "package-lock.json"] {
        println!("cargo:rerun-if-changed={}", console.join(watched).display());
    }
    // The console is a client of the generated TypeScript SDK.
    println!("cargo:rerun-if-changed={}", root.join("sdks/typescript/src/generated").display());

    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("console");
    if !console.join("node_modules/esbuild").is_dir() {
        panic!("the console's build tools are missing: run `scripts/bootstrap` (or `npm ci` in {})", console.display());
    }
    let status = Command::new("node")
        .arg(console.join("build.mjs"))
        .arg(&out)
        .status()
        .unwrap_or_else(|err| panic!("could not run node to build the console ({err}): run `scripts/bootstrap`"));
    assert!(status.success(), "building the console failed (node console/build.mjs): see the messages above");
}
