//! The rating commands: `quiz rating-request` writes what a person sends to a rater, and
//! `quiz add-rating` adds what raters send back to the profile, all or nothing. Also what
//! `quiz score` says about the ratings.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use super::{CliError, STDIN_PATH, load, printable, whose};
use crate::domain::Content;
use crate::domain::profile::{Profile, ProfileId};
use crate::domain::quiz::QuizResult;
use crate::domain::rating::{Added, Gap, OthersView, RatingFile, RatingRequest, others_view};
use crate::storage::{load_rating, save_profile, save_rating_request};

/// Writes the rating request for the profile at `path` to `output` (`-`: returned for stdout).
///
/// A profile without an id (saved before ids existed) gets one first, and is saved back with
/// it, so that the ratings sent back name it; `notes` says so.
pub(super) fn rating_request(
    path: &Path,
    output: &Path,
    stdin: &mut dyn Read,
    content: &Content,
    notes: &mut Vec<String>,
) -> Result<String, CliError> {
    let (name, mut profile) = load(path, stdin, content)?;
    if profile.id.is_none() {
        if path == Path::new(STDIN_PATH) {
            return Err(CliError::NoIdOnStdin);
        }
        let id = profile
            .ensure_id(|| ProfileId::from(uuid::Uuid::new_v4()))
            .clone();
        save_profile(path, &profile)?;
        notes.push(format!(
            "{}: the profile had no id yet, so it was given the id {id} and saved with it; \
             ratings sent back for this request name that id",
            name.display()
        ));
    }
    let request =
        RatingRequest::for_profile(&profile, &content.quiz).map_err(|source| CliError::Rating {
            path: name.clone(),
            source,
        })?;
    if output == Path::new(STDIN_PATH) {
        return Ok(request.to_ron());
    }
    save_rating_request(output, &request)?;
    Ok(format!(
        "Wrote a rating request for {} ({} skill items) to {}. Send it to someone who knows \
         your work; add the rating they send back with `career-explorer quiz add-rating {} \
         RATING`.\n",
        printable(&request.name),
        request.items.len(),
        output.display(),
        name.display()
    ))
}

/// Adds the ratings at `ratings` to the profile at `path`: every file is read and checked
/// first, and the profile is saved once, only if all of them are good.
pub(super) fn add_ratings(
    path: &Path,
    ratings: &[PathBuf],
    content: &Content,
    notes: &mut Vec<String>,
) -> Result<String, CliError> {
    if path == Path::new(STDIN_PATH) {
        return Err(CliError::AddToStdin);
    }
    let (name, mut profile) = load(path, &mut std::io::empty(), content)?;
    let Some(id) = profile.id.clone() else {
        return Err(CliError::NoProfileId(name));
    };
    let mut files: Vec<(&Path, RatingFile)> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    for rating_path in ratings {
        match load_rating(rating_path, content) {
            Ok(file) if file.profile_id != id => problems.push(format!(
                "{}: this rating is for another profile: {}'s, with the id {}; {} has the id {id}",
                rating_path.display(),
                file.name,
                file.profile_id,
                name.display()
            )),
            Ok(file) => files.push((rating_path, file)),
            Err(err) => problems.push(err.to_string()),
        }
    }
    if !problems.is_empty() {
        return Err(CliError::BadRatings {
            profile: name,
            lines: problems,
        });
    }
    let mut added: Vec<String> = Vec::new();
    for (rating_path, file) in files {
        let who = rater_words(&file);
        let outcome = profile
            .add_rating(file)
            .map_err(|source| CliError::Rating {
                path: rating_path.to_owned(),
                source,
            })?;
        match outcome {
            Added::New => added.push(format!("  - {who} ({})", rating_path.display())),
            Added::AlreadyThere => notes.push(format!(
                "{}: this rating ({who}) is already in the profile; skipped",
                rating_path.display()
            )),
        }
    }
    if added.is_empty() {
        return Ok(format!(
            "No rating added to {}: each one was already there. It has {} rating{}.\n",
            whose(&name, &profile),
            profile.ratings.len(),
            plural(profile.ratings.len())
        ));
    }
    save_profile(path, &profile)?;
    let mut out = format!(
        "Added {} rating{} to {}; it now has {}:\n",
        added.len(),
        plural(added.len()),
        whose(&name, &profile),
        profile.ratings.len()
    );
    for line in added {
        let _ = writeln!(out, "{line}");
    }
    Ok(out)
}

/// "Sam, rated on 2026-11-29", or "an anonymous rater, ..." — printable.
fn rater_words(file: &RatingFile) -> String {
    let rater = file.rating.rater.as_deref().map_or_else(
        || "an anonymous rater".to_owned(),
        |r| printable(r).replace(['\n', '\t'], " "),
    );
    format!(
        "{rater}, rated on {}",
        crate::domain::report::day(file.rating.rated_at)
    )
}

const fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The ratings of `profile` beside `result`, when there are any.
pub(super) fn others(
    profile: &Profile,
    result: &QuizResult,
    content: &Content,
) -> Option<OthersView> {
    (!profile.ratings.is_empty()).then(|| others_view(&content.quiz, result, &profile.ratings))
}

/// A gap as a JSON key.
const fn gap_key(gap: Gap) -> &'static str {
    match gap {
        Gap::BlindSpot => "blind_spot",
        Gap::HiddenStrength => "hidden_strength",
    }
}

/// Adds `raters`, and with ratings `anonymous` and `others_skill`, to the `quiz score` JSON.
pub(super) fn others_json(object: &mut Map<String, Value>, view: Option<&OthersView>) {
    object.insert("raters".to_owned(), json!(view.map_or(0, |v| v.raters)));
    let Some(view) = view else {
        return;
    };
    object.insert("anonymous".to_owned(), json!(view.anonymous));
    let skills: Map<String, Value> = view
        .rows
        .iter()
        .filter_map(|row| {
            let (low, high) = row.spread?;
            Some((
                row.id.clone(),
                json!({
                    "average": row.others?,
                    "low": low,
                    "high": high,
                    "raters": row.raters,
                    "gap": row.gap.map(gap_key),
                }),
            ))
        })
        .collect();
    object.insert("others_skill".to_owned(), Value::Object(skills));
}

/// The "What others said" section of the `quiz score` text; nothing without ratings.
pub(super) fn others_text(out: &mut String, view: Option<&OthersView>, content: &Content) {
    let Some(view) = view else {
        return;
    };
    let _ = writeln!(
        out,
        "\nWhat others said ({} rating{}):",
        view.raters,
        plural(view.raters)
    );
    for row in &view.rows {
        let (Some(others), Some((low, high))) = (row.others, row.spread) else {
            continue;
        };
        let own = row
            .own
            .map_or_else(|| "-".to_owned(), |own| own.to_string());
        let _ = writeln!(
            out,
            "  {}: you {own}, others {others} (from {low} to {high}, {} rater{})",
            row.title,
            row.raters,
            plural(row.raters)
        );
    }
    for sentence in view.sentences(&content.quiz) {
        let _ = writeln!(out, "  - {sentence}");
    }
}
