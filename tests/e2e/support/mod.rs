//! The test harness: `veracity-testkit` (tests/testkit), shared with the benchmarks, and the
//! fixtures and fakes only these tests use.

pub mod ffmpeg;
pub mod fixtures;
pub mod hostile;
pub mod process;
pub mod stripe;

pub use veracity_testkit::*;
