//! What a check found, said without words: a key into the interface's texts and the values
//! it names. The words live in `app/locales/<language>.yml` under `problem.`, English included,
//! so an author reads every problem in her own language and a translator edits them all in one
//! place.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A text to show an author: `problem.<key>` in the locale files, with its `%{name}`
/// placeholders filled from `args`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl Message {
    /// The same message, also naming `value` as `name`.
    pub fn with(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.args.push((name.to_string(), value.to_string()));
        self
    }

    /// The value named `name`, if the message has one.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The key and its values, for logs and tests: `lesson_title_empty` or
/// `lesson_id_invalid (id=Bad)`.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key)?;
        for (i, (name, value)) in self.args.iter().enumerate() {
            let open = if i == 0 { " (" } else { ", " };
            write!(f, "{open}{name}={value}")?;
        }
        if !self.args.is_empty() {
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// `message!(key, name = value, ...)`: a [`Message`], each value written with `Display`.
/// The key is a literal, so a test can find every key this crate uses in its source.
#[macro_export]
macro_rules! message {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message {
            key: $key.to_string(),
            args: vec![$((stringify!($name).to_string(), ($value).to_string())),*],
        }
    };
}
