//! All the content the app ships, loaded and validated together.

use super::advisor::{ADVISOR_FILE, AdvisorDataError, AdvisorRules};
use super::catalog::{Catalog, CatalogError};
use super::quiz::{Quiz, QuizDataError};

/// Why the shipped content could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// The role catalog is malformed or invalid.
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// The advisor's rules are malformed or invalid.
    #[error(transparent)]
    Advisor(#[from] AdvisorDataError),
    /// The quiz is malformed or does not fit the catalog.
    #[error(transparent)]
    Quiz(#[from] QuizDataError),
}

/// The catalog and everything that refers to it.
#[derive(Clone, Debug)]
pub struct Content {
    /// Roles, dimensions and responsibilities.
    pub catalog: Catalog,
    /// Weights, thresholds and sentences of the team advisor.
    pub advisor: AdvisorRules,
    /// The career-fit quiz, checked against the catalog.
    pub quiz: Quiz,
}

impl Content {
    /// The content embedded in the binary, validated.
    pub fn shipped() -> Result<Self, ContentError> {
        let catalog = Catalog::shipped()?;
        let quiz = Quiz::shipped(&catalog)?;
        let advisor = AdvisorRules::shipped()?;
        advisor.validate_roles(ADVISOR_FILE, &catalog)?;
        Ok(Self {
            advisor,
            quiz,
            catalog,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_is_valid() {
        let content = Content::shipped().unwrap();
        assert_eq!(content.catalog.roles.len(), 2);
        assert_eq!(content.quiz.item_count(), 40);
    }
}
