//! Signing keys: one Ed25519 key at a time per issuing organisation, made on first use and
//! kept in a key file outside the database (a copy of the database signs nothing). Rotating
//! retires the current key and makes a new one; retired keys stay in the file, so their
//! public halves stay published and earlier credentials still verify.

use std::fs;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use ed25519_dalek::Signer;
use serde::{Deserialize, Serialize};

/// The multicodec prefix of an Ed25519 public key, as Multikey writes it.
const ED25519_PUBLIC: [u8; 2] = [0xed, 0x01];

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("key file {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("key file {0} is not a key file this platform wrote: {1}")]
    Format(PathBuf, String),
    #[error("key file {0} is a link or not a plain file: give the path of the file itself")]
    NotAFile(PathBuf),
    #[error("the system has no random source for a new key")]
    Random,
}

/// One key as the file keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    organisation: String,
    /// The 32-byte secret, as hex.
    secret: String,
    created_at: i64,
    retired_at: Option<i64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    keys: Vec<Entry>,
}

/// The key an organisation signs with now.
#[derive(Clone)]
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
}

impl SigningKey {
    /// A key from its 32 secret bytes (tests sign with a fixed key to compare with golden files).
    pub fn from_bytes(secret: [u8; 32]) -> SigningKey {
        SigningKey {
            key: ed25519_dalek::SigningKey::from_bytes(&secret),
        }
    }

    /// Its public half, as Multikey's `publicKeyMultibase` writes it (`z6Mk...`).
    pub fn public_multibase(&self) -> String {
        multibase(self.key.verifying_key().as_bytes())
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

/// A published public key of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    pub organisation: String,
    /// `publicKeyMultibase`: `z` and the base58btc of the Multikey bytes.
    pub multibase: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
}

/// `z` (base58btc) and the key with its Ed25519 multicodec prefix.
fn multibase(public: &[u8; 32]) -> String {
    let mut bytes = ED25519_PUBLIC.to_vec();
    bytes.extend_from_slice(public);
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The Ed25519 public key in a `publicKeyMultibase`, if it is one.
pub(crate) fn public_from_multibase(text: &str) -> Option<ed25519_dalek::VerifyingKey> {
    let bytes = bs58::decode(text.strip_prefix('z')?).into_vec().ok()?;
    let key: [u8; 32] = bytes.strip_prefix(&ED25519_PUBLIC)?.try_into().ok()?;
    ed25519_dalek::VerifyingKey::from_bytes(&key).ok()
}

/// The key file, read once and written whole (to a new file, then renamed over the old one)
/// whenever a key is made, so a crash never leaves half a file. Changes go through
/// [`KeyRing::current_key`] and [`KeyRing::rotate_key`], which hold a lock on a file beside it
/// while they read, change and write: the server, another instance on a shared volume and
/// `server keys rotate` never lose each other's keys.
pub struct KeyRing {
    path: PathBuf,
    file: File,
}

impl KeyRing {
    /// The key file at `path`; an empty ring when there is no file yet.
    pub fn open(path: &Path) -> Result<KeyRing, KeyError> {
        let file = match fs::symlink_metadata(path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => File::default(),
            Err(error) => return Err(KeyError::Io(path.into(), error)),
            Ok(meta) if !meta.file_type().is_file() => return Err(KeyError::NotAFile(path.into())),
            Ok(_) => {
                let text = fs::read_to_string(path).map_err(|e| KeyError::Io(path.into(), e))?;
                let file: File = serde_json::from_str(&text)
                    .map_err(|e| KeyError::Format(path.into(), e.to_string()))?;
                for entry in &file.keys {
                    secret(&entry.secret).ok_or_else(|| {
                        KeyError::Format(path.into(), "a secret is not 32 bytes of hex".into())
                    })?;
                }
                file
            }
        };
        Ok(KeyRing {
            path: path.into(),
            file,
        })
    }

    /// The organisation's current key (made and saved when it has none), and every public key
    /// it has had.
    pub fn current_key(
        path: &Path,
        organisation: &str,
        now: i64,
    ) -> Result<(SigningKey, Vec<PublicKey>), KeyError> {
        let ring = KeyRing::open(path)?;
        if let Some(entry) = ring.current_entry(organisation) {
            return Ok((signing(entry), ring.public_keys(organisation)));
        }
        Self::locked(path, |ring| ring.current(organisation, now))
            .map(|(key, ring)| (key, ring.public_keys(organisation)))
    }

    /// Retires the organisation's current key (it stays published) and makes a new one; the
    /// new key, and every public key it has had.
    pub fn rotate_key(
        path: &Path,
        organisation: &str,
        now: i64,
    ) -> Result<(SigningKey, Vec<PublicKey>), KeyError> {
        Self::locked(path, |ring| ring.rotate(organisation, now))
            .map(|(key, ring)| (key, ring.public_keys(organisation)))
    }

    /// Runs `change` on the file as it is once the lock beside it is held.
    fn locked<T>(
        path: &Path,
        change: impl FnOnce(&mut KeyRing) -> Result<T, KeyError>,
    ) -> Result<(T, KeyRing), KeyError> {
        let io = |e| KeyError::Io(path.into(), e);
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(folder).map_err(io)?;
        }
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(path.with_extension("lock"))
            .map_err(io)?;
        lock.lock().map_err(io)?;
        let mut ring = KeyRing::open(path)?;
        let changed = change(&mut ring)?;
        Ok((changed, ring))
    }

    /// The organisation's current key, made (and saved) when it has none.
    fn current(&mut self, organisation: &str, now: i64) -> Result<SigningKey, KeyError> {
        if let Some(entry) = self.current_entry(organisation) {
            return Ok(signing(entry));
        }
        self.add(organisation, now)
    }

    /// Retires the organisation's current key (it stays published) and makes a new one.
    fn rotate(&mut self, organisation: &str, now: i64) -> Result<SigningKey, KeyError> {
        for entry in &mut self.file.keys {
            if entry.organisation == organisation && entry.retired_at.is_none() {
                entry.retired_at = Some(now);
            }
        }
        self.add(organisation, now)
    }

    /// Every key the organisation has signed with, current and retired, oldest first.
    pub fn public_keys(&self, organisation: &str) -> Vec<PublicKey> {
        self.file
            .keys
            .iter()
            .filter(|e| e.organisation == organisation)
            .map(|e| PublicKey {
                organisation: e.organisation.clone(),
                multibase: signing(e).public_multibase(),
                created_at: e.created_at,
                retired_at: e.retired_at,
            })
            .collect()
    }

    fn current_entry(&self, organisation: &str) -> Option<&Entry> {
        self.file
            .keys
            .iter()
            .rev()
            .find(|e| e.organisation == organisation && e.retired_at.is_none())
    }

    fn add(&mut self, organisation: &str, now: i64) -> Result<SigningKey, KeyError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| KeyError::Random)?;
        self.file.keys.push(Entry {
            organisation: organisation.into(),
            secret: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            created_at: now,
            retired_at: None,
        });
        self.save()?;
        Ok(SigningKey::from_bytes(bytes))
    }

    /// Writes the file readable by its owner only, and replaces the old one in one step.
    fn save(&self) -> Result<(), KeyError> {
        let io = |e| KeyError::Io(self.path.clone(), e);
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(folder).map_err(io)?;
        }
        let text = serde_json::to_string_pretty(&self.file)
            .map_err(|e| KeyError::Format(self.path.clone(), e.to_string()))?;
        let mut unique = [0u8; 8];
        getrandom::fill(&mut unique).map_err(|_| KeyError::Random)?;
        let unique: String = unique.iter().map(|b| format!("{b:02x}")).collect();
        let fresh = self.path.with_extension(format!("new-{unique}"));
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&fresh)
            .map_err(io)?;
        file.write_all(text.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        fs::rename(&fresh, &self.path).map_err(io)?;
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::File::open(folder)
                .and_then(|f| f.sync_all())
                .map_err(io)?;
        }
        Ok(())
    }
}

fn secret(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 32];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(bytes)
}

fn signing(entry: &Entry) -> SigningKey {
    // Checked when the file was opened, and written by `add` in the same form.
    SigningKey::from_bytes(secret(&entry.secret).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_key_is_made_on_first_use_kept_and_found_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/signing-keys.json");
        let (first, _) = KeyRing::current_key(&path, "org-a", 100).unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let (again, published) = KeyRing::current_key(&path, "org-a", 200).unwrap();
        assert_eq!(again.public_multibase(), first.public_multibase());
        assert_eq!(published.len(), 1);
        let (other, _) = KeyRing::current_key(&path, "org-b", 200).unwrap();
        assert_ne!(other.public_multibase(), first.public_multibase());
        assert!(first.public_multibase().starts_with("z6Mk"));
    }

    #[test]
    fn rotation_makes_a_new_key_and_keeps_the_old_one_published() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        let (old, _) = KeyRing::current_key(&path, "org-a", 100).unwrap();
        let (new, _) = KeyRing::rotate_key(&path, "org-a", 300).unwrap();
        assert_ne!(old.public_multibase(), new.public_multibase());
        let ring = KeyRing::open(&path).unwrap();
        let published = ring.public_keys("org-a");
        assert_eq!(published.len(), 2);
        assert_eq!(published[0].multibase, old.public_multibase());
        assert_eq!(published[0].retired_at, Some(300));
        assert_eq!(published[1].multibase, new.public_multibase());
        assert_eq!(published[1].retired_at, None);
    }

    #[test]
    fn keys_made_at_once_by_several_processes_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let path = path.clone();
                std::thread::spawn(move || {
                    KeyRing::current_key(&path, &format!("org-{i}"), 100).unwrap();
                    KeyRing::rotate_key(&path, "shared", 100 + i).unwrap()
                })
            })
            .collect();
        let made: Vec<String> = threads
            .into_iter()
            .map(|t| t.join().unwrap().0.public_multibase())
            .collect();
        let ring = KeyRing::open(&path).unwrap();
        for i in 0..8 {
            assert_eq!(ring.public_keys(&format!("org-{i}")).len(), 1, "org-{i}");
        }
        let shared = ring.public_keys("shared");
        assert_eq!(shared.len(), 8, "no rotation lost another's key");
        assert_eq!(shared.iter().filter(|k| k.retired_at.is_none()).count(), 1);
        for key in made {
            assert!(shared.iter().any(|k| k.multibase == key));
        }
    }

    #[test]
    fn a_damaged_or_linked_key_file_is_refused_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        let damaged =
            r#"{"keys":[{"organisation":"a","secret":"00","created_at":1,"retired_at":null}]}"#;
        fs::write(&path, damaged).unwrap();
        assert!(matches!(KeyRing::open(&path), Err(KeyError::Format(..))));
        assert_eq!(fs::read_to_string(&path).unwrap(), damaged);
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert!(matches!(KeyRing::open(&link), Err(KeyError::NotAFile(_))));
    }

    #[test]
    fn public_keys_read_back_from_their_multibase() {
        let key = SigningKey::from_bytes([7; 32]);
        let public = public_from_multibase(&key.public_multibase()).unwrap();
        assert_eq!(public, key.key.verifying_key());
        assert!(public_from_multibase("z6Mk").is_none());
        assert!(public_from_multibase("not multibase").is_none());
    }
}
