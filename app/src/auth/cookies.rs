//! The platform's cookies, named once, and the format of the one-time code that travels in
//! the flash cookie from a form handler to the page after it.

/// The cookie that carries a session's secret token.
pub const SESSION_COOKIE: &str = "sid";
/// The join code a learner typed, kept while she chooses her handle (never in a URL).
pub const JOIN_COOKIE: &str = "join";
/// A one-time code shown to a trainer or admin once, right after it was made.
pub const FLASH_COOKIE: &str = "flash";
/// Marks a browser she signed in with on her own phone: guesses at her account from
/// elsewhere do not hold up her sign-in there.
pub const DEVICE_COOKIE: &str = "device";
/// The interface language she chose (`it`), for `/` to open in.
pub const LANGUAGE_COOKIE: &str = "lang";
/// The languages she reads courses in, most wanted first (`sq.en`).
pub const READING_COOKIE: &str = "read";
/// Marks a browser that left with quick exit: its requests go to the neutral site.
pub const LEFT_COOKIE: &str = "left";

/// The value of cookie `name` in a request's headers.
#[cfg(feature = "ssr")]
pub fn cookie<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// A `Set-Cookie` value for every cookie of the platform: the whole site, never readable by
/// scripts, never sent along by another site's requests; `Secure` when the site is reached over
/// HTTPS. `max_age` in seconds, or none for a cookie that dies with the browser.
#[cfg(feature = "ssr")]
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<i64>,
    secure: bool,
) -> http::HeaderValue {
    let lifetime = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    let secure = if secure { "; Secure" } else { "" };
    http::HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax{lifetime}{secure}"
    ))
    .unwrap_or_else(|_| expired_cookie(name))
}

/// A `Set-Cookie` value that tells the browser to forget cookie `name`.
#[cfg(feature = "ssr")]
pub fn expired_cookie(name: &str) -> http::HeaderValue {
    http::HeaderValue::from_str(&format!(
        "{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
    ))
    .unwrap_or_else(|_| http::HeaderValue::from_static(""))
}

/// What a one-time code in the flash cookie is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    /// A learner's password reset code, for her trainer to hand over.
    Reset,
    /// A staff account's setup code, for the admin to hand over.
    Setup,
    /// Why an upload was refused, naming the file (see `authoring::Refused`).
    Refused,
}

impl FlashKind {
    fn key(self) -> &'static str {
        match self {
            FlashKind::Reset => "reset",
            FlashKind::Setup => "setup",
            FlashKind::Refused => "refused",
        }
    }
}

/// A one-time code on its way to the next page, which shows it once next to its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub kind: FlashKind,
    pub account: String,
    pub code: String,
}

impl Flash {
    /// The cookie's value: `kind.account.code` (ids and codes hold no dot).
    pub fn value(&self) -> String {
        format!("{}.{}.{}", self.kind.key(), self.account, self.code)
    }

    /// The flash in a cookie's value, if it is one of `kind`.
    pub fn parse(value: &str, kind: FlashKind) -> Option<Flash> {
        let mut pieces = value.splitn(3, '.');
        (pieces.next()? == kind.key()).then_some(())?;
        Some(Flash {
            kind,
            account: pieces.next()?.to_string(),
            code: pieces.next()?.to_string(),
        })
    }

    /// The code, if it was made for `account`.
    pub fn code_for(&self, account: &str) -> Option<String> {
        (self.account == account).then(|| self.code.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flash_reads_back_only_as_its_own_kind() {
        let flash = Flash {
            kind: FlashKind::Setup,
            account: "a1b2".into(),
            code: "K7MQ-4XPT-9B2D".into(),
        };
        assert_eq!(
            Flash::parse(&flash.value(), FlashKind::Setup),
            Some(flash.clone())
        );
        assert_eq!(Flash::parse(&flash.value(), FlashKind::Reset), None);
        assert_eq!(flash.code_for("a1b2").as_deref(), Some("K7MQ-4XPT-9B2D"));
        assert_eq!(flash.code_for("other"), None);
    }
}
