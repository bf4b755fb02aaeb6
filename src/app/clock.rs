//! Where the app reads the time: the system clock, or a clock a test sets.

use std::fmt;
use std::sync::Arc;

use time::OffsetDateTime;

/// Tells the time when an answer is given or a quiz is submitted.
///
/// The app uses the system clock. A test that drives the quiz faster than any person can
/// read it gives a clock that moves at a reading pace, so the answers are not taken as rushed
/// unless the test means them to be.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> OffsetDateTime + Send + Sync>);

impl Clock {
    /// The system clock, in UTC.
    pub fn system() -> Self {
        Self(Arc::new(OffsetDateTime::now_utc))
    }

    /// A clock that reads `now()`.
    pub fn new(now: impl Fn() -> OffsetDateTime + Send + Sync + 'static) -> Self {
        Self(Arc::new(now))
    }

    /// The time now.
    pub fn now(&self) -> OffsetDateTime {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}
