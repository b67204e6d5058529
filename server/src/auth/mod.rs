//! Accounts' secrets and rules: password hashing off the async threads, session tokens,
//! one-time codes, what a handle may be, and how long failed attempts slow the next one.

mod passwords;

use rand::Rng;
use sha2::{Digest, Sha256};

pub use passwords::{Busy, Passwords};

/// Longer passwords are refused before hashing: argon2 takes any length, a server's memory not.
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// NIST SP 800-63B's minimum for a password a person chooses.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// How long a session lasts without use, and at most, on a shared and on a personal phone.
pub const SHARED_IDLE_SECONDS: i64 = 20 * 60;
pub const SHARED_ABSOLUTE_SECONDS: i64 = 8 * 60 * 60;
pub const PERSONAL_IDLE_SECONDS: i64 = 7 * 24 * 60 * 60;
pub const PERSONAL_ABSOLUTE_SECONDS: i64 = 30 * 24 * 60 * 60;

/// How long a reset or setup code works.
pub const RESET_CODE_SECONDS: i64 = 24 * 60 * 60;

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `bytes` random bytes from the operating system's generator, as hex: ids and session tokens.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill(buffer.as_mut_slice());
    hex(&buffer)
}

/// What the database keeps of a token or code: its SHA-256, so a leaked table opens nothing.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Letters and digits no one confuses when reading them aloud or off a screen: no 0/O, 1/I/L.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A new code of eight characters from [`CODE_ALPHABET`], shown as `K7MQ-4XPT` (39 bits).
pub fn new_code() -> String {
    let mut rng = rand::rng();
    let raw: String = (0..8)
        .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
        .collect();
    normalise_code(&raw)
}

/// A code as typed, in its stored form: capitals, a dash in the middle, anything else dropped.
pub fn normalise_code(typed: &str) -> String {
    let letters: String = typed
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .filter(|c| c.is_ascii_alphanumeric())
        .take(16)
        .collect();
    if letters.len() == 8 {
        format!("{}-{}", &letters[..4], &letters[4..])
    } else {
        letters
    }
}

/// A handle is 3 to 32 letters (any script), digits, dots, dashes or underscores.
pub fn valid_handle(handle: &str) -> bool {
    let count = handle.chars().count();
    (3..=32).contains(&count)
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Handles are unique whatever their case.
pub fn handle_key(handle: &str) -> String {
    handle.trim().to_lowercase()
}

/// Whether a new password is acceptable; the outcome key of the problem if not.
pub fn check_new_password(password: &str) -> Result<(), &'static str> {
    if password.len() > MAX_PASSWORD_BYTES {
        Err("too_long")
    } else if password.chars().count() < MIN_PASSWORD_CHARS {
        Err("password_short")
    } else {
        Ok(())
    }
}

/// Failed attempts are forgotten this long after the last one.
pub const FAILURES_FORGOTTEN_AFTER: i64 = 15 * 60;

/// How a subject's failed attempts slow the next one: a number of free attempts, then a wait
/// that doubles with each failure, up to a ceiling. There is no lockout: after the wait the
/// next attempt is always heard.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub free: i64,
    pub ceiling: i64,
}

/// Per client address: generous, since a classroom may share one address; over it, attempts
/// are turned away until the wait has passed.
pub const PER_ADDRESS: Backoff = Backoff {
    free: 20,
    ceiling: 60,
};

/// Per account: the answer is delayed rather than refused, so that an attacker cannot keep
/// the owner out; she only waits a little longer.
pub const PER_ACCOUNT: Backoff = Backoff {
    free: 5,
    ceiling: 30,
};

impl Backoff {
    /// Seconds still to wait at `now`, after `failures` failures, the last at `last`.
    pub fn wait(self, failures: i64, last: i64, now: i64) -> i64 {
        if failures < self.free || now - last > FAILURES_FORGOTTEN_AFTER {
            return 0;
        }
        let delay = (1i64 << (failures - self.free).min(16)).min(self.ceiling);
        (last + delay - now).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_easy_to_type_back() {
        let code = new_code();
        assert_eq!(code.len(), 9);
        assert_eq!(normalise_code(&code.to_lowercase().replace('-', " ")), code);
        assert!(
            code.chars()
                .all(|c| c == '-' || CODE_ALPHABET.contains(&(c as u8)))
        );
        assert_ne!(new_code(), new_code());
    }

    #[test]
    fn handles_are_pseudonyms_of_a_sensible_length() {
        assert!(valid_handle("amina_22"));
        assert!(valid_handle("Дарина"));
        assert!(!valid_handle("ab"));
        assert!(!valid_handle("has space"));
        assert!(!valid_handle("<script>"));
        assert_eq!(handle_key(" Amina "), "amina");
    }

    #[test]
    fn waits_grow_with_failures_and_are_forgotten() {
        let b = PER_ACCOUNT;
        assert_eq!(b.wait(4, 100, 100), 0);
        assert_eq!(b.wait(5, 100, 100), 1);
        assert_eq!(b.wait(7, 100, 100), 4);
        assert_eq!(b.wait(40, 100, 100), 30);
        assert_eq!(b.wait(40, 100, 120), 10);
        assert_eq!(b.wait(40, 100, 100 + FAILURES_FORGOTTEN_AFTER + 1), 0);
    }

    #[test]
    fn new_passwords_have_a_floor_and_a_ceiling() {
        assert_eq!(check_new_password("short"), Err("password_short"));
        assert_eq!(check_new_password(&"x".repeat(2000)), Err("too_long"));
        assert_eq!(check_new_password("a long sentence"), Ok(()));
    }
}
