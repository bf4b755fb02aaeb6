//! What a shared team report says: the team's people, who covers what, and who holds which seat.
//!
//! [`TeamReport::new`] works out everything once from a [`Team`], the shipped [`Content`] and
//! the lead's pins; the renderers in `crate::export` only lay it out, so the Markdown, HTML and
//! CSV of one team can never disagree about a number.
//!
//! A team report is meant to be shared, so it holds only what the team file holds: names and
//! result snapshots, never notes or answers, and never a profile id (an id would name the
//! person even when the names are anonymised). With `anonymise`, every name becomes
//! "Member 1", "Member 2", ... in member order, wherever it appears: the heat map, the coverage
//! and the seats with their runners-up. The team's own name is kept: it names the team, not a
//! person.

use std::collections::HashMap;

use super::Content;
use super::quiz::Band;
use super::report::{TeamSection, day};
use super::team::{
    Candidate, Member, MemberRef, Pin, Staffing, StaffingError, Team, coverage, staff,
};
use crate::i18n::Translator;

/// What the scores are and are not, for a team, in `tr`'s language: every format prints it.
pub fn team_disclaimer(tr: &Translator) -> String {
    tr.tr("export-team-disclaimer")
}

/// Everything a team report shows, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamReport {
    /// The team's name as the lead wrote it; may be empty.
    pub name: String,
    /// Whether people's names were replaced by "Member 1", "Member 2", ...
    pub anonymised: bool,
    /// The staffing framework: its name, rule and source.
    pub framework: FrameworkLine,
    /// The advisor's answer for the team's inputs, with its reasons.
    pub advice: TeamSection,
    /// The responsibilities heading the heat map's columns, in catalog order.
    pub responsibilities: Vec<ResponsibilityHeading>,
    /// One row per member, in member order.
    pub members: Vec<MemberRow>,
    /// Who covers each responsibility, in catalog order.
    pub coverage: Vec<CoverageLine>,
    /// The seats and who fills them.
    pub seats: Vec<SeatLine>,
    /// Said when the advice had no clear winner and the seats are those of a split.
    pub staffing_note: Option<String>,
    /// The sum of the holders' fits.
    pub total_fit: u32,
    /// What the pins cost in fit (0 without pins).
    pub pin_cost: u32,
}

/// The framework that set the number of product owner seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkLine {
    /// Its id, e.g. `scrum`.
    pub id: String,
    /// Its name, e.g. "Scrum".
    pub name: String,
    /// Its rule, in the app's words.
    pub rule: String,
    /// Where the rule comes from.
    pub source: String,
}

/// A heat map column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponsibilityHeading {
    /// Responsibility id, e.g. `pm-vision`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its role's abbreviation, e.g. "PM".
    pub role_short_name: String,
}

/// A heat map row: one member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    /// Their name, or "Member N" when anonymised.
    pub name: String,
    /// The day their result was taken (`2026-11-27`); `None` without a result.
    pub taken: Option<String>,
    /// Their fit per role, in catalog order (role abbreviation, fit and band).
    pub fits: Vec<(String, Option<(u8, Band)>)>,
    /// Their combined-role fit and band.
    pub combined: Option<(u8, Band)>,
    /// Their skill per responsibility, in the order of [`TeamReport::responsibilities`].
    pub skills: Vec<Option<(u8, Band)>>,
    /// The titles of the seats they hold (one at most, as nobody holds two).
    pub seats: Vec<String>,
}

/// Who covers one responsibility.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageLine {
    /// Responsibility id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its role's abbreviation.
    pub role_short_name: String,
    /// The strongest members' names (several when tied), in member order.
    pub strongest: Vec<String>,
    /// Their skill and its band; `None` when nobody has a score.
    pub skill: Option<(u8, Band)>,
    /// Nobody is at least moderate on it.
    pub gap: bool,
    /// For a gap, what to learn next.
    pub learn_next: Option<String>,
}

/// One seat and who fills it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeatLine {
    /// The seat's stable id, e.g. `product-owner-2`.
    pub id: String,
    /// Its title, e.g. "Product Owner 2".
    pub title: String,
    /// Who holds it; `None` when nobody could.
    pub holder: Option<PersonFit>,
    /// Whether the lead pinned the holder here.
    pub pinned: bool,
    /// Who came next.
    pub runner_up: Option<PersonFit>,
}

/// A person and their fit for a seat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFit {
    /// Their name, or "Member N" when anonymised.
    pub name: String,
    /// Their fit for the seat, 0-100.
    pub fit: u8,
    /// Its band.
    pub band: Band,
}

impl MemberRow {
    /// The row of `member`, shown as `name`, with skills in the order of `responsibilities`.
    fn new(
        member: &Member,
        name: String,
        content: &Content,
        responsibilities: &[ResponsibilityHeading],
        staffing: &Staffing,
    ) -> Self {
        let banded = |v: u8| (v, content.quiz.band(v));
        let result = member.result();
        let fits = content
            .catalog
            .roles
            .iter()
            .map(|role| {
                let fit = result
                    .and_then(|r| r.role(&role.id))
                    .and_then(|r| r.fit.as_ref())
                    .map(|f| banded(f.value));
                (role.short_name.clone(), fit)
            })
            .collect();
        let skills = responsibilities
            .iter()
            .map(|heading| {
                result
                    .and_then(|r| r.responsibility(&heading.id))
                    .and_then(|r| r.skill)
                    .map(banded)
            })
            .collect();
        let seats = staffing
            .seats
            .iter()
            .filter(|s| {
                s.holder
                    .as_ref()
                    .is_some_and(|h| h.member.profile_id == member.profile_id)
            })
            .map(|s| s.title.clone())
            .collect();
        Self {
            name,
            taken: member.latest_result.as_ref().map(|p| day(p.taken_at)),
            fits,
            combined: result.and_then(|r| r.combined.fit).map(banded),
            skills,
            seats,
        }
    }
}

impl TeamReport {
    /// Builds the report of `team`: its coverage, the advisor's answer for its inputs and the
    /// seats filled with its members, keeping `pins`. With `anonymise`, people's names become
    /// "Member 1", "Member 2", ... in member order.
    ///
    /// Fails when a pin cannot be kept (a seat the advice does not have, a person not on the
    /// team, or a framework the content does not know).
    pub fn new(
        team: &Team,
        content: &Content,
        pins: &[Pin],
        anonymise: bool,
    ) -> Result<Self, StaffingError> {
        let staffing = staff(team, content, pins)?;
        let covered = coverage(team, &content.catalog, &content.quiz);
        let names = Names::new(team, anonymise);
        let short_names: HashMap<&str, &str> = content
            .catalog
            .roles
            .iter()
            .map(|r| (r.id.as_str(), r.short_name.as_str()))
            .collect();
        let short = |role: &str| short_names.get(role).copied().unwrap_or(role).to_owned();
        let responsibilities: Vec<ResponsibilityHeading> = covered
            .responsibilities
            .iter()
            .map(|r| ResponsibilityHeading {
                id: r.id.clone(),
                title: r.title.clone(),
                role_short_name: short(&r.role),
            })
            .collect();
        let members = team
            .members
            .iter()
            .enumerate()
            .map(|(index, member)| {
                MemberRow::new(
                    member,
                    names.by_index(index),
                    content,
                    &responsibilities,
                    &staffing,
                )
            })
            .collect();
        let coverage = covered
            .responsibilities
            .into_iter()
            .map(|r| CoverageLine {
                role_short_name: short(&r.role),
                strongest: r.strongest.iter().map(|m| names.of(m)).collect(),
                skill: r.skill.zip(r.band),
                gap: r.gap,
                learn_next: r.learn_next,
                id: r.id,
                title: r.title,
            })
            .collect();
        let person = |c: &Candidate| PersonFit {
            name: names.of(&c.member),
            fit: c.fit,
            band: c.band,
        };
        let seats = staffing
            .seats
            .iter()
            .map(|s| SeatLine {
                id: s.seat.id(),
                title: s.title.clone(),
                holder: s.holder.as_ref().map(person),
                pinned: s.pinned,
                runner_up: s.runner_up.as_ref().map(person),
            })
            .collect();
        let framework = content
            .advisor
            .framework(&staffing.framework)
            .map(|f| FrameworkLine {
                id: f.id.clone(),
                name: f.name.clone(),
                rule: f.rule.clone(),
                source: f.source.clone(),
            })
            // `staff` has already found it; this only keeps the types honest.
            .ok_or_else(|| StaffingError::UnknownFramework {
                framework: staffing.framework.clone(),
            })?;
        Ok(Self {
            name: team.name.clone(),
            anonymised: anonymise,
            framework,
            advice: TeamSection::new(&team.inputs, &content.advisor),
            responsibilities,
            members,
            coverage,
            seats,
            staffing_note: staffing.note,
            total_fit: staffing.total_fit,
            pin_cost: staffing.pin_cost,
        })
    }

    /// The report's heading in `tr`'s language: the title, and the team's name when there is
    /// one.
    pub fn title(&self, tr: &Translator) -> String {
        let name = self.name.trim();
        let title = tr.tr("export-team-title");
        if name.is_empty() {
            title
        } else {
            format!("{title}: {name}")
        }
    }
}

/// The name to show for each member: their own, or "Member N" by their place on the team.
struct Names {
    /// Shown name by profile id, for results that name members by [`MemberRef`].
    by_id: HashMap<String, String>,
    /// Shown name by position.
    in_order: Vec<String>,
}

impl Names {
    fn new(team: &Team, anonymise: bool) -> Self {
        let in_order: Vec<String> = team
            .members
            .iter()
            .enumerate()
            .map(|(index, member)| {
                if anonymise {
                    format!("Member {}", index + 1)
                } else {
                    member.name.clone()
                }
            })
            .collect();
        let by_id = team
            .members
            .iter()
            .zip(&in_order)
            .map(|(member, shown)| (member.profile_id.clone(), shown.clone()))
            .collect();
        Self { by_id, in_order }
    }

    fn by_index(&self, index: usize) -> String {
        self.in_order.get(index).cloned().unwrap_or_default()
    }

    /// The shown name of a member a result names. Every such member is on the team; should
    /// one not be, an anonymised report still must not show their real name.
    fn of(&self, member: &MemberRef) -> String {
        self.by_id
            .get(&member.profile_id)
            .cloned()
            .unwrap_or_else(|| "another member".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::Profile;
    use crate::domain::quiz::score;
    use crate::domain::team::Seat;

    /// A member who answers every PM item `pm` and every PO item `po` (0-4).
    fn member(content: &Content, name: &str, id: &str, pm: u8, po: u8) -> Member {
        let mut profile = Profile::new(name);
        profile.notes = "private".to_owned();
        for item in content.quiz.items() {
            let level = if item.responsibility.starts_with("pm-") {
                pm
            } else {
                po
            };
            profile.answers.set(item.id.clone(), level);
        }
        let result = score(&content.quiz, &profile.answers).unwrap();
        profile.record_result(
            result,
            time::macros::datetime!(2026-11-20 10:00 UTC),
            crate::i18n::Language::English,
        );
        Member::from_profile(&profile, id)
    }

    fn team(content: &Content) -> Team {
        let mut team = Team::new("Payments", "scrum");
        team.add_or_update(member(content, "Ana", "id-ana", 4, 0))
            .unwrap();
        team.add_or_update(member(content, "Bo", "id-bo", 0, 4))
            .unwrap();
        team.add_or_update(member(content, "Cy", "id-cy", 2, 3))
            .unwrap();
        team
    }

    #[test]
    fn names_are_kept_or_replaced_everywhere() {
        let content = Content::shipped().unwrap();
        let team = team(&content);
        let plain = TeamReport::new(&team, &content, &[], false).unwrap();
        assert_eq!(
            plain.title(&Translator::new(crate::i18n::Language::English)),
            "Career Explorer team report: Payments"
        );
        let names: Vec<&str> = plain.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Bo", "Cy"]);
        let anon = TeamReport::new(&team, &content, &[], true).unwrap();
        let names: Vec<&str> = anon.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Member 1", "Member 2", "Member 3"]);
        let shown = format!("{anon:?}");
        for real in ["Ana", "Bo\"", "Cy", "id-ana", "id-bo", "id-cy"] {
            assert!(!shown.contains(real), "{real} in {shown}");
        }
        // The same people in the same places, only renamed.
        for (p, a) in plain.seats.iter().zip(&anon.seats) {
            let index = |name: &str| names_index(&plain, name);
            assert_eq!(
                p.holder
                    .as_ref()
                    .map(|h| format!("Member {}", index(&h.name))),
                a.holder.as_ref().map(|h| h.name.clone())
            );
            assert_eq!(
                p.runner_up
                    .as_ref()
                    .map(|h| format!("Member {}", index(&h.name))),
                a.runner_up.as_ref().map(|h| h.name.clone())
            );
        }
        for (p, a) in plain.coverage.iter().zip(&anon.coverage) {
            let renamed: Vec<String> = p
                .strongest
                .iter()
                .map(|n| format!("Member {}", names_index(&plain, n)))
                .collect();
            assert_eq!(renamed, a.strongest);
        }
    }

    fn names_index(report: &TeamReport, name: &str) -> usize {
        report.members.iter().position(|m| m.name == name).unwrap() + 1
    }

    #[test]
    fn rows_coverage_and_seats_come_from_the_team() {
        let content = Content::shipped().unwrap();
        let team = team(&content);
        let report = TeamReport::new(&team, &content, &[], false).unwrap();
        assert_eq!(report.responsibilities.len(), 10);
        assert!(report.members.iter().all(|m| m.skills.len() == 10));
        assert_eq!(report.members[0].taken.as_deref(), Some("2026-11-20"));
        let ana_pm = report.members[0].fits[0].1.unwrap().0;
        let bo_pm = report.members[1].fits[0].1.unwrap().0;
        assert!(ana_pm > bo_pm, "{ana_pm} {bo_pm}");
        // Ana is strongest at every PM responsibility, Bo at every PO one.
        for line in &report.coverage {
            let expected = if line.role_short_name == "PM" {
                "Ana"
            } else {
                "Bo"
            };
            assert_eq!(line.strongest, [expected], "{}", line.id);
            assert!(!line.gap);
        }
        assert_eq!(report.framework.id, "scrum");
        assert_eq!(report.pin_cost, 0);
        assert!(!report.seats.is_empty());
    }

    #[test]
    fn pins_are_kept_and_bad_pins_refused() {
        let content = Content::shipped().unwrap();
        let team = team(&content);
        let free = TeamReport::new(&team, &content, &[], false).unwrap();
        let seat = Seat::from_id(&free.seats[0].id).unwrap();
        let pin = Pin {
            seat,
            profile_id: "id-cy".to_owned(),
        };
        let pinned = TeamReport::new(&team, &content, &[pin], false).unwrap();
        assert_eq!(pinned.seats[0].holder.as_ref().unwrap().name, "Cy");
        assert!(pinned.seats[0].pinned);
        assert!(pinned.total_fit + pinned.pin_cost == free.total_fit);
        let stranger = Pin {
            seat,
            profile_id: "nobody".to_owned(),
        };
        assert!(TeamReport::new(&team, &content, &[stranger], false).is_err());
    }
}
