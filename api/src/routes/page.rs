//! Cursor pagination shared by list endpoints: `limit` and `starting_after`.

use veracity_domain::DomainError;

pub const DEFAULT_LIMIT: u64 = 20;
pub const MAX_LIMIT: u64 = 100;

pub fn page_limit(limit: Option<u64>) -> Result<u64, DomainError> {
    match limit {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(DomainError::invalid("limit", format!("must be 1-{MAX_LIMIT}"))),
    }
}

/// Cuts `items` (fetched with `limit + 1` rows, so one extra row means another page) to the
/// page, and says whether more follow and the cursor of the next page.
pub fn split_page<T>(mut items: Vec<T>, limit: u64, cursor: impl Fn(&T) -> String) -> (Vec<T>, bool, Option<String>) {
    let has_more = items.len() as u64 > limit;
    items.truncate(limit as usize);
    let next_cursor = if has_more { items.last().map(cursor) } else { None };
    (items, has_more, next_cursor)
}
