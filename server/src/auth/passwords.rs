//! Password hashing with argon2id at the library's defaults (the OWASP parameters: 19 MiB,
//! two passes, one lane), on worker threads of its own behind a bounded queue.
//!
//! A hash takes tens of milliseconds of full CPU. Run on the async threads, a flood of sign-in
//! attempts would stall every page; run on tokio's blocking pool, it would start hundreds of
//! threads that starve the rest. Here a few dedicated threads take jobs from a short queue,
//! and when the queue is full the attempt is turned away at once as [`Busy`].
//!
//! Each job names who asked for it (its client address and, where there is one, its account),
//! and each of them may hold only a fair share of the queue at once: one client flooding
//! sign-in is told it is busy while everyone else's attempts still find room.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use tokio::sync::oneshot;

use crate::limits::Subject;

/// The queue is full: try again in a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("password hashing is busy")]
pub struct Busy;

enum Work {
    Hash(String),
    Verify { stored: Arc<str>, password: String },
}

enum Done {
    Hashed(Option<String>),
    Verified(bool),
}

struct Job {
    work: Work,
    reply: oneshot::Sender<Done>,
    /// Held until the work is done (or the job is turned away).
    _share: Share,
}

/// The places taken in the queue: by everyone, and by each asker.
#[derive(Default)]
struct InFlight {
    jobs: usize,
    by_asker: HashMap<String, usize>,
}

/// How the queue's places are shared.
struct Shares {
    in_flight: Mutex<InFlight>,
    /// The most any one asker may have at once.
    each: usize,
    /// The most jobs queued or running: the queue's length, so a place taken is a place in it.
    capacity: usize,
}

impl Shares {
    /// A place for a job of `askers`, if the queue has one and none of them already holds a
    /// full share.
    fn take(self: &Arc<Self>, askers: &[Subject]) -> Option<Share> {
        let askers: Vec<String> = askers.iter().map(Subject::key).collect();
        let mut in_flight = self.in_flight.lock().ok()?;
        if in_flight.jobs >= self.capacity
            || askers.iter().any(|asker| {
                in_flight
                    .by_asker
                    .get(asker)
                    .is_some_and(|n| *n >= self.each)
            })
        {
            return None;
        }
        in_flight.jobs += 1;
        for asker in &askers {
            *in_flight.by_asker.entry(asker.clone()).or_default() += 1;
        }
        Some(Share {
            shares: Arc::clone(self),
            askers,
        })
    }
}

/// One job's place in its askers' shares, given back when dropped.
struct Share {
    shares: Arc<Shares>,
    askers: Vec<String>,
}

impl Drop for Share {
    fn drop(&mut self) {
        let Ok(mut in_flight) = self.shares.in_flight.lock() else {
            return;
        };
        in_flight.jobs -= 1;
        for asker in &self.askers {
            if let Some(count) = in_flight.by_asker.get_mut(asker) {
                *count -= 1;
                if *count == 0 {
                    in_flight.by_asker.remove(asker);
                }
            }
        }
    }
}

/// The hashing service; cheap to clone.
#[derive(Clone)]
pub struct Passwords {
    jobs: SyncSender<Job>,
    shares: Arc<Shares>,
    /// Checked when an account does not exist or has no password yet, so that the answer
    /// takes as long as for a real one.
    stand_in: Arc<str>,
    /// The queue's far end, held here too, so that the queue stays open with no worker.
    _queue: Arc<Mutex<Receiver<Job>>>,
}

impl Passwords {
    /// Starts `workers` hashing threads behind a queue of `queue` jobs, of which any one
    /// asker may hold a quarter. (With no workers, jobs wait for ever: tests use that to hold
    /// the queue still.)
    pub fn start(workers: usize, queue: usize) -> Passwords {
        let (jobs, receiver) = sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for index in 0..workers {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("passwords-{index}"))
                .spawn(move || work(&receiver))
                .expect("cannot start a password hashing thread");
        }
        let stand_in = hash(&crate::auth::random_hex(16)).unwrap_or_default();
        Passwords {
            jobs,
            shares: Arc::new(Shares {
                in_flight: Mutex::new(InFlight::default()),
                each: (queue / 4).max(1),
                capacity: queue,
            }),
            stand_in: stand_in.into(),
            _queue: receiver,
        }
    }

    /// One worker per two cores: at least half the machine always serves pages.
    pub fn for_this_machine() -> Passwords {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Passwords::start((cores / 2).max(1), 32)
    }

    /// A place in the queue for one job of `askers` (each held to a fair share of it; none
    /// for the command line), or [`Busy`] at once. Taken before anything else is done for a
    /// request, a busy answer costs nothing more.
    pub fn reserve(&self, askers: &[Subject]) -> Result<Place, Busy> {
        Ok(Place {
            passwords: self.clone(),
            share: self.shares.take(askers).ok_or(Busy)?,
        })
    }

    /// The PHC string of a new password's hash.
    pub async fn hash(&self, askers: &[Subject], password: &str) -> Result<String, Busy> {
        self.reserve(askers)?.hash(password).await
    }

    /// Whether `password` matches `stored` (see [`Place::verify`]).
    pub async fn verify(
        &self,
        askers: &[Subject],
        stored: Option<&str>,
        password: &str,
    ) -> Result<bool, Busy> {
        self.reserve(askers)?.verify(stored, password).await
    }
}

/// A place in the hashing queue, taken for one job.
pub struct Place {
    passwords: Passwords,
    share: Share,
}

impl Place {
    /// The PHC string of a new password's hash.
    pub async fn hash(self, password: &str) -> Result<String, Busy> {
        match self.run(Work::Hash(password.to_string())).await? {
            Done::Hashed(Some(hash)) => Ok(hash),
            _ => Err(Busy),
        }
    }

    /// Whether `password` matches `stored`. With no stored hash, the same work is done on a
    /// stand-in and the answer is no.
    pub async fn verify(self, stored: Option<&str>, password: &str) -> Result<bool, Busy> {
        let (stored, real): (Arc<str>, bool) = match stored {
            Some(stored) => (stored.into(), true),
            None => (Arc::clone(&self.passwords.stand_in), false),
        };
        let work = Work::Verify {
            stored,
            password: password.to_string(),
        };
        match self.run(work).await? {
            Done::Verified(matches) => Ok(matches && real),
            Done::Hashed(_) => Err(Busy),
        }
    }

    async fn run(self, work: Work) -> Result<Done, Busy> {
        let Place { passwords, share } = self;
        let (reply, answer) = oneshot::channel();
        let job = Job {
            work,
            reply,
            _share: share,
        };
        match passwords.jobs.try_send(job) {
            Ok(()) => answer.await.map_err(|_| Busy),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => Err(Busy),
        }
    }
}

fn work(receiver: &Mutex<Receiver<Job>>) {
    loop {
        let job = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(Job {
            work,
            reply,
            _share: share,
        }) = job
        else {
            return;
        };
        if reply.is_closed() {
            // Its asker hung up while it waited: no one would read the answer.
            continue;
        }
        let done = match work {
            Work::Hash(password) => Done::Hashed(hash(&password)),
            Work::Verify { stored, password } => Done::Verified(verify(&stored, &password)),
        };
        // The place is free before the answer arrives: the asker may ask again at once.
        drop(share);
        // The asker may have gone (a closed connection); nothing to do then.
        let _ = reply.send(done);
    }
}

fn hash(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    match Argon2::default().hash_password(password.as_bytes(), &salt) {
        Ok(hash) => Some(hash.to_string()),
        Err(error) => {
            tracing::error!(%error, "password hashing failed");
            None
        }
    }
}

fn verify(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_no_other() {
        let passwords = Passwords::start(1, 4);
        let stored = passwords.hash(&[], "correct horse").await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            passwords
                .verify(&[], Some(&stored), "correct horse")
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify(&[], Some(&stored), "Correct horse")
                .await
                .unwrap()
        );
        assert!(!passwords.verify(&[], None, "correct horse").await.unwrap());
    }

    #[tokio::test]
    async fn a_full_queue_turns_work_away_instead_of_piling_it_up() {
        let passwords = Passwords::start(1, 1);
        let attempts: Vec<_> = (0..8)
            .map(|_| {
                let passwords = passwords.clone();
                tokio::spawn(async move { passwords.verify(&[], None, "guess").await })
            })
            .collect();
        let mut results = Vec::new();
        for attempt in attempts {
            results.push(attempt.await.unwrap());
        }
        assert!(results.contains(&Err(Busy)), "{results:?}");
        assert!(results.contains(&Ok(false)), "{results:?}");
    }

    fn flooder() -> Subject {
        Subject::Address("192.0.2.66".into())
    }

    #[tokio::test]
    async fn one_asker_cannot_take_the_queue_from_the_others() {
        // No worker, so the queue holds still; eight places, two for each asker.
        let passwords = Passwords::start(0, 8);
        let flood: Vec<_> = (0..12)
            .map(|_| {
                let passwords = passwords.clone();
                tokio::spawn(async move { passwords.verify(&[flooder()], None, "guess").await })
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let turned_away = flood.iter().filter(|task| task.is_finished()).count();
        assert_eq!(turned_away, 10, "the flood got its two places, no more");
        for task in flood.into_iter().filter(|task| task.is_finished()) {
            assert_eq!(task.await.unwrap(), Err(Busy));
        }
        let other = [
            Subject::Address("192.0.2.7".into()),
            Subject::account("amina"),
        ];
        let queued = tokio::time::timeout(
            std::time::Duration::from_millis(50),
            passwords.verify(&other, None, "her password"),
        )
        .await;
        assert!(queued.is_err(), "another client found a place: {queued:?}");
    }
}
