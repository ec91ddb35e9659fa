//! Background work that consumes the event log. For now: the projector, which keeps the SQL
//! read models up to date. Detection, webhook delivery and retention join it here.

pub mod projector;
