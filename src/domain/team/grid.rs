//! The heat map's numbers.
//!
//! Every member's skill, interest and fit for every responsibility, their seat fits, and the
//! rows in the order and filter the lead chose.

use super::{Seat, Team};
use crate::domain::advisor::StaffingTexts;
use crate::domain::catalog::Catalog;
use crate::domain::quiz::Quiz;

/// Which number a heat map cell shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Measure {
    /// How skilled the person says they are.
    #[default]
    Skill,
    /// How much they like the work.
    Interest,
    /// Skill and interest weighted as the quiz weighs a role's fit.
    Fit,
}

impl Measure {
    /// Every measure, in toggle order.
    pub const ALL: [Self; 3] = [Self::Skill, Self::Interest, Self::Fit];

    /// Its name on the toggle.
    pub fn label(self) -> &'static str {
        match self {
            Self::Skill => "Skill",
            Self::Interest => "Interest",
            Self::Fit => "Fit",
        }
    }
}

/// How the heat map's rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// By name, A to Z.
    #[default]
    Name,
    /// Highest product manager fit first.
    PmFit,
    /// Highest product owner fit first.
    PoFit,
    /// Highest combined fit first.
    CombinedFit,
}

impl SortBy {
    /// Every order, as offered.
    pub const ALL: [Self; 4] = [Self::Name, Self::PmFit, Self::PoFit, Self::CombinedFit];

    /// Its name on the toggle.
    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::PmFit => "PM fit",
            Self::PoFit => "PO fit",
            Self::CombinedFit => "Combined fit",
        }
    }
}

/// One member's numbers for one responsibility; `None` where their result has none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Skill, 0-100.
    pub skill: Option<u8>,
    /// Interest, 0-100.
    pub interest: Option<u8>,
    /// Skill and interest weighted as the quiz weighs a role's fit, 0-100.
    pub fit: Option<u8>,
}

impl Cell {
    /// The number `measure` picks.
    pub fn get(self, measure: Measure) -> Option<u8> {
        match measure {
            Measure::Skill => self.skill,
            Measure::Interest => self.interest,
            Measure::Fit => self.fit,
        }
    }
}

/// One member's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// Their name.
    pub name: String,
    /// Their profile id.
    pub profile_id: String,
    /// Their fit for the product manager seat.
    pub pm_fit: Option<u8>,
    /// Their fit for a product owner seat.
    pub po_fit: Option<u8>,
    /// Their combined fit.
    pub combined_fit: Option<u8>,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// The name in lower case, for filtering without allocating every frame.
    lower_name: String,
}

/// A column: one responsibility.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridColumn {
    /// Responsibility id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its role's abbreviation, e.g. "PM".
    pub role_short: String,
}

/// The heat map: responsibilities across, members down, in team order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// The responsibilities, in catalog order.
    pub columns: Vec<GridColumn>,
    /// The members, in team order.
    pub rows: Vec<GridRow>,
}

/// The heat map of `team`: each member's scores for each responsibility of `catalog`, fit
/// weighted by `quiz`'s weights, and their seat fits as `texts` define the seats.
pub fn grid(team: &Team, catalog: &Catalog, quiz: &Quiz, texts: &StaffingTexts) -> Grid {
    let columns: Vec<GridColumn> = catalog
        .roles
        .iter()
        .flat_map(|role| {
            role.responsibilities.iter().map(|r| GridColumn {
                id: r.id.clone(),
                title: r.title.clone(),
                role_short: role.short_name.clone(),
            })
        })
        .collect();
    let scoring = quiz.scoring();
    let (skill_weight, interest_weight) = (
        u32::from(scoring.skill_weight),
        u32::from(scoring.interest_weight),
    );
    let fit = |skill: u8, interest: u8| -> Option<u8> {
        let total = skill_weight + interest_weight;
        let weighted = skill_weight * u32::from(skill) + interest_weight * u32::from(interest);
        u8::try_from((weighted + total / 2).checked_div(total)?).ok()
    };
    let rows = team
        .members
        .iter()
        .map(|member| {
            let result = member.result();
            let cells = columns
                .iter()
                .map(|column| {
                    let Some(score) = result.and_then(|r| r.responsibility(&column.id)) else {
                        return Cell::default();
                    };
                    Cell {
                        skill: score.skill,
                        interest: score.interest,
                        fit: score.skill.zip(score.interest).and_then(|(s, i)| fit(s, i)),
                    }
                })
                .collect();
            GridRow {
                name: member.name.clone(),
                profile_id: member.profile_id.clone(),
                pm_fit: Seat::ProductManager.fit_of(member, texts),
                po_fit: Seat::ProductOwner(1).fit_of(member, texts),
                combined_fit: Seat::Combined.fit_of(member, texts),
                cells,
                lower_name: member.name.to_lowercase(),
            }
        })
        .collect();
    Grid { columns, rows }
}

impl Grid {
    /// The rows to show, as indices into [`Grid::rows`]: those whose name contains `filter`
    /// (any case), in `sort` order. Fits sort highest first with missing ones last; ties and
    /// names sort A to Z, then by team order, so the order is stable.
    pub fn order(&self, sort: SortBy, filter: &str) -> Vec<usize> {
        let needle = filter.trim().to_lowercase();
        let mut shown: Vec<usize> = (0..self.rows.len())
            .filter(|&i| needle.is_empty() || self.rows[i].lower_name.contains(&needle))
            .collect();
        let key = |row: &GridRow| match sort {
            SortBy::Name => None,
            SortBy::PmFit => row.pm_fit,
            SortBy::PoFit => row.po_fit,
            SortBy::CombinedFit => row.combined_fit,
        };
        shown.sort_by(|&a, &b| {
            let (ra, rb) = (&self.rows[a], &self.rows[b]);
            // `None` sorts below every fit: reversed, it comes last.
            key(rb)
                .cmp(&key(ra))
                .then_with(|| ra.lower_name.cmp(&rb.lower_name))
                .then_with(|| a.cmp(&b))
        });
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::team::testing::*;

    fn names(grid: &Grid, order: &[usize]) -> Vec<String> {
        order.iter().map(|&i| grid.rows[i].name.clone()).collect()
    }

    #[test]
    fn cells_hold_the_snapshot_scores_and_a_weighted_fit() {
        let content = content();
        let ana = member_answering("Ana", "a", |role, kind| match (role, kind) {
            ("pm", Kind::Skill) => 4,
            ("pm", Kind::Interest) => 0,
            _ => 2,
        });
        let team = team_of(vec![ana, no_result("Bo", "b")]);
        let grid = grid(
            &team,
            &content.catalog,
            &content.quiz,
            &content.advisor.staffing,
        );
        assert_eq!(grid.columns.len(), 10);
        let vision = grid
            .columns
            .iter()
            .position(|c| c.id == "pm-vision")
            .unwrap();
        let cell = grid.rows[0].cells[vision];
        assert_eq!((cell.skill, cell.interest), (Some(100), Some(0)));
        let scoring = content.quiz.scoring();
        let expected = (u32::from(scoring.skill_weight) * 100
            + u32::from(scoring.skill_weight + scoring.interest_weight) / 2)
            / u32::from(scoring.skill_weight + scoring.interest_weight);
        assert_eq!(cell.fit.map(u32::from), Some(expected));
        assert_eq!(cell.get(Measure::Interest), Some(0));
        assert!(grid.rows[0].pm_fit.is_some());
        assert_eq!(grid.rows[1].cells[vision], Cell::default());
        assert_eq!(grid.rows[1].pm_fit, None);
    }

    #[test]
    fn rows_sort_by_fit_with_missing_last_and_filter_by_name() {
        let content = content();
        let team = team_of(vec![
            member_with_fits("Cy", "c", Some(50), Some(90)),
            no_result("Al", "a"),
            member_with_fits("Bo", "b", Some(80), Some(40)),
            member_with_fits("bea", "d", Some(80), Some(10)),
        ]);
        let grid = grid(
            &team,
            &content.catalog,
            &content.quiz,
            &content.advisor.staffing,
        );
        assert_eq!(
            names(&grid, &grid.order(SortBy::Name, "")),
            ["Al", "bea", "Bo", "Cy"]
        );
        assert_eq!(
            names(&grid, &grid.order(SortBy::PmFit, "")),
            ["bea", "Bo", "Cy", "Al"]
        );
        assert_eq!(
            names(&grid, &grid.order(SortBy::PoFit, "")),
            ["Cy", "Bo", "bea", "Al"]
        );
        assert_eq!(
            names(&grid, &grid.order(SortBy::PoFit, " B ")),
            ["Bo", "bea"]
        );
        assert!(grid.order(SortBy::Name, "zz").is_empty());
    }
}
