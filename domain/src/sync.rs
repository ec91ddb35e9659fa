//! Locks that keep serving after a panic.
//!
//! A `std` mutex is poisoned when a thread panics while holding it, and `lock().expect(..)`
//! then panics in every later request: one bug would take the process down request by request.
//! The data these locks guard (caches, counters, waiters) stays consistent between statements,
//! so the guard is taken back and the process goes on.

use std::sync::{Mutex, MutexGuard, PoisonError};

pub trait LockExt<T> {
    /// The guard, also after another thread panicked while holding it.
    fn locked(&self) -> MutexGuard<'_, T>;
}

impl<T> LockExt<T> for Mutex<T> {
    fn locked(&self) -> MutexGuard<'_, T> {
        self.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_poisoned_lock_still_serves() {
        let lock = std::sync::Arc::new(Mutex::new(1));
        let poisoner = lock.clone();
        let _ = std::thread::spawn(move || {
            let _guard = poisoner.lock().unwrap();
            panic!("a bug while holding the lock");
        })
        .join();
        assert!(lock.lock().is_err(), "the lock is poisoned");
        *lock.locked() += 1;
        assert_eq!(*lock.locked(), 2);
    }
}
