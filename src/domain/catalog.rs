//! The shipped content about the roles: what each role is, the dimensions they are compared
//! on, their responsibilities, certifications, and when organisations split or combine them.
//!
//! Roles are data. The comparison grid is built from whatever roles and dimensions the catalog
//! holds, so a content pack with a third role needs no code change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::data_file::{RonError, first_duplicate, is_valid_id, parse_ron};
use super::translation::Translatable;

/// File name of the shipped catalog, as it appears in error messages.
pub const ROLES_FILE: &str = "data/roles.ron";

/// The shipped catalog's text, embedded at build time.
pub const ROLES_RON: &str = include_str!("../../data/roles.ron");

/// Everything the app knows about the roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// One or two sentences that frame the comparison.
    pub intro: String,
    /// What the roles are compared on, in display order.
    pub dimensions: Vec<Dimension>,
    /// The roles, in column order.
    pub roles: Vec<Role>,
    /// Credentials tied to a role.
    #[serde(default)]
    pub certifications: Vec<Certification>,
    /// When organisations give the roles to two people, and when to one.
    pub split_or_combine: SplitOrCombine,
}

/// One row of the comparison table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// One line saying what the dimension means (shown on hover).
    pub explanation: String,
}

/// A role such as Product Manager.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable kebab-case id.
    pub id: String,
    /// Full name, e.g. "Product Manager".
    pub name: String,
    /// Abbreviation, e.g. "PM".
    pub short_name: String,
    /// One sentence on what the role is for.
    pub summary: String,
    /// Dimension id -> this role's value.
    pub values: BTreeMap<String, String>,
    /// What the role does, at least one.
    pub responsibilities: Vec<Responsibility>,
    /// Where the role's working time goes.
    pub time_spent: String,
    /// The main thing the role produces.
    pub primary_output: String,
    /// What to know about credentials for this role.
    pub certification: String,
}

/// One thing a role is responsible for. Quiz items point at these by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Stable kebab-case id, unique across all roles.
    pub id: String,
    /// Short title.
    pub title: String,
    /// One sentence.
    pub description: String,
}

/// A credential and what it does and does not teach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// Stable kebab-case id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Who awards it.
    pub issuer: String,
    /// Id of the role it prepares for.
    pub role: String,
    /// What it teaches.
    pub covers: String,
    /// What it does not teach.
    pub leaves_out: Vec<String>,
    /// What to do instead or as well.
    pub advice: String,
}

/// The source's guidance on one person or two.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SplitOrCombine {
    /// When two people hold the roles.
    pub split: Guidance,
    /// When one person holds both.
    pub combine: Guidance,
}

/// A summary and the signals that point one way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    /// One or two sentences.
    pub summary: String,
    /// The conditions under which this works.
    pub signals: Vec<String>,
}

/// Why a catalog could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The text is not valid RON for a catalog.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// Two things of one kind share an id.
    #[error("{file}: the {kind} id `{id}` is used more than once")]
    DuplicateId {
        /// File name.
        file: String,
        /// "role", "dimension", "responsibility" or "certification".
        kind: &'static str,
        /// The repeated id.
        id: String,
    },
    /// An id is not short kebab-case.
    #[error("{file}: the {kind} id `{id}` must be short kebab-case (a-z, 0-9 and single hyphens)")]
    BadId {
        /// File name.
        file: String,
        /// What the id names.
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// A role lacks a value for a dimension.
    #[error("{file}: role `{role}` has no value for dimension `{dimension}`")]
    MissingValue {
        /// File name.
        file: String,
        /// Role id.
        role: String,
        /// Dimension id.
        dimension: String,
    },
    /// A role gives a value for a dimension the catalog does not define.
    #[error("{file}: role `{role}` has a value for `{dimension}`, which is not a dimension")]
    UnknownDimension {
        /// File name.
        file: String,
        /// Role id.
        role: String,
        /// The unknown dimension id.
        dimension: String,
    },
    /// A certification names a role that does not exist.
    #[error("{file}: certification `{certification}` names role `{role}`, which does not exist")]
    UnknownRole {
        /// File name.
        file: String,
        /// Certification id.
        certification: String,
        /// The unknown role id.
        role: String,
    },
    /// A list that must have entries is empty, or a text that must be written is blank.
    #[error("{file}: {what} is empty")]
    Empty {
        /// File name.
        file: String,
        /// What is empty.
        what: String,
    },
}

impl Catalog {
    /// The catalog shipped with the app.
    pub fn shipped() -> Result<Self, CatalogError> {
        Self::from_ron(ROLES_FILE, ROLES_RON)
    }

    /// Parses and validates a catalog; `file` names it in errors.
    pub fn from_ron(file: &str, text: &str) -> Result<Self, CatalogError> {
        let catalog: Self = parse_ron(file, text)?;
        catalog.validate(file)?;
        Ok(catalog)
    }

    /// Checks ids and references. `file` names the catalog in errors.
    pub fn validate(&self, file: &str) -> Result<(), CatalogError> {
        let empty = |what: String| CatalogError::Empty {
            file: file.to_owned(),
            what,
        };
        if self.roles.is_empty() {
            return Err(empty("the role list".to_owned()));
        }
        if self.dimensions.is_empty() {
            return Err(empty("the dimension list".to_owned()));
        }
        check_ids(
            file,
            "dimension",
            self.dimensions.iter().map(|d| d.id.as_str()),
        )?;
        check_ids(file, "role", self.roles.iter().map(|r| r.id.as_str()))?;
        check_ids(
            file,
            "responsibility",
            self.responsibilities().map(|(_, r)| r.id.as_str()),
        )?;
        check_ids(
            file,
            "certification",
            self.certifications.iter().map(|c| c.id.as_str()),
        )?;
        for dimension in &self.dimensions {
            if dimension.name.trim().is_empty() {
                return Err(empty(format!("the name of dimension `{}`", dimension.id)));
            }
        }
        for role in &self.roles {
            if role.name.trim().is_empty() {
                return Err(empty(format!("the name of role `{}`", role.id)));
            }
            if role.responsibilities.is_empty() {
                return Err(empty(format!("the responsibilities of role `{}`", role.id)));
            }
            for dimension in &self.dimensions {
                let value = role.values.get(&dimension.id);
                if value.is_none_or(|v| v.trim().is_empty()) {
                    return Err(CatalogError::MissingValue {
                        file: file.to_owned(),
                        role: role.id.clone(),
                        dimension: dimension.id.clone(),
                    });
                }
            }
            if let Some(unknown) = role.values.keys().find(|key| self.dimension(key).is_none()) {
                return Err(CatalogError::UnknownDimension {
                    file: file.to_owned(),
                    role: role.id.clone(),
                    dimension: unknown.clone(),
                });
            }
        }
        for certification in &self.certifications {
            if self.role(&certification.role).is_none() {
                return Err(CatalogError::UnknownRole {
                    file: file.to_owned(),
                    certification: certification.id.clone(),
                    role: certification.role.clone(),
                });
            }
        }
        Ok(())
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Every responsibility with the role it belongs to, in catalog order.
    pub fn responsibilities(&self) -> impl Iterator<Item = (&Role, &Responsibility)> + Clone {
        self.roles
            .iter()
            .flat_map(|role| role.responsibilities.iter().map(move |r| (role, r)))
    }

    /// The responsibility with this id and its role.
    pub fn responsibility(&self, id: &str) -> Option<(&Role, &Responsibility)> {
        self.responsibilities().find(|(_, r)| r.id == id)
    }
}

impl Translatable for Catalog {
    /// Keys: `intro`; `dimension.<id>.name|explanation`;
    /// `role.<id>.name|short_name|summary|time_spent|primary_output|certification`;
    /// `role.<id>.value.<dimension id>`; `responsibility.<id>.title|description`;
    /// `certification.<id>.name|issuer|covers|advice`, `certification.<id>.leaves_out.<n>`;
    /// `split_or_combine.split|combine.summary`, `split_or_combine.split|combine.signal.<n>`
    /// (`<n>` counts from 0).
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut texts = vec![("intro".to_owned(), &mut self.intro)];
        for d in &mut self.dimensions {
            let id = &d.id;
            texts.push((format!("dimension.{id}.name"), &mut d.name));
            texts.push((format!("dimension.{id}.explanation"), &mut d.explanation));
        }
        for role in &mut self.roles {
            let id = &role.id;
            for (field, text) in [
                ("name", &mut role.name),
                ("short_name", &mut role.short_name),
                ("summary", &mut role.summary),
            ] {
                texts.push((format!("role.{id}.{field}"), text));
            }
            for (dimension, value) in &mut role.values {
                texts.push((format!("role.{id}.value.{dimension}"), value));
            }
            for r in &mut role.responsibilities {
                let rid = &r.id;
                texts.push((format!("responsibility.{rid}.title"), &mut r.title));
                texts.push((
                    format!("responsibility.{rid}.description"),
                    &mut r.description,
                ));
            }
            for (field, text) in [
                ("time_spent", &mut role.time_spent),
                ("primary_output", &mut role.primary_output),
                ("certification", &mut role.certification),
            ] {
                texts.push((format!("role.{id}.{field}"), text));
            }
        }
        for c in &mut self.certifications {
            let id = &c.id;
            for (field, text) in [
                ("name", &mut c.name),
                ("issuer", &mut c.issuer),
                ("covers", &mut c.covers),
            ] {
                texts.push((format!("certification.{id}.{field}"), text));
            }
            for (n, text) in c.leaves_out.iter_mut().enumerate() {
                texts.push((format!("certification.{id}.leaves_out.{n}"), text));
            }
            texts.push((format!("certification.{id}.advice"), &mut c.advice));
        }
        let SplitOrCombine { split, combine } = &mut self.split_or_combine;
        for (name, guidance) in [("split", split), ("combine", combine)] {
            let prefix = format!("split_or_combine.{name}");
            texts.push((format!("{prefix}.summary"), &mut guidance.summary));
            for (n, text) in guidance.signals.iter_mut().enumerate() {
                texts.push((format!("{prefix}.signal.{n}"), text));
            }
        }
        texts
    }
}

fn check_ids<'a>(
    file: &str,
    kind: &'static str,
    ids: impl Iterator<Item = &'a str> + Clone,
) -> Result<(), CatalogError> {
    if let Some(bad) = ids.clone().find(|id| !is_valid_id(id)) {
        return Err(CatalogError::BadId {
            file: file.to_owned(),
            kind,
            id: bad.to_owned(),
        });
    }
    if let Some(dup) = first_duplicate(ids) {
        return Err(CatalogError::DuplicateId {
            file: file.to_owned(),
            kind,
            id: dup.to_owned(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Catalog {
        Catalog::shipped().expect("the shipped catalog is valid")
    }

    /// The shipped text, edited by `f`, parsed and validated.
    fn edited(f: impl FnOnce(&mut Catalog)) -> Result<Catalog, CatalogError> {
        let mut catalog = shipped();
        f(&mut catalog);
        let text = ron::ser::to_string_pretty(&catalog, ron::ser::PrettyConfig::default())
            .expect("serialises");
        Catalog::from_ron("edited.ron", &text)
    }

    #[test]
    fn shipped_catalog_has_the_source_facts() {
        let catalog = shipped();
        let names: Vec<_> = catalog
            .roles
            .iter()
            .map(|r| r.short_name.as_str())
            .collect();
        assert_eq!(names, ["PM", "PO"]);
        let dims: Vec<_> = catalog.dimensions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            dims,
            [
                "focus",
                "time-horizon",
                "stakeholders",
                "key-artifact",
                "success-metric"
            ]
        );
        for role in &catalog.roles {
            assert_eq!(role.responsibilities.len(), 5, "{}", role.id);
        }
        let cspo = &catalog.certifications[0];
        assert_eq!(cspo.role, "po");
        assert_eq!(cspo.leaves_out.len(), 3);
        assert_eq!(catalog.split_or_combine.split.signals.len(), 3);
        assert_eq!(catalog.split_or_combine.combine.signals.len(), 3);
    }

    #[test]
    fn malformed_text_names_line_and_column() {
        let broken = ROLES_RON.replacen("name: \"Focus\",", "name: \"Focus\" oops,", 1);
        let err = Catalog::from_ron("roles.ron", &broken).unwrap_err();
        let line = ROLES_RON
            .lines()
            .position(|l| l.contains("name: \"Focus\""))
            .unwrap()
            + 1;
        match &err {
            CatalogError::Parse(e) => assert_eq!(e.line, line, "{err}"),
            other => panic!("expected a parse error, got {other}"),
        }
        assert!(
            err.to_string().starts_with(&format!("roles.ron:{line}:")),
            "{err}"
        );
    }

    #[test]
    fn unknown_field_is_an_error_with_position() {
        let broken = ROLES_RON.replacen("short_name: \"PM\",", "short_name: \"PM\", colour: 3,", 1);
        let err = Catalog::from_ron("roles.ron", &broken).unwrap_err();
        assert!(matches!(err, CatalogError::Parse(_)), "{err}");
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn duplicate_role_id() {
        let err = edited(|c| c.roles[1].id = "pm".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the role id `pm` is used more than once"
        );
    }

    #[test]
    fn duplicate_dimension_id() {
        let err = edited(|c| c.dimensions[1].id = "focus".into()).unwrap_err();
        assert!(
            matches!(
                err,
                CatalogError::DuplicateId {
                    kind: "dimension",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn duplicate_responsibility_id_across_roles() {
        let err = edited(|c| c.roles[1].responsibilities[0].id = "pm-vision".into()).unwrap_err();
        assert!(
            matches!(&err, CatalogError::DuplicateId { kind: "responsibility", id, .. } if id == "pm-vision"),
            "{err}"
        );
    }

    #[test]
    fn bad_id() {
        let err = edited(|c| c.roles[0].id = "Product Manager".into()).unwrap_err();
        assert!(
            matches!(err, CatalogError::BadId { kind: "role", .. }),
            "{err}"
        );
    }

    #[test]
    fn missing_value() {
        let err = edited(|c| {
            c.roles[1].values.remove("stakeholders");
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: role `po` has no value for dimension `stakeholders`"
        );
    }

    #[test]
    fn blank_value_counts_as_missing() {
        let err = edited(|c| {
            c.roles[0].values.insert("focus".into(), "  ".into());
        })
        .unwrap_err();
        assert!(matches!(err, CatalogError::MissingValue { .. }), "{err}");
    }

    #[test]
    fn value_for_unknown_dimension() {
        let err = edited(|c| {
            c.roles[0].values.insert("salary".into(), "high".into());
        })
        .unwrap_err();
        assert!(
            matches!(err, CatalogError::UnknownDimension { .. }),
            "{err}"
        );
    }

    #[test]
    fn certification_for_unknown_role() {
        let err = edited(|c| c.certifications[0].role = "cto".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: certification `cspo` names role `cto`, which does not exist"
        );
    }

    #[test]
    fn empty_lists() {
        let err = edited(|c| c.roles.clear()).unwrap_err();
        assert!(matches!(err, CatalogError::Empty { .. }), "{err}");
        let err = edited(|c| c.roles[0].responsibilities.clear()).unwrap_err();
        assert!(
            err.to_string().contains("responsibilities of role `pm`"),
            "{err}"
        );
        let err = edited(|c| c.dimensions.clear()).unwrap_err();
        assert!(matches!(err, CatalogError::Empty { .. }), "{err}");
    }

    #[test]
    fn lookups() {
        let catalog = shipped();
        assert_eq!(
            catalog.role("po").map(|r| r.short_name.as_str()),
            Some("PO")
        );
        let (role, resp) = catalog.responsibility("po-acceptance").unwrap();
        assert_eq!(role.id, "po");
        assert_eq!(resp.title, "Accepting work");
        assert_eq!(catalog.responsibilities().count(), 10);
        assert!(catalog.dimension("nope").is_none());
    }
}
