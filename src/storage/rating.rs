//! Rating requests and ratings on disk, with the guards profiles have: a size limit checked
//! before reading, UTF-8 errors with `line:col`, reads that never hang on a pipe or a special
//! file, and atomic writes that refuse to replace another kind of document.

use std::fs;
use std::path::Path;

use super::read::{decode_text, read_limited};
use super::write::{check_replaceable, follow_link, write_atomically};
use super::{DocumentKind, StorageError};
use crate::domain::Content;
use crate::domain::rating::{RATING_FORMAT, REQUEST_FORMAT, RatingFile, RatingRequest};

/// Rating requests and ratings larger than this are refused before they are read. A real one
/// is about 5 KiB.
pub const MAX_RATING_BYTES: u64 = 1024 * 1024;

/// Loads and checks the rating request at `path` against the shipped quiz.
pub fn load_rating_request(path: &Path, content: &Content) -> Result<RatingRequest, StorageError> {
    let bytes = read_limited(path, DocumentKind::Rating)?;
    decode_rating_request(path, &bytes, content)
}

/// The bytes of a rating request as a [`RatingRequest`]; `path` names it in errors.
pub fn decode_rating_request(
    path: &Path,
    bytes: &[u8],
    content: &Content,
) -> Result<RatingRequest, StorageError> {
    let text = decode_text(path, bytes)?;
    Ok(RatingRequest::from_ron(
        &path.display().to_string(),
        text,
        &content.quiz,
    )?)
}

/// Loads and checks the rating at `path` against the shipped quiz.
pub fn load_rating(path: &Path, content: &Content) -> Result<RatingFile, StorageError> {
    let bytes = read_limited(path, DocumentKind::Rating)?;
    decode_rating(path, &bytes, content)
}

/// The bytes of a rating as a [`RatingFile`]; `path` names it in errors.
pub fn decode_rating(
    path: &Path,
    bytes: &[u8],
    content: &Content,
) -> Result<RatingFile, StorageError> {
    let text = decode_text(path, bytes)?;
    Ok(RatingFile::from_ron(
        &path.display().to_string(),
        text,
        &content.quiz,
    )?)
}

/// Writes a rating request to `path` atomically. Replaces only an earlier request (or an
/// unreadable file), never a profile, a team or a rating.
pub fn save_rating_request(path: &Path, request: &RatingRequest) -> Result<(), StorageError> {
    save_text(path, &request.to_ron(), REQUEST_FORMAT)
}

/// Writes a rating to `path` atomically. Replaces only an earlier rating (or an unreadable
/// file), never a profile, a team or a request.
pub fn save_rating(path: &Path, rating: &RatingFile) -> Result<(), StorageError> {
    save_text(path, &rating.to_ron(), RATING_FORMAT)
}

fn save_text(path: &Path, text: &str, format: &str) -> Result<(), StorageError> {
    let target = follow_link(path);
    check_replaceable(path, &target)?;
    if fs::metadata(&target).is_ok_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(StorageError::ReadOnly {
            path: path.to_owned(),
        });
    }
    if let Some(found) = format_on_disk(&target)
        && found != format
    {
        return Err(StorageError::OtherDocument {
            path: path.to_owned(),
            format: found,
        });
    }
    write_atomically(path, &target, text.as_bytes(), &mut |file, bytes| {
        use std::io::Write as _;
        file.write_all(bytes)
    })
}

/// The `format` a readable document at `path` declares, if any.
fn format_on_disk(path: &Path) -> Option<String> {
    let bytes = read_limited(path, DocumentKind::Team).ok()?;
    super::team::declared_format(decode_text(path, &bytes).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::{Profile, ProfileId};
    use crate::domain::rating::Rating;
    use time::macros::datetime;

    fn content() -> Content {
        Content::shipped().expect("shipped content loads")
    }

    #[test]
    fn a_request_and_a_rating_round_trip_through_files() {
        let content = content();
        let dir = tempfile::tempdir().unwrap();
        let mut profile = Profile::new("Priya Raman");
        profile.id = Some(ProfileId::new("priya-1").unwrap());
        let request = RatingRequest::for_profile(&profile, &content.quiz).unwrap();
        let path = dir.path().join("request.ron");
        save_rating_request(&path, &request).unwrap();
        assert_eq!(load_rating_request(&path, &content).unwrap(), request);

        let rating = RatingFile {
            profile_id: request.profile_id.clone(),
            name: request.name.clone(),
            rating: Rating {
                rater: Some("Sam".into()),
                rated_at: datetime!(2026-11-29 10:00 UTC),
                answers: request.items.iter().map(|i| (i.id.clone(), 2)).collect(),
            },
        };
        let rated = dir.path().join("rating.ron");
        save_rating(&rated, &rating).unwrap();
        assert_eq!(load_rating(&rated, &content).unwrap(), rating);

        // Neither replaces the other, nor a profile.
        let err = save_rating(&path, &rating).unwrap_err();
        assert!(matches!(err, StorageError::OtherDocument { .. }), "{err}");
        let before = fs::read(&path).unwrap();
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_rating_larger_than_the_limit_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.ron");
        let file = fs::File::create(&path).unwrap();
        file.set_len(MAX_RATING_BYTES + 1).unwrap();
        let err = load_rating(&path, &content()).unwrap_err();
        assert!(matches!(err, StorageError::TooLarge { .. }), "{err}");
        assert!(err.to_string().contains("rating"), "{err}");
    }
}
