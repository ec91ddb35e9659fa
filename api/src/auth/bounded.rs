//! A map with a fixed capacity that forgets its oldest entries first (FIFO): the in-memory
//! caches and throttles that anyone can add entries to stay bounded without ever being emptied
//! at once.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct BoundedMap<K, V> {
    capacity: usize,
    /// Each value with the insertion number its place in `order` carries.
    entries: HashMap<K, (V, u64)>,
    /// Keys in insertion order; an entry whose number no longer matches was re-inserted later.
    order: VecDeque<(K, u64)>,
    next: u64,
}

impl<K: Eq + Hash + Clone, V> BoundedMap<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self { capacity: capacity.max(1), entries: HashMap::new(), order: VecDeque::new(), next: 0 }
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    /// Inserts or replaces `key`'s value (it becomes the newest), forgetting the oldest entries
    /// beyond the capacity.
    pub fn insert(&mut self, key: K, value: V) {
        self.next += 1;
        self.entries.insert(key.clone(), (value, self.next));
        self.order.push_back((key, self.next));
        while self.entries.len() > self.capacity {
            let Some((oldest, n)) = self.order.pop_front() else { break };
            if self.entries.get(&oldest).is_some_and(|(_, at)| *at == n) {
                self.entries.remove(&oldest);
            }
        }
        // Replaced keys leave stale places behind: drop them before they outnumber the entries.
        if self.order.len() > 2 * self.capacity {
            let entries = &self.entries;
            self.order.retain(|(k, n)| entries.get(k).is_some_and(|(_, at)| at == n));
        }
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.entries.remove(key).map(|(v, _)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_entries_up_to_its_capacity() {
        let mut map = BoundedMap::new(3);
        for i in 0..10 {
            map.insert(i, i * 10);
        }
        assert_eq!(map.len(), 3);
        assert_eq!((map.get(&6), map.get(&7), map.get(&9)), (None, Some(&70), Some(&90)));
        // Re-inserting makes an entry the newest: it outlives older ones.
        map.insert(7, 71);
        map.insert(10, 100);
        assert_eq!((map.get(&7), map.get(&8), map.get(&9)), (Some(&71), None, Some(&90)));
        for _ in 0..1000 {
            map.insert(7, 72);
        }
        assert!(map.order.len() <= 6, "stale places are dropped");
        assert_eq!(map.remove(&7), Some(72));
        assert_eq!(map.len(), 2);
    }
}
