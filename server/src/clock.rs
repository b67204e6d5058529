//! The time, as the platform counts it: whole seconds since the Unix epoch (UTC), the unit of
//! every time column in the database.

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
