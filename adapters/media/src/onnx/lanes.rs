//! Lanes: a job alone in the models spreads its frames (or crops) over the narrow sessions,
//! one thread each, instead of running them one after the other on the wide session.
//!
//! Independent frames on one-thread sessions keep every core on arithmetic; the wide session
//! splits each operator across its threads, which wait for one another at every operator and
//! sleep between them. Measured on 2 cores (AMD EPYC, the 10 sampled frames of the 720p bench
//! video, 5 runs each way in turns): MTCNN 108–123 → 59–104 ms (median 110 → 69), the CLIP
//! probe the same (it parallelises well inside its operators), with 20 % less CPU for MTCNN.
//!
//! When another job enters the models, lanes past the first stop taking work after the item at
//! hand, so that the newcomer finds a narrow session; the first lane finishes the rest.

use std::cell::Cell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use veracity_domain::DomainError;

use super::{JOBS_IN_MODELS, Model};

thread_local! {
    /// The narrow session this thread's model runs take while it works a lane.
    static LANE: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The narrow session this thread's runs are bound to, if it is working a lane.
pub(super) fn current() -> Option<usize> {
    LANE.get()
}

/// How many lanes a job may spread work over now: one per narrow session of `model` when the
/// job is the only one in the models (and not already inside a lane), else 1. Lanes stand in for
/// the wide session: where the layout has none (one thread per inference however many jobs
/// run), a job alone gets no more threads than that either.
pub fn available(model: &Model) -> usize {
    if model.wide.is_none() || JOBS_IN_MODELS.load(Ordering::SeqCst) > 1 || current().is_some() { 1 } else { model.narrow.len().max(1) }
}

/// `work` on every item, in item order, over `lanes` threads (the caller's being the first); with
/// one lane, or one item, simply one after the other on the caller's thread. The first error
/// stops the lanes taking more work and is returned.
pub fn spread<T: Sync, R: Send>(
    lanes: usize,
    items: &[T],
    work: impl Fn(&T) -> Result<R, DomainError> + Sync,
) -> Result<Vec<R>, DomainError> {
    if lanes < 2 || items.len() < 2 {
        return items.iter().map(&work).collect();
    }
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Vec<Mutex<Option<Result<R, DomainError>>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let lane = |k: usize| {
        LANE.set(Some(k));
        loop {
            // A job that entered meanwhile gets this lane's session once its item is done.
            if failed.load(Ordering::SeqCst) || (k > 0 && JOBS_IN_MODELS.load(Ordering::SeqCst) > 1) {
                break;
            }
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(item) = items.get(i) else { break };
            let result = work(item);
            failed.fetch_or(result.is_err(), Ordering::SeqCst);
            *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
        }
        LANE.set(None);
    };
    std::thread::scope(|scope| {
        for k in 1..lanes.min(items.len()) {
            scope.spawn(move || lane(k));
        }
        lane(0);
    });
    let mut out = Vec::with_capacity(items.len());
    let mut first_error = None;
    for result in results.into_iter().map(|r| r.into_inner().unwrap_or_else(|p| p.into_inner())) {
        match result {
            Some(Ok(value)) => out.push(value),
            Some(Err(e)) => {
                first_error.get_or_insert(e);
            }
            // Not run: an error stopped the lanes first.
            None => {}
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_keeps_item_order_and_runs_every_item_once() {
        let items: Vec<usize> = (0..50).collect();
        let runs = AtomicUsize::new(0);
        let out = spread(2, &items, |&i| {
            runs.fetch_add(1, Ordering::SeqCst);
            assert!(current().is_some(), "bound to a lane");
            Ok(i * 2)
        })
        .unwrap();
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(runs.load(Ordering::SeqCst), 50);
        assert_eq!(current(), None, "the caller's thread is unbound afterwards");
    }

    #[test]
    fn spread_returns_the_first_error_and_stops() {
        let items: Vec<usize> = (0..1000).collect();
        let runs = AtomicUsize::new(0);
        let result = spread(2, &items, |&i| {
            runs.fetch_add(1, Ordering::SeqCst);
            if i == 3 { Err(DomainError::internal("frame 3")) } else { Ok(i) }
        });
        assert!(result.unwrap_err().to_string().contains("frame 3"));
        assert!(runs.load(Ordering::SeqCst) < 1000, "the lanes stopped early");
    }
}
