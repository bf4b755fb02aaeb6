//! The Quiz screen: a few items per page, each answered on its five-point scale, with a progress
//! bar, Back/Next, keys 1-5, and a review page before Submit.

use egui::{Key, RichText};

use crate::domain::quiz::{Answers, Item, ItemKind, Quiz};
use crate::i18n::Translator;
use crate::ui::{Command, theme};

/// Items with their position in the quiz.
type Numbered<'a> = Vec<(usize, &'a Item)>;

/// Items shown on one page.
pub const ITEMS_PER_PAGE: usize = 5;

/// Who is answering: the person about themselves, or a rater about someone else. A rater
/// may leave items unanswered (work they have not seen) and saves a rating instead of
/// submitting for a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizMode {
    /// The person's own quiz: every item answered, then Submit.
    Own,
    /// A rater's quiz about someone else: at least one item answered, then Save rating.
    Rater,
}

impl QuizMode {
    fn heading(self, tr: &Translator) -> String {
        match self {
            Self::Own => tr.tr("quiz-heading"),
            Self::Rater => tr.tr("quiz-heading-rater"),
        }
    }

    fn submit(self, tr: &Translator) -> String {
        match self {
            Self::Own => tr.tr("quiz-submit"),
            Self::Rater => tr.tr("quiz-save-rating"),
        }
    }

    /// Why Submit cannot be pressed yet.
    fn submit_disabled(self, tr: &Translator) -> String {
        match self {
            Self::Own => tr.tr("quiz-submit.disabled"),
            Self::Rater => tr.tr("quiz-save-rating.disabled"),
        }
    }

    /// Whether Submit may be pressed with `answered` of `total` items answered.
    fn can_submit(self, answered: usize, total: usize) -> bool {
        match self {
            Self::Own => answered == total,
            Self::Rater => answered > 0,
        }
    }
}

/// Where the person is in the quiz. Answers live in the document, not here, so they survive
/// switching tabs and are saved with the profile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuizScreen {
    /// Page shown; `page_count` means the review page.
    pub page: usize,
    /// Index of the item that keys 1-5 answer.
    pub current: usize,
}

impl QuizScreen {
    /// Number of item pages (the review page comes after them).
    pub fn page_count(quiz: &Quiz) -> usize {
        quiz.item_count().div_ceil(ITEMS_PER_PAGE)
    }

    /// Whether the review page is shown.
    pub fn reviewing(&self, quiz: &Quiz) -> bool {
        self.page >= Self::page_count(quiz)
    }

    /// Moves to the page holding item `index` and makes it current.
    pub fn go_to_item(&mut self, index: usize) {
        self.page = index / ITEMS_PER_PAGE;
        self.current = index;
    }

    /// Starts again from the first item.
    pub fn restart(&mut self) {
        *self = Self::default();
    }

    /// Keeps the page and the current item inside a quiz of `item_count` items (a content
    /// pack may have fewer items than the page remembered).
    pub fn clamp(&mut self, item_count: usize) {
        self.page = self.page.min(item_count.div_ceil(ITEMS_PER_PAGE));
        self.current = self.current.min(item_count.saturating_sub(1));
    }

    /// The positions of the items on the page shown (empty on the review page).
    pub fn page_items(&self, item_count: usize) -> std::ops::Range<usize> {
        let start = (self.page * ITEMS_PER_PAGE).min(item_count);
        start..(start + ITEMS_PER_PAGE).min(item_count)
    }

    /// Answers the current item with `value` and moves the highlight on (to the next page
    /// after a page's last item, to the review page after the quiz's last item).
    pub fn answer_current(&mut self, quiz: &Quiz, value: u8) -> Option<Command> {
        let item = quiz.items().get(self.current)?;
        let command = Command::SetAnswer {
            item: item.id.clone(),
            value,
        };
        self.go_to_item(self.current + 1);
        Some(command)
    }

    /// The previous page, its first item current.
    pub fn back(&mut self) {
        self.page = self.page.saturating_sub(1);
        self.current = self.page * ITEMS_PER_PAGE;
    }

    /// The next page (after the last, the review page), its first item current.
    pub fn next(&mut self, item_count: usize) {
        self.page = (self.page + 1).min(item_count.div_ceil(ITEMS_PER_PAGE));
        self.current = (self.page * ITEMS_PER_PAGE).min(item_count.saturating_sub(1));
    }

    /// Draws the screen, its own text in `tr`'s language. `answers` are the open profile's
    /// answers.
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        answers: &Answers,
        tr: &Translator,
    ) -> Option<Command> {
        self.ui_as(ui, quiz, answers, QuizMode::Own, tr)
    }

    /// Draws the screen for `mode`. A rater's answers come back as the same
    /// [`Command::SetAnswer`] and [`Command::SubmitQuiz`]; the caller routes them.
    #[must_use]
    pub fn ui_as(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        answers: &Answers,
        mode: QuizMode,
        tr: &Translator,
    ) -> Option<Command> {
        let total = quiz.item_count();
        self.clamp(total);
        let answered = answered_count(quiz, answers);
        let can_submit = mode.can_submit(answered, total);
        let mut command = self.keyboard(ui, quiz, can_submit);

        ui.heading(mode.heading(tr));
        ui.label(quiz.intro());
        let words = tr.tr_args(
            "quiz-answered",
            &[("answered", answered.into()), ("total", total.into())],
        );
        let progress = ui.add(
            egui::ProgressBar::new(if total == 0 {
                0.0
            } else {
                answered as f32 / total as f32
            })
            .text(words.as_str()),
        );
        crate::ui::a11y::progress(
            ui,
            &progress,
            &tr.tr("quiz-progress"),
            answered as f64,
            total as f64,
            &words,
        );
        ui.add_space(theme::SECTION_SPACING / 2.0);

        let nav = egui::Panel::bottom("quiz-nav")
            .show(ui, |ui| self.nav_ui(ui, quiz, mode, can_submit, tr))
            .inner;
        command = command.or(nav);

        egui::CentralPanel::default().show(ui, |ui| {
            if self.reviewing(quiz) {
                self.review_ui(ui, quiz, answers, mode, tr);
            } else {
                egui::ScrollArea::vertical()
                    .id_salt(("quiz-page", self.page))
                    .show(ui, |ui| {
                        if let Some(c) = self.page_ui(ui, quiz, answers, tr) {
                            command = Some(c);
                        }
                    });
            }
        });
        command
    }

    /// Keys 1-5 answer the current item and move on; on the review page Enter submits a
    /// complete quiz. No key is taken while a text field has the keyboard or a dialog is open.
    fn keyboard(&mut self, ui: &egui::Ui, quiz: &Quiz, complete: bool) -> Option<Command> {
        let modal_open = ui.ctx().memory(|m| m.top_modal_layer().is_some());
        if ui.ctx().text_edit_focused() || modal_open {
            return None;
        }
        if self.reviewing(quiz) {
            let enter = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter));
            return (enter && complete).then_some(Command::SubmitQuiz);
        }
        const KEYS: [(Key, u8); 5] = [
            (Key::Num1, 0),
            (Key::Num2, 1),
            (Key::Num3, 2),
            (Key::Num4, 3),
            (Key::Num5, 4),
        ];
        let value = ui.input_mut(|input| {
            KEYS.iter()
                .find(|(key, _)| input.consume_key(egui::Modifiers::NONE, *key))
                .map(|(_, value)| *value)
        })?;
        self.answer_current(quiz, value)
    }

    fn page_ui(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        answers: &Answers,
        tr: &Translator,
    ) -> Option<Command> {
        let mut command = None;
        let range = self.page_items(quiz.item_count());
        let start = range.start;
        let items = &quiz.items()[range];
        ui.label(
            RichText::new(tr.tr_args(
                "quiz-page-hint",
                &[
                    ("page", (self.page + 1).into()),
                    ("pages", Self::page_count(quiz).into()),
                ],
            ))
            .color(theme::weak_text(ui.visuals())),
        );
        let mut last_kind = None;
        for (offset, item) in items.iter().enumerate() {
            let index = start + offset;
            if last_kind != Some(item.kind) {
                scale_legend_ui(ui, quiz, item.kind, tr);
                last_kind = Some(item.kind);
            }
            if let Some(c) = self.item_ui(ui, quiz, item, index, answers.get(&item.id), tr) {
                command = Some(c);
            }
        }
        command
    }

    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        item: &Item,
        index: usize,
        answer: Option<u8>,
        tr: &Translator,
    ) -> Option<Command> {
        let mut command = None;
        let is_current = index == self.current;
        let stroke = if is_current {
            ui.visuals().selection.stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        egui::Frame::group(ui.style())
            .stroke(stroke)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let statement = ui.label(
                    RichText::new(tr.tr_args(
                        "quiz-item",
                        &[
                            ("number", (index + 1).into()),
                            ("text", item.text.as_str().into()),
                        ],
                    ))
                    .strong(),
                );
                ui.horizontal_wrapped(|ui| {
                    // The five points form one radio group named by the statement, so a
                    // screen reader announces the question with its choices.
                    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                        node.set_role(egui::accesskit::Role::RadioGroup);
                        node.push_labelled_by(statement.id.accesskit_id());
                    });
                    for (value, point) in quiz.scale(item.kind).points.iter().enumerate() {
                        let value = value as u8;
                        let radio = ui
                            .radio(
                                answer == Some(value),
                                // The key that picks it and its label ("2 Done it with
                                // help"): no words of the app's own to translate.
                                format!("{} {}", value + 1, point.label),
                            )
                            .on_hover_text(&point.meaning);
                        if radio.clicked() {
                            command = Some(Command::SetAnswer {
                                item: item.id.clone(),
                                value,
                            });
                            // As after a key: the highlight moves on, so the next key
                            // answers the next item instead of overwriting this one.
                            self.go_to_item(index + 1);
                        }
                        if radio.gained_focus() {
                            self.current = index;
                        }
                    }
                });
                if statement.clicked() {
                    self.current = index;
                }
            });
        ui.add_space(theme::SECTION_SPACING / 2.0);
        command
    }

    /// Every item on one line: the unanswered first, each with a button to go and answer it,
    /// then the answered with their answer and a button to change it. Only the lines in view
    /// are laid out, so a long quiz reviews as fast as a short one.
    fn review_ui(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        answers: &Answers,
        mode: QuizMode,
        tr: &Translator,
    ) {
        ui.heading(tr.tr("quiz-review"));
        let rows = review_rows(quiz, answers);
        let missing = rows
            .iter()
            .take_while(|(_, item)| answers.get(&item.id).is_none())
            .count();
        if mode == QuizMode::Rater {
            ui.label(if missing == 0 {
                tr.tr("quiz-review-rater-complete")
            } else {
                tr.tr("quiz-review-rater-partial")
            });
        }
        if missing == 0 {
            if mode == QuizMode::Own {
                ui.label(tr.tr("quiz-review-complete"));
            }
        } else {
            ui.label(tr.tr_args(
                "quiz-review-missing",
                &[
                    ("missing", missing.into()),
                    ("total", quiz.item_count().into()),
                ],
            ));
        }
        ui.add_space(theme::SECTION_SPACING / 2.0);
        let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical()
            .id_salt("quiz-review")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, rows.len(), |ui, visible| {
                for &(index, item) in &rows[visible] {
                    ui.horizontal(|ui| {
                        ui.set_height(ui.spacing().interact_size.y);
                        let answer = answers.get(&item.id).map(|value| {
                            quiz.scale(item.kind)
                                .points
                                .get(usize::from(value))
                                .map_or("?", |p| p.label.as_str())
                        });
                        let number = index + 1;
                        let button = match answer {
                            None => ui.button(
                                tr.tr_args("quiz-answer-item", &[("number", number.into())]),
                            ),
                            Some(_) => ui.button(tr.tr("quiz-change")),
                        };
                        if button.on_hover_text(&item.text).clicked() {
                            self.go_to_item(index);
                        }
                        let text = item.text.as_str();
                        let line = match answer {
                            None => tr.tr_args(
                                "quiz-item",
                                &[("number", number.into()), ("text", text.into())],
                            ),
                            Some(label) => tr.tr_args(
                                "quiz-review-answered",
                                &[
                                    ("number", number.into()),
                                    ("answer", label.into()),
                                    ("text", text.into()),
                                ],
                            ),
                        };
                        ui.add(egui::Label::new(line).truncate())
                            .on_hover_text(&item.text);
                    });
                }
            });
    }

    fn nav_ui(
        &mut self,
        ui: &mut egui::Ui,
        quiz: &Quiz,
        mode: QuizMode,
        can_submit: bool,
        tr: &Translator,
    ) -> Option<Command> {
        let mut command = None;
        let pages = Self::page_count(quiz);
        ui.add_space(theme::SECTION_SPACING / 2.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.page > 0, egui::Button::new(tr.tr("quiz-back")))
                .clicked()
            {
                self.back();
            }
            if self.page < pages {
                let label = if self.page + 1 == pages {
                    tr.tr("quiz-review")
                } else {
                    tr.tr("quiz-next")
                };
                if ui.button(label).clicked() {
                    self.next(quiz.item_count());
                }
            } else {
                let submit = ui
                    .add_enabled(can_submit, egui::Button::new(mode.submit(tr)))
                    .on_disabled_hover_text(mode.submit_disabled(tr));
                if submit.clicked() {
                    command = Some(Command::SubmitQuiz);
                }
            }
        });
        ui.add_space(theme::SECTION_SPACING / 2.0);
        command
    }
}

/// How many of the quiz's items are answered.
pub fn answered_count(quiz: &Quiz, answers: &Answers) -> usize {
    quiz.items()
        .iter()
        .filter(|item| answers.get(&item.id).is_some())
        .count()
}

/// The review page's rows: the unanswered items first, then the answered, each in quiz order
/// with its position.
pub fn review_rows<'a>(quiz: &'a Quiz, answers: &Answers) -> Vec<(usize, &'a Item)> {
    let (mut missing, answered): (Numbered<'a>, Numbered<'a>) = quiz
        .items()
        .iter()
        .enumerate()
        .partition(|(_, item)| answers.get(&item.id).is_none());
    missing.extend(answered);
    missing
}

/// The scale's question and what each point means, shown above the items that use it.
fn scale_legend_ui(ui: &mut egui::Ui, quiz: &Quiz, kind: ItemKind, tr: &Translator) {
    let scale = quiz.scale(kind);
    ui.add_space(theme::SECTION_SPACING / 2.0);
    ui.strong(&scale.prompt);
    let weak = theme::weak_text(ui.visuals());
    for (value, point) in scale.points.iter().enumerate() {
        let line = tr.tr_args(
            "quiz-point-meaning",
            &[
                ("number", (value + 1).into()),
                ("label", point.label.as_str().into()),
                ("meaning", point.meaning.as_str().into()),
            ],
        );
        ui.label(RichText::new(line).color(weak));
    }
    ui.add_space(theme::SECTION_SPACING / 2.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Content;

    fn quiz() -> Quiz {
        Content::shipped().unwrap().quiz
    }

    #[test]
    fn answering_moves_the_highlight_on_and_across_pages() {
        let quiz = quiz();
        let mut screen = QuizScreen::default();
        for index in 0..ITEMS_PER_PAGE {
            let command = screen.answer_current(&quiz, 2);
            assert_eq!(
                command,
                Some(Command::SetAnswer {
                    item: quiz.items()[index].id.clone(),
                    value: 2,
                })
            );
        }
        assert_eq!((screen.page, screen.current), (1, ITEMS_PER_PAGE));
    }

    #[test]
    fn the_last_answer_leads_to_the_review_page_where_keys_answer_nothing() {
        let quiz = quiz();
        let mut screen = QuizScreen::default();
        screen.go_to_item(quiz.item_count() - 1);
        assert!(screen.answer_current(&quiz, 4).is_some());
        assert!(screen.reviewing(&quiz));
        screen.clamp(quiz.item_count());
        assert!(screen.reviewing(&quiz), "clamping keeps the review page");
        assert_eq!(screen.current, quiz.item_count() - 1);
        assert!(screen.page_items(quiz.item_count()).is_empty());
    }

    #[test]
    fn back_and_next_stop_at_the_ends() {
        let quiz = quiz();
        let total = quiz.item_count();
        let mut screen = QuizScreen::default();
        screen.back();
        assert_eq!((screen.page, screen.current), (0, 0));
        for _ in 0..100 {
            screen.next(total);
        }
        assert_eq!(screen.page, QuizScreen::page_count(&quiz));
        assert!(screen.current < total);
        screen.back();
        assert_eq!(screen.page_items(total).len(), total - screen.current);
    }

    #[test]
    fn a_page_remembered_from_a_longer_quiz_is_clamped() {
        let mut screen = QuizScreen {
            page: 40,
            current: 400,
        };
        screen.clamp(12);
        assert_eq!((screen.page, screen.current), (3, 11));
        screen.clamp(0);
        assert_eq!((screen.page, screen.current), (0, 0));
    }

    #[test]
    fn review_lists_unanswered_first_in_quiz_order() {
        let quiz = quiz();
        let mut answers = Answers::default();
        for item in quiz.items().iter().step_by(2) {
            answers.set(item.id.clone(), 1);
        }
        let rows = review_rows(&quiz, &answers);
        assert_eq!(rows.len(), quiz.item_count());
        let missing = quiz.item_count() / 2;
        assert!(rows[..missing].iter().all(|(i, _)| i % 2 == 1));
        assert!(rows[missing..].iter().all(|(i, _)| i % 2 == 0));
        assert!(rows[..missing].windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(answered_count(&quiz, &answers), quiz.item_count() - missing);
    }
}
