//! A first-come, first-served async queue: tasks pass one at a time, in the order they
//! arrived. (`futures`' mutex promises no order, and under a burst on one credit account some
//! requests waited over a second while later ones went ahead.) No runtime needed.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use veracity_domain::sync::LockExt;

#[derive(Default)]
struct Queue {
    next_ticket: u64,
    /// The ticket whose turn it is.
    serving: u64,
    waiting: BTreeMap<u64, Waker>,
    /// Tickets whose holders gave up before their turn: skipped.
    abandoned: BTreeSet<u64>,
}

impl Queue {
    fn advance(&mut self) {
        self.serving += 1;
        while self.abandoned.remove(&self.serving) {
            self.serving += 1;
        }
        if let Some(waker) = self.waiting.remove(&self.serving) {
            waker.wake();
        }
    }
}

#[derive(Clone, Default)]
pub struct Turnstile(Arc<Mutex<Queue>>);

impl Turnstile {
    /// Waits for this caller's turn; the turn ends when the returned guard is dropped.
    pub fn enter(&self) -> Entering {
        let ticket = {
            let mut queue = self.0.locked();
            queue.next_ticket += 1;
            queue.next_ticket - 1
        };
        Entering { turnstile: self.clone(), ticket, entered: false }
    }
}

pub struct Entering {
    turnstile: Turnstile,
    ticket: u64,
    entered: bool,
}

impl Future for Entering {
    type Output = Turn;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Turn> {
        let mut queue = self.turnstile.0.locked();
        if queue.serving == self.ticket {
            queue.waiting.remove(&self.ticket);
            drop(queue);
            self.entered = true;
            return Poll::Ready(Turn(self.turnstile.clone()));
        }
        queue.waiting.insert(self.ticket, cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for Entering {
    fn drop(&mut self) {
        if self.entered {
            return;
        }
        // Given up: pass the turn on if it had come, else leave the ticket to be skipped.
        let mut queue = self.turnstile.0.locked();
        queue.waiting.remove(&self.ticket);
        if queue.serving == self.ticket {
            queue.advance();
        } else {
            queue.abandoned.insert(self.ticket);
        }
    }
}

/// A caller's turn; the next caller's starts when it is dropped.
pub struct Turn(Turnstile);

impl Drop for Turn {
    fn drop(&mut self) {
        self.0.0.locked().advance();
    }
}

#[cfg(test)]
mod tests {
    use futures::FutureExt;

    use super::*;

    #[test]
    fn callers_pass_in_arrival_order_and_those_who_leave_are_skipped() {
        let gate = Turnstile::default();
        let first = gate.enter().now_or_never().expect("nobody ahead");
        let mut second = Box::pin(gate.enter());
        let third = gate.enter();
        let mut fourth = Box::pin(gate.enter());
        assert!(second.as_mut().now_or_never().is_none(), "waits for the first");
        drop(third); // gives up while waiting
        drop(first);
        let second = second.as_mut().now_or_never().expect("the second goes next");
        assert!(fourth.as_mut().now_or_never().is_none());
        drop(second);
        assert!(fourth.as_mut().now_or_never().is_some(), "the third was skipped");
    }

    #[test]
    fn a_caller_who_leaves_when_its_turn_came_passes_it_on() {
        let gate = Turnstile::default();
        let first = gate.enter().now_or_never().unwrap();
        let second = gate.enter();
        let mut third = Box::pin(gate.enter());
        drop(first); // the second's turn, but it never looks
        drop(second);
        assert!(third.as_mut().now_or_never().is_some());
    }
}
