//! Accounts' secrets and rules: password hashing off the async threads, session tokens,
//! one-time codes, and what a handle and a new password may be.

mod passwords;

use app::outcome::Outcome;
use rand::Rng;
use sha2::{Digest, Sha256};

pub use passwords::{Busy, Passwords, Place};

/// Longer passwords are refused before hashing: argon2 takes any length, a server's memory not.
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// NIST SP 800-63B's minimum for a password a person chooses.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// How long a session lasts without use, and at most, on a shared and on a personal phone.
pub const SHARED_IDLE_SECONDS: i64 = 20 * 60;
pub const SHARED_ABSOLUTE_SECONDS: i64 = 8 * 60 * 60;
pub const PERSONAL_IDLE_SECONDS: i64 = 7 * 24 * 60 * 60;
pub const PERSONAL_ABSOLUTE_SECONDS: i64 = 30 * 24 * 60 * 60;

/// How long a browser she signs in with stays known without being used again.
pub const KNOWN_DEVICE_SECONDS: i64 = 90 * 24 * 60 * 60;

/// How long a reset or setup code works.
pub const RESET_CODE_SECONDS: i64 = 24 * 60 * 60;

pub(crate) fn hex(bytes: &[u8]) -> String {
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

/// Crockford's base 32: digits and capitals without I, L, O and U. Read aloud or off a screen,
/// the letters people confuse with digits are read back as those digits (see [`normalise_code`]),
/// so a mistyped O or l still works.
const CODE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// `length` characters of [`CODE_ALPHABET`] from the operating system's generator (5 bits
/// each), shown in groups of four.
fn random_code(length: usize) -> String {
    let mut rng = rand::rng();
    let raw: String = (0..length)
        .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
        .collect();
    normalise_code(&raw)
}

/// A join code such as `K7MQ-4XPT` (40 bits): a trainer hands it to a whole group, it is
/// shown to her again, and every guess at it is limited.
pub fn new_code() -> String {
    random_code(8)
}

/// A one-time reset or setup code such as `K7MQ-4XPT-9B2D` (60 bits): it opens one account,
/// so it is long enough that a copy of the stored hashes cannot be searched for it.
pub fn new_secret_code() -> String {
    random_code(12)
}

/// A code as typed, in its stored form: capitals, O read as 0 and I or L as 1, anything but
/// letters and digits dropped, and a dash after every four characters.
pub fn normalise_code(typed: &str) -> String {
    let letters: Vec<char> = typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .take(16)
        .collect();
    letters
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
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

/// Whether a new password is acceptable; what the form says if not.
pub fn check_new_password(password: &str) -> Result<(), Outcome> {
    if password.len() > MAX_PASSWORD_BYTES {
        Err(Outcome::TooLong)
    } else if password.chars().count() < MIN_PASSWORD_CHARS {
        Err(Outcome::PasswordShort)
    } else {
        Ok(())
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
    fn letters_that_look_like_digits_are_read_as_digits() {
        assert_eq!(normalise_code("o1lI-ab cd"), "0111-ABCD");
        assert_eq!(normalise_code("k7mq4xpt"), "K7MQ-4XPT");
    }

    #[test]
    fn reset_codes_carry_sixty_bits() {
        let code = new_secret_code();
        assert_eq!(code.len(), 14, "{code}");
        assert_eq!(code.matches('-').count(), 2, "{code}");
        // 12 characters of a 32-letter alphabet: 12 x 5 bits.
        assert_eq!(CODE_ALPHABET.len(), 32);
        assert_eq!(normalise_code(&code.to_lowercase()), code);
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
    fn new_passwords_have_a_floor_and_a_ceiling() {
        assert_eq!(check_new_password("short"), Err(Outcome::PasswordShort));
        assert_eq!(check_new_password(&"x".repeat(2000)), Err(Outcome::TooLong));
        assert_eq!(check_new_password("a long sentence"), Ok(()));
    }
}
