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
use crate::i18n::Translator;
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
    tr: &Translator,
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
        notes.push(tr.tr_args(
            "cli-given-id",
            &[
                ("path", name.display().to_string().into()),
                ("id", id.to_string().into()),
            ],
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
        "{}\n",
        tr.tr_args(
            "cli-wrote-request",
            &[
                ("name", printable(&request.name).into()),
                ("count", request.items.len().into()),
                ("output", output.display().to_string().into()),
                ("profile", name.display().to_string().into()),
            ],
        )
    ))
}

/// Adds the ratings at `ratings` to the profile at `path`: every file is read and checked
/// first, and the profile is saved once, only if all of them are good.
pub(super) fn add_ratings(
    path: &Path,
    ratings: &[PathBuf],
    content: &Content,
    tr: &Translator,
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
            Ok(file) if file.profile_id != id => problems.push(tr.tr_args(
                "cli-rating-other-profile",
                &[
                    ("path", rating_path.display().to_string().into()),
                    ("name", file.name.as_str().into()),
                    ("their-id", file.profile_id.to_string().into()),
                    ("profile", name.display().to_string().into()),
                    ("id", id.to_string().into()),
                ],
            )),
            Ok(file) => files.push((rating_path, file)),
            Err(err) => problems.push(err.message(tr)),
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
        let who = rater_words(&file, tr);
        let outcome = profile
            .add_rating(file)
            .map_err(|source| CliError::Rating {
                path: rating_path.to_owned(),
                source,
            })?;
        match outcome {
            Added::New => added.push(format!("  - {who} ({})", rating_path.display())),
            Added::AlreadyThere => notes.push(tr.tr_args(
                "cli-rating-already-there",
                &[
                    ("path", rating_path.display().to_string().into()),
                    ("who", who.into()),
                ],
            )),
        }
    }
    if added.is_empty() {
        return Ok(format!(
            "{}\n",
            tr.tr_args(
                "cli-no-rating-added",
                &[
                    ("who", whose(&name, &profile).into()),
                    ("count", profile.ratings.len().into()),
                ],
            )
        ));
    }
    save_profile(path, &profile)?;
    let mut out = format!(
        "{}\n",
        tr.tr_args(
            "cli-added-ratings",
            &[
                ("added", added.len().into()),
                ("who", whose(&name, &profile).into()),
                ("count", profile.ratings.len().into()),
            ],
        )
    );
    for line in added {
        let _ = writeln!(out, "{line}");
    }
    Ok(out)
}

/// "Sam, rated on 2026-11-29", or "an anonymous rater, ..." — printable.
fn rater_words(file: &RatingFile, tr: &Translator) -> String {
    let rater = file.rating.rater.as_deref().map_or_else(
        || tr.tr("cli-anonymous-rater"),
        |r| printable(r).replace(['\n', '\t'], " "),
    );
    tr.tr_args(
        "cli-rated-on",
        &[
            ("rater", rater.into()),
            (
                "date",
                crate::domain::report::day(file.rating.rated_at).into(),
            ),
        ],
    )
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
pub(super) fn others_text(
    out: &mut String,
    view: Option<&OthersView>,
    content: &Content,
    tr: &Translator,
) {
    let Some(view) = view else {
        return;
    };
    let _ = writeln!(
        out,
        "\n{}",
        tr.tr_args("cli-others-heading", &[("count", view.raters.into())])
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
            "  {}",
            tr.tr_args(
                "cli-others-row",
                &[
                    ("title", row.title.as_str().into()),
                    ("own", own.into()),
                    ("others", others.into()),
                    ("low", low.into()),
                    ("high", high.into()),
                    ("count", row.raters.into()),
                ],
            )
        );
    }
    for sentence in view.sentences(&content.quiz) {
        let _ = writeln!(out, "  - {sentence}");
    }
}
