//! Staffing: the advisor's verdict for a team turned into seats, and the seats filled with the
//! team's people as an assignment problem.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::assignment::{PinProblem, assign};
use super::{Member, MemberRef, StaffingError, Team};
use crate::domain::Content;
use crate::domain::advisor::{Advice, Framework, StaffingTexts, TeamProfile, Verdict, advise};
use crate::domain::quiz::Band;
use crate::i18n::Translator;

/// A seat to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    /// One person as both product manager and product owner (the advice is Combine).
    Combined,
    /// The product manager (the advice is Split, or has no clear winner).
    ProductManager,
    /// A product owner, numbered from 1 (as many as the framework asks for).
    ProductOwner(u32),
}

impl Seat {
    /// Stable id: `combined`, `product-manager`, `product-owner-1`, ...
    pub fn id(self) -> String {
        match self {
            Self::Combined => "combined".to_owned(),
            Self::ProductManager => "product-manager".to_owned(),
            Self::ProductOwner(n) => format!("product-owner-{n}"),
        }
    }

    /// The seat with this id, as [`Seat::id`] writes it.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "combined" => Some(Self::Combined),
            "product-manager" => Some(Self::ProductManager),
            _ => id
                .strip_prefix("product-owner-")
                .filter(|n| !n.starts_with(['0', '+']))
                .and_then(|n| n.parse().ok())
                .map(Self::ProductOwner),
        }
    }

    /// The seat's title from the advisor rules' texts; product owner seats are numbered
    /// when there are several (`owners`): "Product Owner 2". This is the exports' form; the
    /// window and the messages use [`Seat::title_in`].
    pub fn title(self, texts: &StaffingTexts, owners: u32) -> String {
        match self.number(owners) {
            Some(n) => format!("{} {n}", self.name(texts)),
            None => self.name(texts).to_owned(),
        }
    }

    /// [`Seat::title`] in `tr`'s language: the number placed as the language places it
    /// ("Product Owner 2"); this is the window's and the messages' form.
    pub fn title_in(self, texts: &StaffingTexts, owners: u32, tr: &Translator) -> String {
        match self.number(owners) {
            Some(number) => tr.tr_args(
                "team-seat-numbered",
                &[("seat", self.name(texts).into()), ("number", number.into())],
            ),
            None => self.name(texts).to_owned(),
        }
    }

    /// The name of the seat's kind from the advisor rules' texts, never numbered.
    pub fn name(self, texts: &StaffingTexts) -> &str {
        match self {
            Self::Combined => &texts.combined_seat,
            Self::ProductManager => &texts.manager_seat,
            Self::ProductOwner(_) => &texts.owner_seat,
        }
    }

    /// The number that tells this seat from others of its kind: a product owner seat's,
    /// when there are several (`owners`); `None` for a seat that is the only one of its kind.
    pub fn number(self, owners: u32) -> Option<u32> {
        match self {
            Self::ProductOwner(n) if owners > 1 => Some(n),
            Self::Combined | Self::ProductManager | Self::ProductOwner(_) => None,
        }
    }

    /// A member's fit for this seat: their fit for the seat's role, or their combined fit for
    /// the combined seat. `None` without a result, or when a partial result has no fit yet.
    pub fn fit_of(self, member: &Member, texts: &StaffingTexts) -> Option<u8> {
        let result = member.result()?;
        let role_fit = |role: &str| result.role(role)?.fit.as_ref().map(|f| f.value);
        match self {
            Self::Combined => result.combined.fit,
            Self::ProductManager => role_fit(&texts.manager_role),
            Self::ProductOwner(_) => role_fit(&texts.owner_role),
        }
    }
}

impl fmt::Display for Seat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

/// The seats for a verdict: Combine gives one combined seat; Split and no clear winner give a
/// product manager seat and the product owner seats `framework` asks for with `inputs`'
/// number of teams.
pub fn seats(verdict: Verdict, framework: &Framework, inputs: &TeamProfile) -> Vec<Seat> {
    match verdict {
        Verdict::Combine => vec![Seat::Combined],
        Verdict::Split | Verdict::NoClearWinner => std::iter::once(Seat::ProductManager)
            .chain((1..=framework.product_owners_needed(inputs)).map(Seat::ProductOwner))
            .collect(),
    }
}

/// The lead's choice of a person for a seat.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pin {
    /// The seat.
    pub seat: Seat,
    /// The profile id of the member who must hold it.
    pub profile_id: String,
}

/// A member and their fit for a seat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// Who.
    pub member: MemberRef,
    /// Their fit for the seat, 0-100.
    pub fit: u8,
    /// The band of that fit.
    pub band: Band,
}

/// One seat and who fills it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SeatStaffing {
    /// The seat.
    pub seat: Seat,
    /// Its title, e.g. "Product Owner 2".
    pub title: String,
    /// Who holds it, with the fit and band that put them there; `None` when nobody left can
    /// (fewer candidates than seats): the seat is reported unfilled, never invented.
    pub holder: Option<Candidate>,
    /// Whether the lead pinned the holder here.
    pub pinned: bool,
    /// Who came next for this seat: the fittest candidate who holds no seat.
    pub runner_up: Option<Candidate>,
    /// Why the holder holds it rather than someone fitter; `None` when nobody does.
    pub reason: Option<SeatReason>,
}

/// Why a seat's holder is there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatReason {
    /// The lead pinned them.
    Pinned,
    /// Nobody on the team fits the seat better.
    Fittest,
    /// Someone fits it better but holds a seat of another kind (named by its title): the
    /// seats together add up to more that way.
    FitterElsewhere {
        /// The fitter person, with their fit for this seat.
        candidate: Candidate,
        /// The title of the seat they hold.
        seat_title: String,
    },
    /// Only people holding other seats of the same kind (other product owners) fit it better.
    FitterInSameSeats,
}

/// The advice for a team turned into filled seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Staffing {
    /// The advisor's answer for the team's inputs, with its reasons.
    pub advice: Advice,
    /// The advice had no clear winner, so the seats are those of a split.
    pub assumed_split: bool,
    /// What to say about that (from `data/advisor.ron`); `None` when the advice is clear.
    pub note: Option<String>,
    /// Id of the framework that set the number of product owner seats.
    pub framework: String,
    /// The seats in order: combined, or product manager then product owners.
    pub seats: Vec<SeatStaffing>,
    /// The sum of the holders' fits.
    pub total_fit: u32,
    /// The sum the best assignment without pins would reach.
    pub unpinned_total_fit: u32,
    /// What the pins cost: `unpinned_total_fit - total_fit`, never negative.
    pub pin_cost: u32,
}

impl Staffing {
    /// The staffing of one seat.
    pub fn seat(&self, seat: Seat) -> Option<&SeatStaffing> {
        self.seats.iter().find(|s| s.seat == seat)
    }

    /// The seats nobody could fill.
    pub fn unfilled(&self) -> impl Iterator<Item = &SeatStaffing> {
        self.seats.iter().filter(|s| s.holder.is_none())
    }
}

/// Advises on `team`'s inputs and fills the resulting seats with its members.
///
/// The seats are filled as an assignment problem (Kuhn-Munkres): no person holds two seats,
/// the total fit is the largest possible, and every pin is kept, with the rest filled around
/// the pinned people. Members without a fit for a seat (no result yet, or a partial one) are
/// not candidates for it.
pub fn staff(team: &Team, content: &Content, pins: &[Pin]) -> Result<Staffing, StaffingError> {
    let rules = &content.advisor;
    let texts = &rules.staffing;
    let framework =
        rules
            .framework(&team.framework)
            .ok_or_else(|| StaffingError::UnknownFramework {
                framework: team.framework.clone(),
            })?;
    let advice = advise(&team.inputs, rules);
    let seat_list = seats(advice.verdict, framework, &team.inputs);
    let owners = framework.product_owners_needed(&team.inputs);
    let members = &team.members;
    let fits: Vec<Vec<Option<u8>>> = seat_list
        .iter()
        .map(|seat| members.iter().map(|m| seat.fit_of(m, texts)).collect())
        .collect();
    let pin_indices = pin_indices(team, &seat_list, pins)?;
    let problem = |problem| pin_error(problem, team, &seat_list);
    let chosen = assign(&fits, members.len(), &pin_indices).map_err(problem)?;
    // Without pins the pinned optimum is the unpinned one; solving it again would double the
    // cost for the common case.
    let unpinned_total_fit = if pin_indices.is_empty() {
        chosen.total_fit
    } else {
        assign(&fits, members.len(), &[])
            .map_err(problem)?
            .total_fit
    };
    let candidate = |seat: usize, person: usize| -> Option<Candidate> {
        let member = members.get(person)?;
        let fit = fits.get(seat)?.get(person).copied().flatten()?;
        Some(Candidate {
            member: member.to_ref(),
            fit,
            band: content.quiz.band(fit),
        })
    };
    let pinned = |index: usize| pin_indices.iter().any(|&(seat, _)| seat == index);
    // Anyone fitter for a seat than its (unpinned) holder must hold another seat, or
    // swapping them in would have raised the total. Name the fittest such person who holds a
    // seat of another kind; people in seats of the same kind are interchangeable with it.
    let reason = |index: usize, holder: Option<usize>| -> Option<SeatReason> {
        let holder_fit = holder.and_then(|p| fits.get(index)?.get(p).copied().flatten())?;
        if pinned(index) {
            return Some(SeatReason::Pinned);
        }
        let kind = std::mem::discriminant(seat_list.get(index)?);
        let fitter = fits
            .get(index)?
            .iter()
            .enumerate()
            .filter_map(|(person, fit)| fit.filter(|&f| f > holder_fit).map(|f| (person, f)));
        let mut any_fitter = false;
        let mut best_elsewhere: Option<(usize, usize, u8)> = None;
        for (person, fit) in fitter {
            any_fitter = true;
            let Some(other) = chosen.holders.iter().position(|&h| h == Some(person)) else {
                continue;
            };
            let same_kind = seat_list
                .get(other)
                .is_some_and(|s| std::mem::discriminant(s) == kind);
            if !same_kind && best_elsewhere.is_none_or(|(_, _, best)| fit > best) {
                best_elsewhere = Some((person, other, fit));
            }
        }
        Some(match best_elsewhere {
            Some((person, other, _)) => SeatReason::FitterElsewhere {
                candidate: candidate(index, person)?,
                seat_title: seat_list.get(other)?.title(texts, owners),
            },
            None if any_fitter => SeatReason::FitterInSameSeats,
            None => SeatReason::Fittest,
        })
    };
    let seats = seat_list
        .iter()
        .enumerate()
        .map(|(index, &seat)| {
            let holder = chosen.holders.get(index).copied().flatten();
            SeatStaffing {
                reason: reason(index, holder),
                seat,
                title: seat.title(texts, owners),
                holder: holder.and_then(|person| candidate(index, person)),
                pinned: pinned(index),
                runner_up: chosen
                    .runner_up(&fits, members.len(), index)
                    .and_then(|person| candidate(index, person)),
            }
        })
        .collect();
    let assumed_split = advice.verdict == Verdict::NoClearWinner;
    Ok(Staffing {
        note: assumed_split.then(|| texts.no_clear_winner.clone()),
        assumed_split,
        framework: framework.id.clone(),
        seats,
        total_fit: chosen.total_fit,
        unpinned_total_fit,
        pin_cost: unpinned_total_fit.saturating_sub(chosen.total_fit),
        advice,
    })
}

/// The pins as (seat, member) indices, refusing seats the advice does not have and people
/// who are not on the team.
fn pin_indices(
    team: &Team,
    seats: &[Seat],
    pins: &[Pin],
) -> Result<Vec<(usize, usize)>, StaffingError> {
    pins.iter()
        .map(|pin| {
            let seat = seats
                .iter()
                .position(|&s| s == pin.seat)
                .ok_or(StaffingError::NoSuchSeat { seat: pin.seat })?;
            let person = team
                .members
                .iter()
                .position(|m| m.profile_id == pin.profile_id)
                .ok_or_else(|| StaffingError::UnknownMember {
                    profile_id: pin.profile_id.clone(),
                })?;
            Ok((seat, person))
        })
        .collect()
}

/// A pin problem in the team's words.
fn pin_error(problem: PinProblem, team: &Team, seats: &[Seat]) -> StaffingError {
    let name = |person: usize| {
        team.members
            .get(person)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let seat = |index: usize| seats.get(index).copied().unwrap_or(Seat::Combined);
    match problem {
        // `pin_indices` only gives indices inside the table.
        PinProblem::OutOfRange { seat: index, .. } => {
            StaffingError::NoSuchSeat { seat: seat(index) }
        }
        PinProblem::SeatTwice { seat: index } => {
            StaffingError::SeatPinnedTwice { seat: seat(index) }
        }
        PinProblem::PersonTwice { person } => {
            StaffingError::PersonPinnedTwice { name: name(person) }
        }
        PinProblem::NoFit {
            seat: index,
            person,
        } => StaffingError::NoFit {
            name: name(person),
            seat: seat(index),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::Research;
    use crate::domain::team::testing::*;
    use proptest::prelude::*;

    /// A team the advice splits: 250 engineers in `teams` teams, full-time research.
    fn split_inputs(teams: u32) -> TeamProfile {
        TeamProfile {
            engineers: 250,
            teams,
            research: Research::FullTime,
            backlog_complexity: 5,
            switching: 1,
            speed_priority: 1,
        }
    }

    fn holder(staffing: &Staffing, seat: Seat) -> Option<(&str, u8)> {
        let holder = staffing.seat(seat)?.holder.as_ref()?;
        Some((holder.member.name.as_str(), holder.fit))
    }

    fn pin(seat: Seat, id: &str) -> Pin {
        Pin {
            seat,
            profile_id: id.to_owned(),
        }
    }

    #[test]
    fn combine_gives_one_seat_for_the_best_combined_fit() {
        let content = content();
        let team = team_of(vec![
            member_with_fits("Ana", "a", Some(90), Some(40)),
            member_with_fits("Bo", "b", Some(60), Some(70)),
            no_result("Cy", "c"),
        ]);
        let staffing = staff(&team, content, &[]).unwrap();
        assert_eq!(staffing.advice.verdict, Verdict::Combine);
        assert!(!staffing.assumed_split && staffing.note.is_none());
        assert_eq!(staffing.seats.len(), 1);
        let seat = &staffing.seats[0];
        assert_eq!(seat.seat, Seat::Combined);
        assert_eq!(seat.title, "Product Manager and Product Owner");
        let chosen = seat.holder.as_ref().unwrap();
        assert_eq!((chosen.member.name.as_str(), chosen.fit), ("Bo", 60));
        assert_eq!(chosen.band, content.quiz.band(60));
        let next = seat.runner_up.as_ref().unwrap();
        assert_eq!((next.member.name.as_str(), next.fit), ("Ana", 40));
        assert!(!seat.pinned);
        assert_eq!((staffing.total_fit, staffing.pin_cost), (60, 0));
    }

    #[test]
    fn split_fills_a_manager_and_the_framework_s_product_owners() {
        let content = content();
        let mut team = team_of(vec![
            member_with_fits("Ana", "a", Some(90), Some(85)),
            member_with_fits("Bo", "b", Some(80), Some(10)),
            member_with_fits("Cy", "c", Some(20), Some(70)),
            member_with_fits("Di", "d", Some(30), Some(60)),
            member_with_fits("Ed", "e", Some(10), Some(50)),
        ]);
        team.inputs = split_inputs(5);
        team.framework = "safe".into();
        let staffing = staff(&team, content, &[]).unwrap();
        assert_eq!(staffing.advice.verdict, Verdict::Split);
        assert_eq!(staffing.framework, "safe");
        let seats: Vec<Seat> = staffing.seats.iter().map(|s| s.seat).collect();
        assert_eq!(
            seats,
            [
                Seat::ProductManager,
                Seat::ProductOwner(1),
                Seat::ProductOwner(2),
                Seat::ProductOwner(3)
            ]
        );
        let titles: Vec<&str> = staffing.seats.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Product Manager",
                "Product Owner 1",
                "Product Owner 2",
                "Product Owner 3"
            ]
        );
        // Bo is the manager (80), so Ana (85), Cy and Di are free for product owner seats:
        // 80 + 85 + 70 + 60 = 295, more than Ana as manager (90 + 70 + 60 + 50 = 270).
        assert_eq!(holder(&staffing, Seat::ProductManager), Some(("Bo", 80)));
        let mut owners: Vec<&str> = (1..=3)
            .filter_map(|n| holder(&staffing, Seat::ProductOwner(n)))
            .map(|(name, _)| name)
            .collect();
        owners.sort_unstable();
        assert_eq!(owners, ["Ana", "Cy", "Di"]);
        assert_eq!(staffing.total_fit, 295);
        // Ana fits the manager's seat better than Bo but is a product owner; Bo fits no owner
        // seat better than its holder; only Ana, another owner, fits Cy's and Di's better.
        let reasons: Vec<Option<SeatReason>> =
            staffing.seats.iter().map(|s| s.reason.clone()).collect();
        let Some(SeatReason::FitterElsewhere {
            candidate,
            seat_title,
        }) = &reasons[0]
        else {
            panic!("{reasons:?}");
        };
        assert_eq!((candidate.member.name.as_str(), candidate.fit), ("Ana", 90));
        assert!(seat_title.starts_with("Product Owner "), "{seat_title}");
        for seat in &staffing.seats[1..] {
            let expected = if holder(&staffing, seat.seat).is_some_and(|(name, _)| name == "Ana") {
                SeatReason::Fittest
            } else {
                SeatReason::FitterInSameSeats
            };
            assert_eq!(seat.reason, Some(expected), "{}", seat.title);
        }
        // Ed is the only one left, so he came next for every seat.
        for seat in &staffing.seats {
            let next = seat.runner_up.as_ref().map(|c| c.member.name.as_str());
            assert_eq!(next, Some("Ed"), "{}", seat.title);
        }
    }

    #[test]
    fn no_clear_winner_is_a_split_that_says_so() {
        let content = content();
        let mut team = team_of(vec![member_with_fits("Ana", "a", Some(50), Some(50))]);
        team.inputs = TeamProfile {
            engineers: 40,
            teams: 2,
            research: Research::PartTime,
            backlog_complexity: 3,
            switching: 3,
            speed_priority: 3,
        };
        let staffing = staff(&team, content, &[]).unwrap();
        assert_eq!(staffing.advice.verdict, Verdict::NoClearWinner);
        assert!(staffing.assumed_split);
        assert_eq!(
            staffing.note.as_deref(),
            Some(content.advisor.staffing.no_clear_winner.as_str())
        );
        // Scrum: one product owner, whatever the number of teams; its seat is not numbered.
        let titles: Vec<&str> = staffing.seats.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Product Manager", "Product Owner"]);
        // One person for two seats: one is filled, the other reported unfilled.
        assert_eq!(staffing.unfilled().count(), 1);
        assert_eq!(staffing.total_fit, 50);
    }

    #[test]
    fn only_product_owner_seats_of_several_are_numbered() {
        let texts = &content().advisor.staffing;
        assert_eq!(Seat::ProductOwner(2).number(3), Some(2), "one of three");
        assert_eq!(Seat::ProductOwner(1).number(1), None, "the only one");
        assert_eq!(Seat::ProductManager.number(3), None, "one manager");
        assert_eq!(Seat::Combined.number(3), None, "one combined seat");
        assert_eq!(
            Seat::ProductOwner(2).name(texts),
            texts.owner_seat,
            "unnumbered"
        );
        assert_eq!(
            Seat::ProductOwner(2).title(texts, 3),
            format!("{} 2", texts.owner_seat),
            "the exports' title"
        );
        assert_eq!(Seat::ProductManager.title(texts, 3), texts.manager_seat);
    }

    #[test]
    fn seats_without_candidates_stay_unfilled() {
        let content = content();
        let mut team = team_of(vec![
            no_result("Di", "d"),
            member_with_fits("Ed", "e", Some(70), None),
        ]);
        team.inputs = split_inputs(4);
        team.framework = "less".into();
        let staffing = staff(&team, content, &[]).unwrap();
        assert_eq!(holder(&staffing, Seat::ProductManager), Some(("Ed", 70)));
        // Ed's partial result has no PO fit, and Di has no result: nobody can own the backlog.
        let po = staffing.seat(Seat::ProductOwner(1)).unwrap();
        assert!(po.holder.is_none() && po.runner_up.is_none());
        assert_eq!(po.title, "Product Owner");
        // An empty team: every seat is unfilled.
        let empty = staff(&team_of(Vec::new()), content, &[]).unwrap();
        assert_eq!(empty.unfilled().count(), empty.seats.len());
        assert_eq!(empty.total_fit, 0);
    }

    #[test]
    fn pins_are_kept_and_priced() {
        let content = content();
        let mut team = team_of(vec![
            member_with_fits("Ana", "a", Some(90), Some(85)),
            member_with_fits("Bo", "b", Some(80), Some(10)),
        ]);
        team.inputs = split_inputs(1);
        let free = staff(&team, content, &[]).unwrap();
        assert_eq!(free.total_fit, 165);
        let pinned = staff(&team, content, &[pin(Seat::ProductManager, "a")]).unwrap();
        assert_eq!(holder(&pinned, Seat::ProductManager), Some(("Ana", 90)));
        assert_eq!(holder(&pinned, Seat::ProductOwner(1)), Some(("Bo", 10)));
        assert!(pinned.seat(Seat::ProductManager).unwrap().pinned);
        assert!(!pinned.seat(Seat::ProductOwner(1)).unwrap().pinned);
        assert_eq!(
            (pinned.total_fit, pinned.unpinned_total_fit, pinned.pin_cost),
            (100, 165, 65)
        );
        // Pinning the optimum costs nothing.
        let same = staff(&team, content, &[pin(Seat::ProductManager, "b")]).unwrap();
        assert_eq!(same.pin_cost, 0);
    }

    #[test]
    fn pins_that_cannot_be_kept_are_refused() {
        let content = content();
        let mut team = team_of(vec![
            member_with_fits("Ana", "a", Some(90), Some(85)),
            no_result("Cy", "c"),
        ]);
        team.inputs = split_inputs(1);
        let err = |pins: &[Pin]| staff(&team, content, pins).unwrap_err().to_string();
        assert_eq!(
            err(&[pin(Seat::Combined, "a")]),
            "there is no combined seat now; the advice for this team has other seats"
        );
        assert_eq!(
            err(&[pin(Seat::ProductManager, "zz")]),
            "no member has the profile id `zz`"
        );
        assert_eq!(
            err(&[
                pin(Seat::ProductManager, "a"),
                pin(Seat::ProductOwner(1), "a")
            ]),
            "Ana is pinned to two seats; a person holds one seat"
        );
        assert_eq!(
            err(&[
                pin(Seat::ProductOwner(1), "a"),
                pin(Seat::ProductOwner(1), "c")
            ]),
            "the product-owner-1 seat is pinned twice; a seat holds one person"
        );
        assert_eq!(
            err(&[pin(Seat::ProductManager, "c")]),
            "Cy cannot be pinned to the product-manager seat: their quiz result has no fit for it yet"
        );
        team.framework = "kanban".into();
        let err = staff(&team, content, &[]).unwrap_err();
        assert_eq!(err.to_string(), "the framework `kanban` does not exist");
    }

    #[test]
    fn seat_ids() {
        for seat in [
            Seat::Combined,
            Seat::ProductManager,
            Seat::ProductOwner(1),
            Seat::ProductOwner(12),
        ] {
            assert_eq!(Seat::from_id(&seat.id()), Some(seat));
            assert_eq!(seat.to_string(), seat.id());
        }
        for bad in [
            "",
            "manager",
            "product-owner-",
            "product-owner-0",
            "product-owner-+1",
            "product-owner-01",
            "product-owner-x",
        ] {
            assert_eq!(Seat::from_id(bad), None, "{bad}");
        }
        let json = serde_json::to_string(&[Seat::Combined, Seat::ProductOwner(2)]).unwrap();
        assert_eq!(json, r#"["combined",{"product_owner":2}]"#);
    }

    prop_compose! {
        fn arb_case()(
            team in arb_team(5),
            teams in 1..=6u32,
            engineers in prop_oneof![Just(8u32), Just(40), Just(250)],
            framework in prop_oneof![Just("scrum"), Just("safe"), Just("less")],
            wanted in prop::collection::vec((0..4u32, 0..5usize), 0..3),
        ) -> (Team, Vec<(u32, usize)>) {
            let mut team = team;
            team.inputs = TeamProfile { engineers, ..split_inputs(teams) };
            if engineers == 8 {
                team.inputs = TeamProfile { engineers, teams: 1, ..TeamProfile::default() };
            }
            team.framework = framework.to_owned();
            (team, wanted)
        }
    }

    proptest! {
        #[test]
        fn random_teams_are_staffed_soundly((team, wanted) in arb_case()) {
            let content = content();
            let texts = &content.advisor.staffing;
            let free = staff(&team, content, &[]).unwrap();
            // Pins that can be kept: a seat there is, a member with a fit for it, each once.
            let mut pins: Vec<Pin> = Vec::new();
            for (seat, person) in wanted {
                let Some(seat) = free.seats.get(seat as usize).map(|s| s.seat) else { continue };
                let Some(member) = team.members.get(person) else { continue };
                let taken = pins.iter().any(|p| p.seat == seat || p.profile_id == member.profile_id);
                if !taken && seat.fit_of(member, texts).is_some() {
                    pins.push(pin(seat, &member.profile_id));
                }
            }
            let staffing = staff(&team, content, &pins).unwrap();
            let seated: Vec<&str> = staffing.seats.iter()
                .filter_map(|s| s.holder.as_ref())
                .map(|c| c.member.profile_id.as_str())
                .collect();
            let distinct: std::collections::BTreeSet<&str> = seated.iter().copied().collect();
            prop_assert_eq!(distinct.len(), seated.len(), "a person in two seats");
            for p in &pins {
                let seat = staffing.seat(p.seat).unwrap();
                prop_assert_eq!(seat.holder.as_ref().map(|c| c.member.profile_id.as_str()), Some(p.profile_id.as_str()));
                prop_assert!(seat.pinned);
            }
            prop_assert_eq!(staffing.pin_cost, staffing.unpinned_total_fit - staffing.total_fit);
            prop_assert_eq!(staffing.unpinned_total_fit, free.total_fit);
            let total: u32 = staffing.seats.iter().filter_map(|s| s.holder.as_ref()).map(|c| u32::from(c.fit)).sum();
            prop_assert_eq!(total, staffing.total_fit);
            for seat in &staffing.seats {
                if let Some(h) = &seat.holder {
                    let member = team.member(&h.member.profile_id).unwrap();
                    prop_assert_eq!(seat.seat.fit_of(member, texts), Some(h.fit));
                    prop_assert_eq!(h.band, content.quiz.band(h.fit));
                }
                // An unfilled seat has no free candidate: nobody is left out who could sit.
                if seat.holder.is_none() {
                    prop_assert!(seat.runner_up.is_none());
                    for m in &team.members {
                        prop_assert!(distinct.contains(m.profile_id.as_str()) || seat.seat.fit_of(m, texts).is_none());
                    }
                }
                if let Some(next) = &seat.runner_up {
                    prop_assert!(!distinct.contains(next.member.profile_id.as_str()));
                }
            }
        }
    }
}
