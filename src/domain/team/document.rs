//! The team document: [`Team`] and its [`Member`]s, read from and written to RON.

use std::collections::HashMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::{CURRENT_VERSION, FORMAT, MemberError, TeamError};
use crate::domain::advisor::{AdvisorRules, TeamProfile};
use crate::domain::data_file::{FormatProblem, RonError, spanned_to_error};
use crate::domain::profile::{PastResult, Profile};
use crate::domain::quiz::QuizResult;

/// A team: its name, the Team advisor's inputs, the staffing framework, and its people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// The team's name, as the lead wrote it. May be empty.
    pub name: String,
    /// The Team advisor's inputs for this team.
    pub inputs: TeamProfile,
    /// Id of the staffing framework in `data/advisor.ron`, e.g. `scrum`.
    pub framework: String,
    /// The people, in the order they were added.
    pub members: Vec<Member>,
}

/// One person on a team: who they are and a snapshot of their latest quiz result.
///
/// Never their notes or their answers: a team file is shared, a profile is personal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Their name, as their profile gives it. Not blank.
    pub name: String,
    /// Their profile's stable id, which recognises them when they are added again. Opaque;
    /// not blank.
    pub profile_id: String,
    /// Their latest quiz result when they were added, with the date it was taken; `None`
    /// while they have none.
    pub latest_result: Option<PastResult>,
}

/// A member as other results name them: enough to show and to find them again.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct MemberRef {
    /// Their profile's stable id.
    pub profile_id: String,
    /// Their name.
    pub name: String,
}

/// What [`Team::add_or_update`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Added {
    /// A new member, at the end of the list.
    New,
    /// The member with the same profile id was already there; their name and snapshot were
    /// replaced and they kept their place.
    Updated,
}

impl Member {
    /// A member from `profile`: its name and its latest result, nothing else.
    ///
    /// `profile_id` is the profile's stable id (profiles get it when first saved).
    pub fn from_profile(profile: &Profile, profile_id: impl Into<String>) -> Self {
        Self {
            name: profile.name.clone(),
            profile_id: profile_id.into(),
            latest_result: profile.latest_result().cloned(),
        }
    }

    /// The member's latest quiz result, if any.
    pub fn result(&self) -> Option<&QuizResult> {
        self.latest_result.as_ref().map(|past| &past.result)
    }

    /// The member as results name them.
    pub fn to_ref(&self) -> MemberRef {
        MemberRef {
            profile_id: self.profile_id.clone(),
            name: self.name.clone(),
        }
    }

    /// Checks the name and id are not blank and every score in the snapshot is 0 to 100.
    pub fn validate(&self) -> Result<(), MemberError> {
        if self.name.trim().is_empty() {
            return Err(MemberError::BlankName {
                profile_id: self.profile_id.clone(),
            });
        }
        if self.profile_id.trim().is_empty() {
            return Err(MemberError::BlankProfileId {
                name: self.name.clone(),
            });
        }
        if let Some(value) = self.result().and_then(highest_score).filter(|&v| v > 100) {
            return Err(MemberError::ScoreOutOfRange {
                name: self.name.clone(),
                value,
            });
        }
        Ok(())
    }
}

/// The highest score anywhere in `result`, to check they are all on the 0-100 scale.
fn highest_score(result: &QuizResult) -> Option<u8> {
    let responsibilities = result
        .responsibilities
        .iter()
        .flat_map(|r| [r.skill, r.interest]);
    let roles = result.roles.iter().flat_map(|r| {
        [&r.skill, &r.interest, &r.fit]
            .into_iter()
            .map(|score| score.as_ref().map(|s| s.value))
    });
    responsibilities
        .chain(roles)
        .chain([result.combined.fit])
        .flatten()
        .max()
}

impl Team {
    /// An empty team called `name`, using the framework with id `framework`.
    pub fn new(name: impl Into<String>, framework: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            inputs: TeamProfile::default(),
            framework: framework.into(),
            members: Vec::new(),
        }
    }

    /// Parses and validates a team document; `file` names it in errors, `rules` are the
    /// advisor rules its framework must be one of.
    ///
    /// Syntax and type errors come out as `file:line:col: message`; errors found after
    /// parsing (a blank name, a profile id used twice, an unknown framework, a version this
    /// build cannot read) as `file: message`.
    pub fn from_ron(file: &str, text: &str, rules: &AdvisorRules) -> Result<Self, TeamError> {
        if text.trim().is_empty() {
            return Err(TeamError::Empty {
                file: file.to_owned(),
            });
        }
        let header: Header = parse_team(file, text)?;
        if let Some(problem) = FormatProblem::of(header.format.as_deref(), FORMAT) {
            return Err(TeamError::NotATeam {
                file: file.to_owned(),
                problem,
            });
        }
        let team = match header.version {
            None => {
                return Err(TeamError::MissingVersion {
                    file: file.to_owned(),
                });
            }
            Some(1) => parse_team::<DocumentV1>(file, text)?.into_team(rules),
            Some(version) if version > CURRENT_VERSION => {
                return Err(TeamError::NewerVersion {
                    file: file.to_owned(),
                    version,
                });
            }
            Some(version) => {
                return Err(TeamError::UnknownVersion {
                    file: file.to_owned(),
                    version,
                });
            }
        };
        team.validate(file, rules)?;
        Ok(team)
    }

    /// The team as a current-version RON document, pretty-printed with a stable field order,
    /// so saving twice gives the same bytes.
    ///
    /// Fails only when a result's date cannot be written as RFC 3339 (a year outside 0 to
    /// 9999).
    pub fn to_ron(&self) -> Result<String, TeamError> {
        let document = DocumentOut {
            format: FORMAT,
            version: CURRENT_VERSION,
            name: &self.name,
            inputs: &self.inputs,
            framework: &self.framework,
            members: &self.members,
        };
        let config = ron::ser::PrettyConfig::new()
            .struct_names(false)
            .separate_tuple_members(true);
        let mut text =
            ron::ser::to_string_pretty(&document, config).map_err(|err| TeamError::Write {
                message: err.to_string(),
            })?;
        text.push('\n');
        Ok(text)
    }

    /// Checks what parsing cannot: the inputs in range, a framework `rules` has, every member
    /// valid, and no profile id used twice. `file` names the team in errors.
    pub fn validate(&self, file: &str, rules: &AdvisorRules) -> Result<(), TeamError> {
        self.inputs.validate().map_err(|source| TeamError::Inputs {
            file: file.to_owned(),
            source: Box::new(source),
        })?;
        if rules.framework(&self.framework).is_none() {
            return Err(TeamError::UnknownFramework {
                file: file.to_owned(),
                framework: self.framework.clone(),
                known: rules
                    .frameworks
                    .iter()
                    .map(|f| format!("`{}`", f.id))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let mut seen: HashMap<&str, &str> = HashMap::with_capacity(self.members.len());
        for (index, member) in self.members.iter().enumerate() {
            member.validate().map_err(|source| TeamError::Member {
                file: file.to_owned(),
                number: index + 1,
                source: Box::new(source),
            })?;
            if let Some(first) = seen.insert(&member.profile_id, &member.name) {
                return Err(TeamError::DuplicateMember {
                    file: file.to_owned(),
                    profile_id: member.profile_id.clone(),
                    first: first.to_owned(),
                    second: member.name.clone(),
                });
            }
        }
        Ok(())
    }

    /// Adds `member`, or, if a member with the same profile id is already on the team,
    /// replaces their name and snapshot in place. Says which it did.
    ///
    /// Refuses a member with a blank name or id, or a score off the 0-100 scale, and leaves
    /// the team as it was.
    pub fn add_or_update(&mut self, member: Member) -> Result<Added, MemberError> {
        member.validate()?;
        if let Some(existing) = self
            .members
            .iter_mut()
            .find(|m| m.profile_id == member.profile_id)
        {
            *existing = member;
            Ok(Added::Updated)
        } else {
            self.members.push(member);
            Ok(Added::New)
        }
    }

    /// Removes the member with this profile id, returning them.
    pub fn remove(&mut self, profile_id: &str) -> Option<Member> {
        let index = self
            .members
            .iter()
            .position(|m| m.profile_id == profile_id)?;
        Some(self.members.remove(index))
    }

    /// The member with this profile id.
    pub fn member(&self, profile_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.profile_id == profile_id)
    }
}

/// How far values may nest: ron's default, with its message replaced, since it advises the
/// programmer rather than the person who opened the file. A real team nests about ten levels.
const RECURSION_LIMIT: usize = 128;

/// Parses a team document (or its header) with positions in errors.
fn parse_team<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RonError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|err| {
            let mut error = spanned_to_error(file, &err);
            if err.code == ron::Error::ExceededRecursionLimit {
                error.message = format!(
                    "values are nested more than {RECURSION_LIMIT} levels deep here; a team never nests that deep"
                );
            }
            error
        })
}

/// Whether `text` declares itself a team document (`format: "career-explorer-team"`), of any
/// version, valid or not.
///
/// Lenient on purpose: it reads only the header, so a caller can tell a team file from a
/// profile before choosing which loader's errors to show.
pub fn is_team_document(text: &str) -> bool {
    parse_team::<Header>("", text).is_ok_and(|h| h.format.as_deref() == Some(FORMAT))
}

/// The format version `text` declares, if it is a team document of any version.
///
/// Saving uses it to refuse overwriting a file from a newer Career Explorer.
pub fn peek_version(text: &str) -> Option<u32> {
    let header: Header = parse_team("", text).ok()?;
    (header.format.as_deref() == Some(FORMAT))
        .then_some(header.version)
        .flatten()
}

/// The `format` and `version` fields, read first so a wrong format or a newer version is
/// reported as such rather than as an unknown field further down.
#[derive(Deserialize)]
#[serde(rename = "Team")]
struct Header {
    #[serde(default, deserialize_with = "present")]
    format: Option<String>,
    #[serde(default, deserialize_with = "present")]
    version: Option<u32>,
}

/// A header field written plainly (`version: 1`, not `version: Some(1)`) is `Some`; a
/// missing one is `None` through `#[serde(default)]`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// What version 1 writes; borrows the team so saving copies nothing.
#[derive(Serialize)]
#[serde(rename = "Team")]
struct DocumentOut<'a> {
    format: &'static str,
    version: u32,
    name: &'a str,
    inputs: &'a TeamProfile,
    framework: &'a str,
    members: &'a [Member],
}

/// Version 1, the current format. Every field but the header may be left out.
#[derive(Deserialize)]
#[serde(rename = "Team", deny_unknown_fields)]
struct DocumentV1 {
    /// Checked through [`Header`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked through [`Header`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    name: String,
    #[serde(default)]
    inputs: TeamProfile,
    #[serde(default, deserialize_with = "present")]
    framework: Option<String>,
    #[serde(default)]
    members: Vec<Member>,
}

impl DocumentV1 {
    /// A missing framework is the rules' default one.
    fn into_team(self, rules: &AdvisorRules) -> Team {
        let framework = self.framework.unwrap_or_else(|| {
            rules
                .default_framework()
                .map(|f| f.id.clone())
                .unwrap_or_default()
        });
        Team {
            name: self.name,
            inputs: self.inputs,
            framework,
            members: self.members,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::Research;
    use crate::domain::quiz::Answers;
    use crate::domain::team::testing::*;
    use proptest::prelude::*;

    fn rules() -> &'static AdvisorRules {
        &content().advisor
    }

    fn load(text: &str) -> Result<Team, TeamError> {
        Team::from_ron("t.ron", text, rules())
    }

    fn sample() -> Team {
        let mut team = team_of(vec![
            member_answering("Ana \"Ana\" Díaz", "id-ana", |role, _| {
                if role == "pm" { 4 } else { 1 }
            }),
            no_result("Bo", "id-bo"),
        ]);
        team.inputs = TeamProfile {
            engineers: 60,
            teams: 5,
            research: Research::FullTime,
            ..TeamProfile::default()
        };
        team.framework = "safe".to_owned();
        team
    }

    #[test]
    fn round_trip_keeps_everything_and_is_stable() {
        let team = sample();
        let text = team.to_ron().unwrap();
        assert!(
            text.starts_with("(\n    format: \"career-explorer-team\",\n    version: 1,\n"),
            "{text}"
        );
        assert!(text.contains("framework: \"safe\""), "{text}");
        assert!(text.contains("latest_result: None"), "{text}");
        assert!(
            text.contains("taken_at: \"2025-03-14T09:30:00+01:00\""),
            "{text}"
        );
        let back = load(&text).unwrap();
        assert_eq!(back, team);
        assert_eq!(back.to_ron().unwrap(), text);
    }

    #[test]
    fn only_the_header_is_required() {
        let team = load(r#"(format: "career-explorer-team", version: 1)"#).unwrap();
        assert_eq!(team, Team::new("", "scrum"));
        assert_eq!(team.inputs, TeamProfile::default());
        let named = load(r#"Team(format: "career-explorer-team", version: 1, name: "Core")"#);
        assert_eq!(named.unwrap().name, "Core");
    }

    #[test]
    fn header_errors() {
        let cases = [
            (
                "  \n\t\n",
                "t.ron: the file is empty; a team starts with `(format: \"career-explorer-team\", version: 1,`",
            ),
            (
                r#"(format: "career-explorer-profile", version: 2)"#,
                "t.ron: this is not a Career Explorer team: its format is `career-explorer-profile`, not `career-explorer-team`",
            ),
            (
                "(version: 1)",
                "t.ron: this is not a Career Explorer team: it has no `format: \"career-explorer-team\"` field",
            ),
            (
                r#"(format: "career-explorer-team")"#,
                "t.ron: the team has no `version` field; add `version: 1` after the `format` field",
            ),
            (
                r#"(format: "career-explorer-team", version: 2, members: [(future: true)])"#,
                "t.ron: this team is in format version 2, which needs a newer Career Explorer; this one reads format version 1. The file was left unchanged",
            ),
            (
                r#"(format: "career-explorer-team", version: 0)"#,
                "t.ron: format version 0 does not exist; team versions start at 1",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(load(text).unwrap_err().to_string(), message, "{text}");
        }
        // Comments alone are not blank: ron says what it expected, and where.
        let err = load("// only a comment\n").unwrap_err();
        assert!(matches!(err, TeamError::Parse(_)), "{err}");
    }

    #[test]
    fn parse_errors_name_line_and_column() {
        let text = "(\n    format: \"career-explorer-team\",\n    version: 1,\n    colour: 3,\n)";
        let TeamError::Parse(err) = load(text).unwrap_err() else {
            panic!("expected a parse error");
        };
        assert_eq!((err.file.as_str(), err.line), ("t.ron", 4), "{err}");
        assert!(err.to_string().starts_with("t.ron:4:"), "{err}");
        assert!(err.message.contains("colour"), "{err}");
        // A field of a member, with the member's position.
        let text = "(format: \"career-explorer-team\", version: 1, members: [\n  (name: \"A\", profile_id: \"a\", latest_result: None, notes: \"x\"),\n])";
        let TeamError::Parse(err) = load(text).unwrap_err() else {
            panic!("expected a parse error");
        };
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("notes"), "{err}");
    }

    #[test]
    fn validation_errors() {
        let header = r#"format: "career-explorer-team", version: 1"#;
        let member = |name: &str, id: &str| {
            format!("(name: {name:?}, profile_id: {id:?}, latest_result: None)")
        };
        let cases = [
            (
                format!(
                    "({header}, members: [{}, {}])",
                    member("Ana", "x"),
                    member("Bo", "x")
                ),
                "t.ron: the profile id `x` is used by two members (Ana and Bo); each person is on a team once",
            ),
            (
                format!(
                    "({header}, members: [{}, {}])",
                    member("Ana", "a"),
                    member(" ", "b")
                ),
                "t.ron: member 2: the member with profile id `b` has no name",
            ),
            (
                format!("({header}, members: [{}])", member("Ana", "")),
                "t.ron: member 1: Ana has no profile id",
            ),
            (
                format!("({header}, framework: \"kanban\")"),
                "t.ron: the framework `kanban` does not exist; it must be one of `scrum`, `safe`, `less`",
            ),
            (
                format!("({header}, inputs: (teams: 5000))"),
                "t.ron: the team profile's `teams` is 5000; it must be from 1 to 1000",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(load(&text).unwrap_err().to_string(), message, "{text}");
        }
        let mut team = sample();
        if let Some(past) = team.members[0].latest_result.as_mut() {
            past.result.responsibilities[3].skill = Some(250);
        }
        let err = load(&team.to_ron().unwrap()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.ron: member 1: Ana \"Ana\" Díaz's quiz result has a score of 250; scores go from 0 to 100"
        );
    }

    #[test]
    fn add_or_update_keeps_one_row_per_person() {
        let mut team = sample();
        let newer = member_answering("Ana Díaz", "id-ana", |_, _| 2);
        assert_eq!(team.add_or_update(newer.clone()), Ok(Added::Updated));
        assert_eq!(team.members.len(), 2);
        assert_eq!(team.members[0], newer, "updated in place");
        let cy = no_result("Cy", "id-cy");
        assert_eq!(team.add_or_update(cy.clone()), Ok(Added::New));
        assert_eq!(team.members.last(), Some(&cy));
        // Refused members leave the team as it was.
        let before = team.clone();
        let err = team.add_or_update(no_result("", "id-ana")).unwrap_err();
        assert_eq!(
            err,
            MemberError::BlankName {
                profile_id: "id-ana".into()
            }
        );
        assert_eq!(team, before);
        assert_eq!(team.member("id-cy").map(|m| m.name.as_str()), Some("Cy"));
        assert_eq!(team.remove("id-cy"), Some(cy));
        assert_eq!(team.remove("id-cy"), None);
        assert_eq!(team.members.len(), 2);
    }

    #[test]
    fn a_member_from_a_profile_never_carries_notes_or_answers() {
        const MARKER: &str = "MARKER-7f3a-private";
        let quiz = &content().quiz;
        let mut answers = Answers::new();
        answers.set("vision-write", 3);
        let result = crate::domain::quiz::score_partial(quiz, &answers).unwrap();
        let mut profile = Profile::new("Priya");
        profile.answers = answers;
        profile.notes = format!("{MARKER} salary talk");
        profile.record_result(
            result.clone(),
            time::macros::datetime!(2025-01-02 03:04:05 UTC),
            crate::i18n::Language::English,
        );
        let member = Member::from_profile(&profile, "id-priya");
        assert_eq!(member.name, "Priya");
        assert_eq!(member.result(), Some(&result));
        let mut team = Team::new("Core", "scrum");
        team.add_or_update(member).unwrap();
        let text = team.to_ron().unwrap();
        assert!(!text.contains(MARKER), "{text}");
        assert!(!text.contains("vision-write"), "answers leaked: {text}");
        // Without results, no snapshot.
        let member = Member::from_profile(&Profile::new("New"), "id-new");
        assert_eq!(member.latest_result, None);
    }

    proptest! {
        #[test]
        fn adding_the_same_profile_id_keeps_one_member(
            adds in prop::collection::vec((0..4usize, 0..3u8), 1..12),
        ) {
            let mut team = Team::new("T", "scrum");
            let mut seen = std::collections::BTreeSet::new();
            for (person, answer) in &adds {
                let id = format!("id-{person}");
                let member = member_answering(&format!("P{person} v{answer}"), &id, |_, _| *answer);
                let added = team.add_or_update(member.clone()).unwrap();
                let expected = if seen.insert(id.clone()) { Added::New } else { Added::Updated };
                prop_assert_eq!(added, expected);
                prop_assert_eq!(team.member(&id), Some(&member));
                prop_assert_eq!(team.members.len(), seen.len());
            }
            let text = team.to_ron().unwrap();
            prop_assert_eq!(load(&text).unwrap(), team);
        }

        #[test]
        fn random_teams_round_trip(team in arb_team(4)) {
            let text = team.to_ron().unwrap();
            prop_assert_eq!(load(&text).unwrap(), team);
        }
    }
}
