//! All the content the app ships, loaded and validated together.

use super::advisor::{ADVISOR_FILE, AdvisorDataError, AdvisorRules};
use super::catalog::{Catalog, CatalogError, ROLES_FILE};
use super::quiz::{QUIZ_FILE, Quiz, QuizDataError};
use super::translation::{Localisation, OverlaySource, Overlays, TranslationError, localised};
use crate::i18n::Language;

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
    /// A language's texts do not fit the English content.
    #[error(transparent)]
    Translation(#[from] TranslationError),
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
    /// The content embedded in the binary, in English, validated.
    pub fn shipped() -> Result<Self, ContentError> {
        Self::shipped_in(Language::English)
    }

    /// The content embedded in the binary, in `language`, validated.
    ///
    /// The English content is loaded and validated first; a language's texts are then put
    /// over it (see [`crate::domain::translation`]) and the translated content is validated
    /// again, its errors naming the language's file. Ids, numbers and weights are the
    /// English file's in every language.
    pub fn shipped_in(language: Language) -> Result<Self, ContentError> {
        let how = Localisation::of(language);
        let file = |pick: fn(&Overlays) -> OverlaySource<'static>, english: &'static str| match how
        {
            Localisation::Overlays(overlays) => pick(overlays).file,
            Localisation::English | Localisation::Pseudo => english,
        };
        let english_catalog = Catalog::shipped()?;
        let english_quiz = Quiz::shipped(&english_catalog)?.data().clone();

        let catalog_file = file(|o| o.roles, ROLES_FILE);
        let catalog = localised(english_catalog, how, |o| o.roles)?;
        catalog.validate(catalog_file)?;

        let advisor_file = file(|o| o.advisor, ADVISOR_FILE);
        let advisor = localised(AdvisorRules::shipped()?, how, |o| o.advisor)?;
        advisor.validate(advisor_file)?;
        advisor.validate_roles(advisor_file, &catalog)?;

        let quiz_file = file(|o| o.quiz, QUIZ_FILE);
        let quiz_data = localised(english_quiz, how, |o| o.quiz)?;
        let quiz = Quiz::from_data(quiz_file, quiz_data, &catalog)?;
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
