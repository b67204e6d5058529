//! Verification codes: `K7MQ-4XPT-9B2D`, 60 bits from the operating system's random source,
//! in Crockford's base 32 (the join codes' alphabet): no I, L, O or U, so a code read aloud or
//! copied from paper is typed right, and the letters people confuse with digits are read back
//! as those digits.

/// The 32 characters of a code, each carrying 5 bits.
pub const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a code: 12 of 5 bits is 60 bits, enough that guessing one, at the rate the
/// verification page allows, would take longer than any certificate is of use.
const CODE_LENGTH: usize = 12;

/// A new code, from the operating system's random source directly (no user-space generator
/// in between). Fails only when the system has no random source at all.
pub fn new_verification_code() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; CODE_LENGTH];
    getrandom::fill(&mut bytes)?;
    // 256 is a multiple of 32: taking the low 5 bits of a uniform byte is uniform.
    let raw: String = bytes
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(b & 31)]))
        .collect();
    Ok(grouped(&raw))
}

/// A code as someone typed it, in its printed form; none when it cannot be a code (wrong
/// length, a character outside the alphabet). Spaces, dashes and case do not matter, O is read
/// as 0 and I or L as 1.
pub fn normalise_code(typed: &str) -> Option<String> {
    let mut letters = String::with_capacity(CODE_LENGTH);
    for c in typed.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        if !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) || letters.len() == CODE_LENGTH {
            return None;
        }
        letters.push(c);
    }
    (letters.len() == CODE_LENGTH).then(|| grouped(&letters))
}

fn grouped(letters: &str) -> String {
    letters
        .as_bytes()
        .chunks(4)
        .map(|group| std::str::from_utf8(group).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_three_groups_of_four_from_the_alphabet() {
        let code = new_verification_code().unwrap();
        assert_eq!(code.len(), 14);
        let groups: Vec<&str> = code.split('-').collect();
        assert_eq!(groups.len(), 3);
        assert!(groups.iter().all(|g| g.len() == 4));
        assert!(
            code.bytes()
                .all(|b| b == b'-' || CODE_ALPHABET.contains(&b))
        );
        assert_eq!(normalise_code(&code).as_deref(), Some(code.as_str()));
    }

    #[test]
    fn ten_thousand_codes_are_all_different_and_use_every_character_evenly() {
        let codes: Vec<String> = (0..10_000)
            .map(|_| new_verification_code().unwrap())
            .collect();
        let unique: HashSet<&String> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
        // 120,000 characters over 32 values: each should appear about 3,750 times. A biased
        // or stuck generator (a constant, a modulo bias towards low letters) falls far outside.
        let mut counts = [0usize; 32];
        for code in &codes {
            for b in code.bytes().filter(|b| *b != b'-') {
                counts[CODE_ALPHABET.iter().position(|a| *a == b).unwrap()] += 1;
            }
        }
        assert!(
            counts.iter().all(|n| (3_300..4_200).contains(n)),
            "uneven: {counts:?}"
        );
    }

    #[test]
    fn typed_codes_forgive_case_spaces_and_look_alike_letters() {
        assert_eq!(
            normalise_code(" k7mq 4xpt-9b2d ").as_deref(),
            Some("K7MQ-4XPT-9B2D")
        );
        assert_eq!(
            normalise_code("O1IL-0000-0000").as_deref(),
            Some("0111-0000-0000")
        );
        assert_eq!(normalise_code("K7MQ-4XPT"), None);
        assert_eq!(normalise_code("K7MQ-4XPT-9B2D-0"), None);
        assert_eq!(normalise_code("K7MQ-4XPT-9B2U"), None);
        assert_eq!(normalise_code("K7MQ-4XPT-9B2É"), None);
        assert_eq!(normalise_code("K7MQ/4XPT/9B2D"), None);
    }
}
