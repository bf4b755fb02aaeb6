//! What the Compare screen shows: one row per dimension and per aspect of the roles, one cell per
//! role, and the filter over them.
//!
//! The rows are computed here, not in the screen, so the filter and the "only differences"
//! rule are tested without drawing anything.

use super::catalog::Catalog;
use crate::i18n::Translator;

/// One row of the comparison grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    /// Dimension id, or the aspect's fixed id (`responsibilities`, `time`, `output`,
    /// `certification`).
    pub id: String,
    /// What the first column shows.
    pub name: String,
    /// One line explaining the row (shown on hover).
    pub explanation: String,
    /// One cell per role, in catalog order.
    pub cells: Vec<String>,
}

impl CompareRow {
    /// True when at least two roles have different text in this row (ignoring case and
    /// surrounding white space).
    pub fn differs(&self) -> bool {
        let mut cells = self.cells.iter().map(|c| c.trim().to_lowercase());
        match cells.next() {
            Some(first) => cells.any(|c| c != first),
            None => false,
        }
    }

    /// True when `needle` (already lowercased) occurs in the row's name or any cell.
    fn contains(&self, needle: &str) -> bool {
        self.name.to_lowercase().contains(needle)
            || self.cells.iter().any(|c| c.to_lowercase().contains(needle))
    }
}

/// All rows of the grid: the catalog's dimensions, then each role's responsibilities, where its
/// time goes, its primary output and its certification note, those four named in `tr`'s
/// language.
pub fn compare_rows(catalog: &Catalog, tr: &Translator) -> Vec<CompareRow> {
    let mut rows: Vec<CompareRow> = catalog
        .dimensions
        .iter()
        .map(|dimension| CompareRow {
            id: dimension.id.clone(),
            name: dimension.name.clone(),
            explanation: dimension.explanation.clone(),
            cells: catalog
                .roles
                .iter()
                .map(|role| role.values.get(&dimension.id).cloned().unwrap_or_default())
                .collect(),
        })
        .collect();
    // The aspects' names come from Fluent: they name the catalog's fields, not content.
    let aspect = |id: &str, cell: &dyn Fn(&super::catalog::Role) -> String| {
        let message = format!("compare-aspect-{id}");
        CompareRow {
            id: id.to_owned(),
            name: tr.tr(&message),
            explanation: tr.tr(&format!("{message}.explanation")),
            cells: catalog.roles.iter().map(cell).collect(),
        }
    };
    rows.push(aspect("responsibilities", &|role| {
        role.responsibilities
            .iter()
            .map(|r| format!("• {}", r.description))
            .collect::<Vec<_>>()
            .join("\n")
    }));
    rows.push(aspect("time", &|role| role.time_spent.clone()));
    rows.push(aspect("output", &|role| role.primary_output.clone()));
    rows.push(aspect("certification", &|role| role.certification.clone()));
    rows
}

/// Indices of the rows to show for a filter text and the "only differences" toggle.
///
/// The filter is case-insensitive and matches a row's name and its cells; blank text matches
/// every row.
pub fn visible_rows(rows: &[CompareRow], filter: &str, only_differences: bool) -> Vec<usize> {
    let needle = filter.trim().to_lowercase();
    rows.iter()
        .enumerate()
        .filter(|(_, row)| !only_differences || row.differs())
        .filter(|(_, row)| needle.is_empty() || row.contains(&needle))
        .map(|(index, _)| index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<CompareRow> {
        compare_rows(
            &Catalog::shipped().unwrap(),
            &Translator::new(crate::i18n::Language::English),
        )
    }

    fn names(rows: &[CompareRow], shown: &[usize]) -> Vec<String> {
        shown.iter().map(|&i| rows[i].name.clone()).collect()
    }

    #[test]
    fn rows_are_dimensions_then_aspects() {
        let rows = rows();
        let ids: Vec<_> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "focus",
                "time-horizon",
                "stakeholders",
                "key-artifact",
                "success-metric",
                "responsibilities",
                "time",
                "output",
                "certification"
            ]
        );
        assert!(rows.iter().all(|r| r.cells.len() == 2));
        assert_eq!(rows[5].cells[0].lines().count(), 5);
        assert_eq!(rows[5].name, "Responsibilities");
        let de = Translator::new(crate::i18n::Language::German);
        let german = compare_rows(&Catalog::shipped().unwrap(), &de);
        assert_eq!(german[5].name, "Verantwortung");
        assert_eq!(german[8].name, "Zertifizierung");
    }

    #[test]
    fn filter_is_case_insensitive_on_names_and_cells() {
        let rows = rows();
        assert_eq!(
            names(&rows, &visible_rows(&rows, "STAKEHOLDER", false)),
            ["Stakeholders"]
        );
        // "backlog" appears only in cells.
        let shown = visible_rows(&rows, "backlog", false);
        assert!(shown.iter().any(|&i| rows[i].id == "key-artifact"));
        assert!(!shown.iter().any(|&i| rows[i].id == "focus"));
        assert_eq!(visible_rows(&rows, "   ", false).len(), rows.len());
        assert!(visible_rows(&rows, "zzz-no-such-text", false).is_empty());
    }

    #[test]
    fn only_differences_hides_equal_rows() {
        let mut rows = rows();
        assert_eq!(visible_rows(&rows, "", true).len(), rows.len());
        rows[0].cells = vec!["Same".into(), " same ".into()];
        let shown = visible_rows(&rows, "", true);
        assert!(!shown.contains(&0));
        assert_eq!(shown.len(), rows.len() - 1);
    }

    #[test]
    fn a_single_role_never_differs() {
        let row = CompareRow {
            id: "x".into(),
            name: "X".into(),
            explanation: String::new(),
            cells: vec!["a".into()],
        };
        assert!(!row.differs());
    }
}
