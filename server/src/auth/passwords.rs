//! Password hashing with argon2id at the library's defaults (the OWASP parameters: 19 MiB,
//! two passes, one lane), on worker threads of its own behind a bounded queue.
//!
//! A hash takes tens of milliseconds of full CPU. Run on the async threads, a flood of sign-in
//! attempts would stall every page; run on tokio's blocking pool, it would start hundreds of
//! threads that starve the rest. Here a few dedicated threads take jobs from a short queue,
//! and when the queue is full the attempt is turned away at once as [`Busy`].

use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use tokio::sync::oneshot;

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
}

/// The hashing service; cheap to clone.
#[derive(Clone)]
pub struct Passwords {
    jobs: SyncSender<Job>,
    /// Checked when an account does not exist or has no password yet, so that the answer
    /// takes as long as for a real one.
    stand_in: Arc<str>,
}

impl Passwords {
    /// Starts `workers` hashing threads behind a queue of `queue` jobs.
    pub fn start(workers: usize, queue: usize) -> Passwords {
        let (jobs, receiver) = sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for index in 0..workers.max(1) {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("passwords-{index}"))
                .spawn(move || work(&receiver))
                .expect("cannot start a password hashing thread");
        }
        let stand_in = hash(&crate::auth::random_hex(16)).unwrap_or_default();
        Passwords {
            jobs,
            stand_in: stand_in.into(),
        }
    }

    /// One worker per two cores: at least half the machine always serves pages.
    pub fn for_this_machine() -> Passwords {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Passwords::start((cores / 2).max(1), 32)
    }

    /// The PHC string of a new password's hash.
    pub async fn hash(&self, password: &str) -> Result<String, Busy> {
        match self.run(Work::Hash(password.to_string())).await? {
            Done::Hashed(Some(hash)) => Ok(hash),
            _ => Err(Busy),
        }
    }

    /// Whether `password` matches `stored`. With no stored hash, the same work is done on a
    /// stand-in and the answer is no.
    pub async fn verify(&self, stored: Option<&str>, password: &str) -> Result<bool, Busy> {
        let (stored, real): (Arc<str>, bool) = match stored {
            Some(stored) => (stored.into(), true),
            None => (Arc::clone(&self.stand_in), false),
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

    async fn run(&self, work: Work) -> Result<Done, Busy> {
        let (reply, answer) = oneshot::channel();
        match self.jobs.try_send(Job { work, reply }) {
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
        let Ok(job) = job else { return };
        let done = match job.work {
            Work::Hash(password) => Done::Hashed(hash(&password)),
            Work::Verify { stored, password } => Done::Verified(verify(&stored, &password)),
        };
        // The asker may have gone (a closed connection); nothing to do then.
        let _ = job.reply.send(done);
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
        let stored = passwords.hash("correct horse").await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            passwords
                .verify(Some(&stored), "correct horse")
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify(Some(&stored), "Correct horse")
                .await
                .unwrap()
        );
        assert!(!passwords.verify(None, "correct horse").await.unwrap());
    }

    #[tokio::test]
    async fn a_full_queue_turns_work_away_instead_of_piling_it_up() {
        let passwords = Passwords::start(1, 1);
        let attempts: Vec<_> = (0..8)
            .map(|_| {
                let passwords = passwords.clone();
                tokio::spawn(async move { passwords.verify(None, "guess").await })
            })
            .collect();
        let mut results = Vec::new();
        for attempt in attempts {
            results.push(attempt.await.unwrap());
        }
        assert!(results.contains(&Err(Busy)), "{results:?}");
        assert!(results.contains(&Ok(false)), "{results:?}");
    }
}
