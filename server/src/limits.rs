//! Limits on guessing: every door that tests a secret (a password, a join code, a reset or
//! setup code) claims an attempt here before it does any work.
//!
//! An attempt is counted when it starts, not when it fails: the claim is a compare-and-swap on
//! the subject's row, so a hundred parallel requests cannot all slip past a count they all read
//! before any of them wrote. A subject that must wait is answered at once with how long (no
//! connection is held open), and nothing is counted for it. A success gives its claim back:
//! an account's count is forgotten, an address's goes down by one, so that a classroom behind
//! one address is not slowed by its own correct sign-ins.
//!
//! The counts live in the database, so every instance sharing it applies the same limits.

use std::net::IpAddr;

use app::store::StoreError;

use crate::clock::now;
use crate::db::{Column, Db, failed};

/// Attempts are forgotten this long after the last one.
pub const FORGOTTEN_AFTER: i64 = 15 * 60;

/// How a subject's attempts slow the next ones: a number of free attempts, then a wait that
/// doubles with each further attempt, up to a ceiling. There is no lockout: once the wait has
/// passed, the next attempt is heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub free: i64,
    pub ceiling: i64,
}

/// Per client address, shared by every door: generous, since a classroom may share one address.
pub const PER_ADDRESS: Backoff = Backoff {
    free: 20,
    ceiling: 60,
};

/// Per IPv6 /48, the most one holder (a home, an office, a tunnel service) is commonly given:
/// without it, one holder could try a fresh /64 for every 20 guesses, 65,536 of them.
pub const PER_NETWORK: Backoff = Backoff {
    free: 100,
    ceiling: 60,
};

/// Per account: fewer free attempts and a shorter ceiling, so that an attacker guessing one
/// account gets one guess every 30 seconds while its owner waits at most that long.
pub const PER_ACCOUNT: Backoff = Backoff {
    free: 5,
    ceiling: 30,
};

impl Backoff {
    /// The attempts still held against a subject at `now`: counts leak away, one every
    /// [`FORGOTTEN_AFTER`] / `free` seconds, so a full count is gone after a quiet quarter of
    /// an hour even if the subject kept succeeding meanwhile (a classroom's typos do not stay
    /// with its address all day).
    pub fn held(self, attempts: i64, last: i64, now: i64) -> i64 {
        let leak = FORGOTTEN_AFTER / self.free;
        (attempts - (now - last).max(0) / leak).max(0)
    }

    /// Seconds still to wait at `now`, after `attempts` counted attempts, the last at `last`.
    pub fn wait(self, attempts: i64, last: i64, now: i64) -> i64 {
        if attempts < self.free || now - last > FORGOTTEN_AFTER {
            return 0;
        }
        let delay = (1i64 << (attempts - self.free).min(16)).min(self.ceiling);
        (last + delay - now).max(0)
    }
}

/// Who an attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A client address (an IPv6 client's whole /64, which one household or phone holds).
    Address(String),
    /// An IPv6 client's /48, counted besides its /64 (see [`PER_NETWORK`]).
    Network(String),
    /// An account, by its handle in any case.
    Account(String),
    /// A client address looking up certificates on the public verification page: counted
    /// apart from the doors that sign people in, so that a page elsewhere that makes her
    /// browser look up codes cannot make her wait to sign in.
    Verifier(String),
    /// Names tried against one certificate (by its code), from any address: someone who
    /// holds a code cannot try a list of names.
    NameCheck(String),
}

impl Subject {
    pub fn account(handle: &str) -> Subject {
        Subject::Account(crate::auth::handle_key(handle))
    }

    /// The row's key in the database.
    pub fn key(&self) -> String {
        match self {
            Subject::Address(address) => format!("address:{address}"),
            Subject::Network(network) => format!("network:{network}"),
            Subject::Account(handle) => format!("account:{handle}"),
            Subject::Verifier(address) => format!("verify:{address}"),
            Subject::NameCheck(code) => format!("name-check:{code}"),
        }
    }

    fn backoff(&self) -> Backoff {
        match self {
            Subject::Address(_) => PER_ADDRESS,
            Subject::Network(_) => PER_NETWORK,
            Subject::Account(_) | Subject::NameCheck(_) => PER_ACCOUNT,
            Subject::Verifier(_) => PER_ADDRESS,
        }
    }
}

/// How a client address is counted: IPv4 alone, IPv6 by its /64 (a phone or household is
/// handed a whole /64, and could otherwise change address at every attempt).
pub fn address_group(ip: Option<IpAddr>) -> String {
    match ip.map(|ip| ip.to_canonical()) {
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        None => "unknown".into(),
    }
}

/// `subjects` with, after each IPv6 client, the /48 it belongs to.
fn with_networks(subjects: Vec<Subject>) -> Vec<Subject> {
    let mut all = Vec::with_capacity(subjects.len() + 1);
    for subject in subjects {
        let network = match &subject {
            Subject::Address(group) => network_of(group),
            _ => None,
        };
        all.push(subject);
        all.extend(network.map(Subject::Network));
    }
    all
}

/// The /48 of an IPv6 client's /64 group (`2001:db8:1:2::/64` is in `2001:db8:1::/48`).
fn network_of(group: &str) -> Option<String> {
    let prefix = group.strip_suffix("::/64")?;
    let segments: Vec<&str> = prefix.split(':').collect();
    (segments.len() == 4).then(|| format!("{}::/48", segments[..3].join(":")))
}

/// A subject must wait before its next attempt is heard (forms tell her: a minute at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait;

/// Attempts claimed and not yet settled. Dropping it unsettled leaves them counted, as
/// failures: the safe side when a request ends half-way.
#[must_use = "an attempt is settled with `succeeded` or left counted as a failure"]
pub struct Attempt {
    subjects: Vec<Subject>,
}

/// Gives up after this many lost compare-and-swap races: only a flood on one subject loses
/// that often, and it is told to wait.
const CLAIM_TRIES: usize = 8;

impl Db {
    /// Claims one attempt for each subject, in order. If any must wait, the claims already
    /// made are given back and the answer is to wait.
    pub async fn begin_attempt(
        &self,
        subjects: Vec<Subject>,
    ) -> Result<Result<Attempt, Wait>, StoreError> {
        let subjects = with_networks(subjects);
        for (index, subject) in subjects.iter().enumerate() {
            if let Err(wait) = self.claim(subject).await? {
                for claimed in &subjects[..index] {
                    self.give_back(claimed).await?;
                }
                return Ok(Err(wait));
            }
        }
        Ok(Ok(Attempt { subjects }))
    }

    /// The attempt succeeded: its claims are given back.
    pub async fn attempt_succeeded(&self, attempt: Attempt) -> Result<(), StoreError> {
        for subject in &attempt.subjects {
            self.give_back(subject).await?;
        }
        Ok(())
    }

    async fn claim(&self, subject: &Subject) -> Result<Result<(), Wait>, StoreError> {
        let key = subject.key();
        let backoff = subject.backoff();
        for _ in 0..CLAIM_TRIES {
            let Some((attempts, last)) = self.attempt_row(&key).await? else {
                // The first attempt counts as it creates the row (so that a client told to
                // wait costs no write); a parallel first attempt finds the row and loops.
                let created = sqlx::query(
                    "INSERT INTO sign_in_failures (subject, failures, last_failure_at) \
                     VALUES ($1, 1, $2) ON CONFLICT (subject) DO NOTHING",
                )
                .bind(&key)
                .bind(now())
                .execute(&self.pool)
                .await
                .map_err(failed)?;
                if created.rows_affected() == 1 {
                    return Ok(Ok(()));
                }
                continue;
            };
            let at = now();
            let held = backoff.held(attempts, last, at);
            if backoff.wait(held, last, at) > 0 {
                return Ok(Err(Wait));
            }
            let swapped = sqlx::query(
                "UPDATE sign_in_failures SET failures = $1, last_failure_at = $2 \
                 WHERE subject = $3 AND failures = $4 AND last_failure_at = $5",
            )
            .bind(held + 1)
            .bind(at)
            .bind(&key)
            .bind(attempts)
            .bind(last)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
            if swapped.rows_affected() == 1 {
                return Ok(Ok(()));
            }
        }
        Ok(Err(Wait))
    }

    /// An account's count is forgotten; an address's goes down by one, and a count back at
    /// zero is not kept.
    async fn give_back(&self, subject: &Subject) -> Result<(), StoreError> {
        let statements: &[&str] = match subject {
            Subject::Account(_) | Subject::NameCheck(_) => {
                &["DELETE FROM sign_in_failures WHERE subject = $1"]
            }
            Subject::Address(_) | Subject::Network(_) | Subject::Verifier(_) => &[
                "UPDATE sign_in_failures SET failures = failures - 1 \
                 WHERE subject = $1 AND failures > 0",
                "DELETE FROM sign_in_failures WHERE subject = $1 AND failures = 0",
            ],
        };
        for sql in statements {
            sqlx::query(sql)
                .bind(subject.key())
                .execute(&self.pool)
                .await
                .map_err(failed)?;
        }
        Ok(())
    }

    /// Attempts counted for a subject's key: how many, and when the last began.
    pub async fn attempts(&self, key: &str) -> Result<(i64, i64), StoreError> {
        Ok(self.attempt_row(key).await?.unwrap_or((0, 0)))
    }

    async fn attempt_row(&self, key: &str) -> Result<Option<(i64, i64)>, StoreError> {
        let row = sqlx::query(
            "SELECT failures, last_failure_at FROM sign_in_failures WHERE subject = $1",
        )
        .bind(key)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        row.map(|row| Ok((row.col("failures")?, row.col("last_failure_at")?)))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_with_attempts_and_are_forgotten() {
        let b = PER_ACCOUNT;
        assert_eq!(b.wait(4, 100, 100), 0);
        assert_eq!(b.wait(5, 100, 100), 1);
        assert_eq!(b.wait(7, 100, 100), 4);
        assert_eq!(b.wait(40, 100, 100), 30);
        assert_eq!(b.wait(40, 100, 120), 10);
        assert_eq!(b.wait(40, 100, 100 + FORGOTTEN_AFTER + 1), 0);
    }

    #[test]
    fn counts_leak_away_even_while_the_subject_keeps_trying() {
        let b = PER_ADDRESS;
        assert_eq!(b.held(20, 100, 100), 20);
        assert_eq!(b.held(20, 100, 100 + 45), 19);
        assert_eq!(b.held(20, 100, 100 + 15 * 60), 0);
        assert_eq!(
            b.held(3, 100, 90),
            3,
            "a clock that stepped back leaks nothing"
        );
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_slash_64() {
        let one: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let same_network: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let other_network: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        let group = |ip: IpAddr| address_group(Some(ip));
        assert_eq!(group(one), group(same_network));
        assert_ne!(group(one), group(other_network));
        assert_eq!(group(one), "2001:db8:1:2::/64");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(group(mapped), "192.0.2.7");
    }

    #[test]
    fn an_ipv6_client_is_also_counted_by_its_slash_48() {
        assert_eq!(
            network_of("2001:db8:1:2::/64").as_deref(),
            Some("2001:db8:1::/48")
        );
        assert_eq!(network_of("192.0.2.7"), None);
        let subjects = with_networks(vec![
            Subject::Address("2001:db8:1:2::/64".into()),
            Subject::account("amina"),
        ]);
        assert_eq!(
            subjects,
            [
                Subject::Address("2001:db8:1:2::/64".into()),
                Subject::Network("2001:db8:1::/48".into()),
                Subject::account("amina"),
            ]
        );
    }

    #[test]
    fn an_account_is_counted_whatever_the_case_of_its_handle() {
        assert_eq!(Subject::account(" Coach.Ana ").key(), "account:coach.ana");
    }
}
