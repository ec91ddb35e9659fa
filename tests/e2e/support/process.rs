//! Child processes of the tests: the testkit's, and the `veracity` binary Cargo built for them.

use std::path::Path;
use std::process::Command;

pub use veracity_testkit::process::*;

/// The `veracity` binary of this build, run in `dir` (see [`veracity_command_at`]).
pub fn veracity_command(dir: &Path) -> Command {
    veracity_command_at(Path::new(env!("CARGO_BIN_EXE_veracity")), dir)
}
