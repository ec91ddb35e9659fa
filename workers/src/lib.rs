//! Background work: the projector (events → SQL read models), the detection worker (job queue
//! → analysis → result events) and the retention worker (media deleted after the verdict).

pub mod detection;
pub mod evaluation;
pub mod forensics;
pub mod metrics;
pub mod projector;
pub mod retention;
pub mod sweeper;
pub mod webhooks;
