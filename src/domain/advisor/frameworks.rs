//! Staffing frameworks (Scrum, SAFe, LeSS) and the seats a team view fills, as read from
//! `data/advisor.ron`.
//!
//! A [`Framework`] says how many product owners a split needs for a number of teams; the
//! [`StaffingTexts`] name the catalog roles whose fits fill the seats and the seats' titles.

use serde::{Deserialize, Serialize};

use super::validation::Checker;
use super::{AdvisorDataError, AdvisorRules, TeamProfile};
use crate::domain::catalog::Catalog;
use crate::domain::data_file::{first_duplicate, is_valid_id};

/// A published way of organising product ownership, with how many product owners it asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Stable kebab-case id, stored in team files (`scrum`, `safe`, `less`).
    pub id: String,
    /// Display name, e.g. "SAFe".
    pub name: String,
    /// The framework's rule on product owners, in one sentence of our own.
    pub rule: String,
    /// Where the rule comes from, e.g. "The Scrum Guide".
    pub source: String,
    /// How many teams one product owner may serve.
    pub product_owners: ProductOwners,
}

/// How many teams one product owner may serve under a framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductOwners {
    /// One product owner for the whole product, however many teams work on it.
    OnePerProduct,
    /// One product owner for at most this many teams (1 or more).
    OnePerTeams(u32),
}

impl Framework {
    /// How many product owners a split needs for `team`'s number of product teams.
    ///
    /// The number of teams is taken at the nearest end of its valid range
    /// ([`TeamProfile::TEAMS_RANGE`]), as the advice does, so the answer is at least 1.
    pub fn product_owners_needed(&self, team: &TeamProfile) -> u32 {
        let teams = team.teams.clamp(
            *TeamProfile::TEAMS_RANGE.start(),
            *TeamProfile::TEAMS_RANGE.end(),
        );
        match self.product_owners {
            ProductOwners::OnePerProduct => 1,
            // Validation refuses 0; `max(1)` keeps unvalidated rules from dividing by it.
            ProductOwners::OnePerTeams(per_owner) => teams.div_ceil(per_owner.max(1)),
        }
    }
}

/// What the team view needs to turn a verdict into seats: the roles behind the seats, their
/// titles, and what to say when the advice is too close to call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffingTexts {
    /// Catalog id of the role whose fit fills the product manager seat.
    pub manager_role: String,
    /// Catalog id of the role whose fit fills the product owner seats.
    pub owner_role: String,
    /// Title of the one seat that holds both roles.
    pub combined_seat: String,
    /// Title of the product manager seat.
    pub manager_seat: String,
    /// Title of a product owner seat; numbered when there are several.
    pub owner_seat: String,
    /// Said when the advice has no clear winner and the seats are those of a split.
    pub no_clear_winner: String,
}

impl AdvisorRules {
    /// The framework with this id.
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    /// The framework a new team starts with: the first one in the file. Loading checks there
    /// is one.
    pub fn default_framework(&self) -> Option<&Framework> {
        self.frameworks.first()
    }

    /// Checks that the staffing roles exist in `catalog`; `file` names the rules in errors.
    ///
    /// Separate from [`AdvisorRules::validate`] because the rules are loaded without the
    /// catalog; [`Content::shipped`](crate::domain::Content::shipped) runs both.
    pub fn validate_roles(&self, file: &str, catalog: &Catalog) -> Result<(), AdvisorDataError> {
        for (field, role) in [
            ("manager_role", &self.staffing.manager_role),
            ("owner_role", &self.staffing.owner_role),
        ] {
            if catalog.role(role).is_none() {
                return Err(AdvisorDataError::UnknownRole {
                    file: file.to_owned(),
                    field,
                    role: role.clone(),
                });
            }
        }
        Ok(())
    }

    /// Checks the frameworks and the staffing texts (called by [`AdvisorRules::validate`]).
    pub(super) fn validate_staffing(&self, file: &str) -> Result<(), AdvisorDataError> {
        let check = Checker { file };
        let staffing = &self.staffing;
        if staffing.manager_role == staffing.owner_role {
            return Err(AdvisorDataError::SameStaffingRole {
                file: file.to_owned(),
                role: staffing.manager_role.clone(),
            });
        }
        let texts = [
            ("combined_seat", &staffing.combined_seat),
            ("manager_seat", &staffing.manager_seat),
            ("owner_seat", &staffing.owner_seat),
            ("no_clear_winner", &staffing.no_clear_winner),
        ];
        for (field, text) in texts {
            check.template(&format!("`staffing.{field}`"), text, &[])?;
        }
        if self.frameworks.is_empty() {
            return Err(AdvisorDataError::Empty {
                file: file.to_owned(),
                what: "the list of `frameworks`".to_owned(),
            });
        }
        for framework in &self.frameworks {
            if !is_valid_id(&framework.id) {
                return Err(AdvisorDataError::BadFrameworkId {
                    file: file.to_owned(),
                    id: framework.id.clone(),
                });
            }
            let id = &framework.id;
            for (field, text) in [
                ("name", &framework.name),
                ("rule", &framework.rule),
                ("source", &framework.source),
            ] {
                check.template(&format!("the {field} of framework `{id}`"), text, &[])?;
            }
            if framework.product_owners == ProductOwners::OnePerTeams(0) {
                return Err(AdvisorDataError::ZeroTeamsPerOwner {
                    file: file.to_owned(),
                    framework: id.clone(),
                });
            }
        }
        if let Some(id) = first_duplicate(self.frameworks.iter().map(|f| f.id.as_str())) {
            return Err(AdvisorDataError::DuplicateFramework {
                file: file.to_owned(),
                id: id.to_owned(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::advisor::testing::*;
    use crate::domain::advisor::*;
    use crate::domain::catalog::Catalog;
    use proptest::prelude::*;

    fn teams(n: u32) -> TeamProfile {
        TeamProfile {
            teams: n,
            ..TeamProfile::default()
        }
    }

    fn needed(rules: &AdvisorRules, id: &str, n: u32) -> u32 {
        rules
            .framework(id)
            .unwrap()
            .product_owners_needed(&teams(n))
    }

    #[test]
    fn shipped_frameworks_and_their_sources() {
        let rules = shipped();
        let ids: Vec<&str> = rules.frameworks.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["scrum", "safe", "less"]);
        assert_eq!(
            rules.default_framework().map(|f| f.id.as_str()),
            Some("scrum")
        );
        let scrum = rules.framework("scrum").unwrap();
        assert_eq!(scrum.product_owners, ProductOwners::OnePerProduct);
        assert!(scrum.source.contains("Scrum Guide"), "{}", scrum.source);
        assert!(scrum.rule.contains("not a committee"), "{}", scrum.rule);
        let safe = rules.framework("safe").unwrap();
        assert_eq!(safe.product_owners, ProductOwners::OnePerTeams(2));
        assert!(safe.source.contains("Product Owner"), "{}", safe.source);
        let less = rules.framework("less").unwrap();
        assert_eq!(less.product_owners, ProductOwners::OnePerTeams(8));
        assert!(less.source.contains("LeSS"), "{}", less.source);
        for framework in &rules.frameworks {
            assert!(framework.rule.ends_with('.'), "{}", framework.rule);
            assert_eq!(
                framework.rule.matches(". ").count(),
                0,
                "one sentence: {}",
                framework.rule
            );
        }
        assert_eq!(rules.framework("kanban"), None);
    }

    #[test]
    fn product_owners_by_framework() {
        let rules = shipped();
        for n in [1, 2, 7, 8, 9, 1000] {
            assert_eq!(needed(&rules, "scrum", n), 1, "scrum, {n} teams");
        }
        let safe = [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (1000, 500)];
        for (n, owners) in safe {
            assert_eq!(needed(&rules, "safe", n), owners, "safe, {n} teams");
        }
        let less = [(1, 1), (8, 1), (9, 2), (16, 2), (17, 3), (1000, 125)];
        for (n, owners) in less {
            assert_eq!(needed(&rules, "less", n), owners, "less, {n} teams");
        }
        // Out of range, the nearest end of the range is used, as the advice does.
        assert_eq!(needed(&rules, "safe", 0), 1);
        assert_eq!(needed(&rules, "safe", 5000), 500);
    }

    #[test]
    fn bad_frameworks_are_refused() {
        let err = edited(|r| r.frameworks.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the list of `frameworks` is empty"
        );
        let err = edited(|r| r.frameworks[1].id = "scrum".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the framework id `scrum` is used more than once"
        );
        let err = edited(|r| r.frameworks[0].id = "Scrum Guide".into()).unwrap_err();
        assert!(
            matches!(err, AdvisorDataError::BadFrameworkId { .. }),
            "{err}"
        );
        let err = edited(|r| r.frameworks[2].source = " ".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the source of framework `less` is empty"
        );
        let err = edited(|r| r.frameworks[1].rule = "One per {teams}.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the rule of framework `safe` uses the placeholder `{teams}`; it may use no placeholders"
        );
        let err =
            edited(|r| r.frameworks[1].product_owners = ProductOwners::OnePerTeams(0)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: framework `safe` gives one product owner per 0 teams; it must be 1 or more"
        );
    }

    #[test]
    fn bad_staffing_texts_are_refused() {
        let err = edited(|r| r.staffing.owner_seat.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `staffing.owner_seat` is empty"
        );
        let err = edited(|r| r.staffing.owner_role = "pm".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `staffing` names role `pm` for both seats; the manager and owner roles must differ"
        );
        let catalog = Catalog::shipped().unwrap();
        assert_eq!(shipped().validate_roles("advisor.ron", &catalog), Ok(()));
        let mut rules = shipped();
        rules.staffing.manager_role = "cto".into();
        let err = rules.validate_roles("advisor.ron", &catalog).unwrap_err();
        assert_eq!(
            err.to_string(),
            "advisor.ron: `staffing.manager_role` names role `cto`, which the catalog does not have"
        );
    }

    #[test]
    fn frameworks_parse_as_written() {
        let text = r#"[(id: "x", name: "X", rule: "One.", source: "Book", product_owners: one_per_teams(3)), (id: "y", name: "Y", rule: "All.", source: "Web", product_owners: one_per_product)]"#;
        let frameworks: Vec<Framework> =
            crate::domain::data_file::parse_ron("f.ron", text).unwrap();
        assert_eq!(frameworks[0].product_owners, ProductOwners::OnePerTeams(3));
        assert_eq!(frameworks[1].product_owners, ProductOwners::OnePerProduct);
    }

    proptest! {
        #[test]
        fn enough_owners_and_never_one_too_many(per_owner in 1..=20u32, n in 1..=1000u32) {
            let framework = Framework {
                id: "f".into(),
                name: "F".into(),
                rule: "R.".into(),
                source: "S".into(),
                product_owners: ProductOwners::OnePerTeams(per_owner),
            };
            let owners = framework.product_owners_needed(&teams(n));
            // Every team is served, and one owner fewer could not serve them all.
            prop_assert!(owners * per_owner >= n);
            prop_assert!((owners - 1) * per_owner < n);
            // More teams never need fewer owners.
            prop_assert!(framework.product_owners_needed(&teams(n + 1)) >= owners);
        }
    }
}
