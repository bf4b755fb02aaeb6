//! CPU time per frame of every screen, run through a headless `egui::Context` at 1280x800,
//! against an empty frame in the same run; then the same screens with generated content at
//! scale, and the time to load and score a 1,000-item quiz.
//!
//! A frame is what the CPU does for one repaint before OpenGL: `Context::run_ui` (layout and
//! shapes) plus `Context::tessellate` (shapes to triangles). The pointer is outside the window
//! and no input arrives, as in a repaint after an unrelated event.
//!
//! `cargo bench --bench frames` prints criterion's report for each benchmark, then a table of
//! every median and its ratio to the empty frame (read back from criterion's
//! `estimates.json`). `cargo bench --bench frames -- scale/` runs one group.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use criterion::{BenchmarkGroup, BenchmarkId, Criterion, measurement::WallTime};
use egui::{Pos2, RawInput, Rect, Ui, vec2};

use career_explorer::app::team_document::TeamDocument;
use career_explorer::domain::Content;
use career_explorer::domain::advisor::TeamProfile;
use career_explorer::domain::catalog::{Catalog, Dimension, Responsibility, Role};
use career_explorer::domain::profile::PastResult;
use career_explorer::domain::quiz::{self, Answers, Item, ItemKind, Quiz, QuizData, QuizResult};
use career_explorer::domain::team::{Member, Team};
use career_explorer::i18n::Translator;
use career_explorer::ui::advisor::AdvisorScreen;
use career_explorer::ui::compare::CompareScreen;
use career_explorer::ui::quiz::QuizScreen;
use career_explorer::ui::results::{Attempt, ResultsScreen};
use career_explorer::ui::team::TeamScreen;
use career_explorer::{App, Command, Screen, StartOptions, storage};

/// The window size the frames are laid out for.
const SCREEN: [f32; 2] = [1280.0, 800.0];

/// Grid sizes for the "stays flat as rows grow" check.
const GRID_ROWS: [usize; 3] = [10, 100, 1_000];

/// Past results for the Results screen's history.
const HISTORY: [usize; 3] = [10, 100, 1_000];

/// Members of the large team on the Team screen.
const TEAM_MEMBERS: usize = 1_000;

/// Generated quiz size: 333 responsibilities x (2 skill + 1 interest) + 1 extra skill item.
const QUIZ_ITEMS: usize = 1_000;

/// Roles and dimensions of the wide generated catalog.
const WIDE_ROLES: usize = 100;
const WIDE_DIMENSIONS: usize = 40;

type Error = Box<dyn std::error::Error>;

fn main() -> Result<(), Error> {
    let started = SystemTime::now();
    let fixtures = Fixtures::new()?;
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(40)
        .configure_from_args();

    frames(&mut criterion, &fixtures);
    scale(&mut criterion, &fixtures);
    load(&mut criterion, &fixtures)?;
    slow_disk(&mut criterion)?;
    criterion.final_summary();

    print_summary(started);
    Ok(())
}

/// A headless egui context that is fed one frame of input at a time.
struct Headless {
    ctx: egui::Context,
    time: f64,
}

impl Headless {
    fn new() -> Self {
        Self {
            ctx: egui::Context::default(),
            time: 0.0,
        }
    }

    /// Runs one frame of `draw` and tessellates it, as eframe does before painting.
    fn frame(&mut self, mut draw: impl FnMut(&mut Ui)) -> usize {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(SCREEN[0], SCREEN[1]))),
            time: Some(self.time),
            ..RawInput::default()
        };
        let mut output = self.ctx.run_ui(input, |ui| draw(ui));
        // Nothing uploads textures here; debug builds panic on unapplied deltas.
        output.textures_delta.clear();
        let shapes = std::mem::take(&mut output.shapes);
        self.ctx.tessellate(shapes, output.pixels_per_point).len()
    }

    /// Lets a screen settle (fonts, sizing passes, caches) before it is timed.
    fn settle(&mut self, mut draw: impl FnMut(&mut Ui)) {
        for _ in 0..5 {
            self.frame(&mut draw);
        }
    }
}

/// Times `draw` as one frame per iteration, in a fresh context.
fn bench_frame(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: BenchmarkId,
    mut draw: impl FnMut(&mut Ui),
) {
    let mut headless = Headless::new();
    headless.settle(&mut draw);
    group.bench_function(id, |b| b.iter(|| black_box(headless.frame(&mut draw))));
}

/// A screen inside the central panel, as `App::ui` shows it.
fn in_panel(ui: &mut Ui, draw: impl FnOnce(&mut Ui)) {
    egui::CentralPanel::default().show(ui, draw);
}

fn frames(c: &mut Criterion, f: &Fixtures) {
    let mut group = c.benchmark_group("frame");
    let tr = Translator::default();
    bench_frame(&mut group, BenchmarkId::from_parameter("empty"), |_ui| {});

    let catalog = &f.shipped.catalog;
    let mut compare = CompareScreen::new(catalog, &tr);
    bench_frame(&mut group, BenchmarkId::from_parameter("compare"), |ui| {
        in_panel(ui, |ui| compare.ui(ui, catalog, &tr));
    });

    let mut advisor = AdvisorScreen::default();
    let team = TeamProfile::default();
    bench_frame(&mut group, BenchmarkId::from_parameter("advisor"), |ui| {
        in_panel(ui, |ui| {
            black_box(advisor.ui(ui, &f.shipped.advisor, catalog, &team, &tr));
        });
    });

    let quiz = &f.shipped.quiz;
    let half = answers_for(quiz, quiz.item_count() / 2, 7);
    let mut quiz_screen = QuizScreen::default();
    quiz_screen.go_to_item(quiz.item_count() / 2);
    bench_frame(&mut group, BenchmarkId::from_parameter("quiz"), |ui| {
        in_panel(ui, |ui| {
            black_box(quiz_screen.ui(ui, quiz, &half, &tr));
        });
    });

    let all = answers_for(quiz, quiz.item_count(), 7);
    let mut review = QuizScreen {
        page: QuizScreen::page_count(quiz),
        current: 0,
    };
    bench_frame(
        &mut group,
        BenchmarkId::from_parameter("quiz-review"),
        |ui| {
            in_panel(ui, |ui| {
                black_box(review.ui(ui, quiz, &all, &tr));
            });
        },
    );

    let history = &f.shipped_history[..3];
    bench_frame(&mut group, BenchmarkId::from_parameter("results"), |ui| {
        in_panel(ui, |ui| results_ui(ui, history, &tr));
    });

    let small_team = team_of(f, 8);
    let mut team_screen = TeamScreen::default();
    bench_frame(&mut group, BenchmarkId::from_parameter("team"), |ui| {
        in_panel(ui, |ui| {
            black_box(team_screen.ui(ui, &f.shipped, &small_team, None, &tr));
        });
    });
    group.finish();
}

/// A team of `members` people, each with one of the shipped-quiz results of the fixtures
/// (1,001 different answer sets), under the default framework, with a large organisation's
/// inputs so the staffing fills a product manager and product owner seats.
fn team_of(f: &Fixtures, members: usize) -> TeamDocument {
    let mut team = Team::new("Bench", "scrum");
    team.inputs.engineers = 250;
    team.inputs.teams = 4;
    for (n, (taken_at, result)) in f.shipped_history.iter().cycle().take(members).enumerate() {
        team.members.push(Member {
            name: format!("Person {n:04}"),
            profile_id: format!("bench-{n}"),
            latest_result: Some(PastResult {
                taken_at: *taken_at,
                result: result.clone(),
            }),
        });
    }
    TeamDocument::opened(team, PathBuf::from("bench-team.ron"))
}

fn scale(c: &mut Criterion, f: &Fixtures) {
    let mut group = c.benchmark_group("scale");
    let tr = Translator::default();
    for (rows, catalog) in &f.tall_catalogs {
        let mut compare = CompareScreen::new(catalog, &tr);
        bench_frame(
            &mut group,
            BenchmarkId::new("compare-2-roles-rows", rows),
            |ui| in_panel(ui, |ui| compare.ui(ui, catalog, &tr)),
        );
    }
    let wide = &f.wide.catalog;
    let mut compare = CompareScreen::new(wide, &tr);
    bench_frame(
        &mut group,
        BenchmarkId::from_parameter(format!("compare-{WIDE_ROLES}-roles-{WIDE_DIMENSIONS}-dims")),
        |ui| in_panel(ui, |ui| compare.ui(ui, wide, &tr)),
    );

    let quiz = &f.wide.quiz;
    let half = answers_for(quiz, quiz.item_count() / 2, 11);
    let mut quiz_screen = QuizScreen::default();
    quiz_screen.go_to_item(quiz.item_count() / 2);
    bench_frame(
        &mut group,
        BenchmarkId::from_parameter(format!("quiz-{QUIZ_ITEMS}-items")),
        |ui| {
            in_panel(ui, |ui| {
                black_box(quiz_screen.ui(ui, quiz, &half, &tr));
            });
        },
    );
    let all = answers_for(quiz, quiz.item_count(), 11);
    let mut review = QuizScreen {
        page: QuizScreen::page_count(quiz),
        current: 0,
    };
    bench_frame(
        &mut group,
        BenchmarkId::from_parameter(format!("quiz-{QUIZ_ITEMS}-items-review")),
        |ui| {
            in_panel(ui, |ui| {
                black_box(review.ui(ui, quiz, &all, &tr));
            });
        },
    );

    let big_team = team_of(f, TEAM_MEMBERS);
    let mut team_screen = TeamScreen::default();
    bench_frame(
        &mut group,
        BenchmarkId::new("team-members", TEAM_MEMBERS),
        |ui| {
            in_panel(ui, |ui| {
                black_box(team_screen.ui(ui, &f.shipped, &big_team, None, &tr));
            });
        },
    );
    // Sorted by combined fit with a filter: the order is cached, so the frame stays the same.
    let mut sorted = TeamScreen::default();
    sorted.sort = career_explorer::domain::team::SortBy::CombinedFit;
    sorted.filter = "1".to_owned();
    bench_frame(
        &mut group,
        BenchmarkId::new("team-members-sorted-filtered", TEAM_MEMBERS),
        |ui| {
            in_panel(ui, |ui| {
                black_box(sorted.ui(ui, &f.shipped, &big_team, None, &tr));
            });
        },
    );

    let wide_result = [(date(0), f.wide_result.clone())];
    bench_frame(
        &mut group,
        BenchmarkId::from_parameter(format!("results-{QUIZ_ITEMS}-items")),
        |ui| in_panel(ui, |ui| results_ui(ui, &wide_result, &tr)),
    );
    for past in HISTORY {
        let history = &f.shipped_history[..=past];
        bench_frame(
            &mut group,
            BenchmarkId::new("results-past-attempts", past),
            |ui| in_panel(ui, |ui| results_ui(ui, history, &tr)),
        );
    }
    group.finish();
}

fn load(c: &mut Criterion, f: &Fixtures) -> Result<(), Error> {
    let mut group = c.benchmark_group("load");
    group.bench_function("shipped-content", |b| {
        b.iter(|| black_box(Content::shipped().is_ok()));
    });
    let text = ron::ser::to_string(f.wide.quiz.data())?;
    let catalog = &f.wide.catalog;
    group.bench_function(format!("parse-validate-quiz-{QUIZ_ITEMS}"), |b| {
        b.iter(|| black_box(Quiz::from_ron("generated.ron", black_box(&text), catalog).is_ok()));
    });
    let quiz = &f.wide.quiz;
    let answers = answers_for(quiz, quiz.item_count(), 3);
    group.bench_function(format!("score-{QUIZ_ITEMS}-answers"), |b| {
        b.iter(|| black_box(quiz::score(quiz, black_box(&answers)).is_ok()));
    });
    group.finish();
    Ok(())
}

/// How long every fsync takes on the simulated slow disk.
const SLOW_SYNC: Duration = Duration::from_millis(200);

/// Answering quiz items in the whole app on a disk whose fsync takes 200 ms: the answer and
/// the frame after it (the autosave runs on its own thread), against the autosave write itself
/// (two fsyncs), which the first release did on the UI thread before that frame.
fn slow_disk(c: &mut Criterion) -> Result<(), Error> {
    storage::simulate_slow_sync(SLOW_SYNC);
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery.ron");
    let content = Content::shipped()?;
    let items: Vec<String> = content.quiz.items().iter().map(|i| i.id.clone()).collect();
    let options = StartOptions {
        screen: Some(Screen::Quiz),
        recovery_file: Some(recovery.clone()),
        ..StartOptions::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(vec2(SCREEN[0], SCREEN[1]))
        .build_eframe(move |cc| App::new(cc, content, options));
    harness.state_mut().settle(Duration::from_secs(10));
    let mut group = c.benchmark_group("slow-disk");
    let mut answered = 0_usize;
    group.bench_function("answer-and-next-frame", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                answered += 1;
                harness.state_mut().handle(Command::SetAnswer {
                    item: items[answered % items.len()].clone(),
                    value: u8::try_from(answered % 5).unwrap_or(0),
                });
                harness.step();
            }
            start.elapsed()
        });
    });
    let profile = harness.state().profile().clone();
    group.sample_size(10);
    group.bench_function("autosave-write", |b| {
        b.iter(|| black_box(storage::write_recovery_to(&recovery, &profile, None).is_ok()));
    });
    group.finish();
    harness.state_mut().settle(Duration::from_secs(30));
    storage::simulate_slow_sync(Duration::ZERO);
    Ok(())
}

/// The Results screen for `attempts` (oldest first), as the app passes them (newest first).
fn results_ui(ui: &mut Ui, attempts: &[(time::OffsetDateTime, QuizResult)], tr: &Translator) {
    let mut newest_first = attempts.iter().rev().map(|(taken, result)| Attempt {
        taken: *taken,
        result,
    });
    let latest = newest_first.next();
    let earlier: Vec<Attempt<'_>> = newest_first.collect();
    black_box(ResultsScreen.ui(ui, latest, &earlier, shipped_quiz(), tr));
}

/// The shipped quiz, read once.
fn shipped_quiz() -> &'static career_explorer::domain::quiz::Quiz {
    static QUIZ: std::sync::OnceLock<career_explorer::domain::quiz::Quiz> =
        std::sync::OnceLock::new();
    QUIZ.get_or_init(|| {
        Content::shipped()
            .map(|c| c.quiz)
            .unwrap_or_else(|err| panic!("the shipped content is invalid: {err}"))
    })
}

/// Everything the benchmarks draw, built before any timing starts.
struct Fixtures {
    shipped: Content,
    /// 1,001 scored attempts of the shipped quiz, oldest first.
    shipped_history: Vec<(time::OffsetDateTime, QuizResult)>,
    /// Two roles with 10, 100 and 1,000 dimensions.
    tall_catalogs: Vec<(usize, Catalog)>,
    /// 100 roles x 40 dimensions, 333 responsibilities, a 1,000-item quiz.
    wide: Content,
    wide_result: QuizResult,
}

impl Fixtures {
    fn new() -> Result<Self, Error> {
        let shipped = Content::shipped()?;
        let mut shipped_history = Vec::new();
        for seed in 0..=HISTORY[HISTORY.len() - 1] {
            let answers = answers_for(&shipped.quiz, shipped.quiz.item_count(), seed as u64);
            shipped_history.push((date(seed), quiz::score(&shipped.quiz, &answers)?));
        }
        let mut tall_catalogs = Vec::new();
        for rows in GRID_ROWS {
            // The grid adds four rows per catalog (responsibilities, time, output, certification).
            let catalog = generated_catalog(&shipped.catalog, 2, rows - 4, 10)?;
            tall_catalogs.push((rows, catalog));
        }
        let catalog = generated_catalog(
            &shipped.catalog,
            WIDE_ROLES,
            WIDE_DIMENSIONS,
            QUIZ_ITEMS / 3,
        )?;
        let quiz = generated_quiz(&shipped.quiz, &catalog, QUIZ_ITEMS)?;
        let wide_result = quiz::score(&quiz, &answers_for(&quiz, quiz.item_count(), 5))?;
        let wide = Content {
            catalog,
            advisor: shipped.advisor.clone(),
            quiz,
        };
        Ok(Self {
            shipped,
            shipped_history,
            tall_catalogs,
            wide,
            wide_result,
        })
    }
}

/// A catalog with `roles` roles, `dimensions` dimensions and `responsibilities` responsibilities
/// (dealt round the roles), its texts taken in turn from the shipped catalog so cells wrap as
/// real ones do.
fn generated_catalog(
    shipped: &Catalog,
    roles: usize,
    dimensions: usize,
    responsibilities: usize,
) -> Result<Catalog, Error> {
    let values: Vec<&String> = shipped
        .roles
        .iter()
        .flat_map(|r| r.values.values())
        .collect();
    let duties: Vec<&Responsibility> = shipped
        .roles
        .iter()
        .flat_map(|r| &r.responsibilities)
        .collect();
    let dimension_list: Vec<Dimension> = (0..dimensions)
        .map(|i| {
            let model = &shipped.dimensions[i % shipped.dimensions.len()];
            Dimension {
                id: format!("dim-{i}"),
                name: format!("{} {i}", model.name),
                explanation: model.explanation.clone(),
            }
        })
        .collect();
    let mut role_list: Vec<Role> = (0..roles)
        .map(|j| {
            let model = &shipped.roles[j % shipped.roles.len()];
            Role {
                id: format!("role-{j}"),
                name: format!("{} {j}", model.name),
                short_name: format!("R{j}"),
                summary: model.summary.clone(),
                values: dimension_list
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (d.id.clone(), values[(i + 3 * j) % values.len()].clone()))
                    .collect(),
                responsibilities: Vec::new(),
                time_spent: model.time_spent.clone(),
                primary_output: model.primary_output.clone(),
                certification: model.certification.clone(),
            }
        })
        .collect();
    for k in 0..responsibilities.max(roles) {
        let model = duties[k % duties.len()];
        role_list[k % roles].responsibilities.push(Responsibility {
            id: format!("duty-{k}"),
            title: model.title.clone(),
            description: model.description.clone(),
        });
    }
    let catalog = Catalog {
        intro: shipped.intro.clone(),
        dimensions: dimension_list,
        roles: role_list,
        certifications: Vec::new(),
        split_or_combine: shipped.split_or_combine.clone(),
    };
    catalog.validate("generated.ron")?;
    Ok(catalog)
}

/// A quiz of `items` items for `catalog`: two skill items and one interest item per
/// responsibility, then extra skill items, texts taken in turn from the shipped quiz.
fn generated_quiz(shipped: &Quiz, catalog: &Catalog, items: usize) -> Result<Quiz, Error> {
    let text_of = |kind: ItemKind| -> Vec<String> {
        shipped
            .items()
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| i.text.clone())
            .collect()
    };
    let (skill_texts, interest_texts) = (text_of(ItemKind::Skill), text_of(ItemKind::Interest));
    let duties: Vec<&str> = catalog
        .responsibilities()
        .map(|(_, r)| r.id.as_str())
        .collect();
    let mut data: QuizData = shipped.data().clone();
    data.items.clear();
    data.learn_next.clear();
    let learn: Vec<&String> = shipped.data().learn_next.values().collect();
    for (k, duty) in duties.iter().enumerate() {
        for (n, kind) in [ItemKind::Skill, ItemKind::Skill, ItemKind::Interest]
            .into_iter()
            .enumerate()
        {
            let texts = if kind == ItemKind::Skill {
                &skill_texts
            } else {
                &interest_texts
            };
            data.items.push(Item {
                id: format!("q-{k}-{n}"),
                responsibility: (*duty).to_owned(),
                kind,
                text: texts[(3 * k + n) % texts.len()].clone(),
                rater_text: (kind == ItemKind::Skill)
                    .then(|| format!("{{name}}: {}", texts[(3 * k + n) % texts.len()])),
            });
        }
        data.learn_next
            .insert((*duty).to_owned(), learn[k % learn.len()].clone());
    }
    let mut extra = 0;
    while data.items.len() < items {
        let duty = duties[extra % duties.len()];
        data.items.push(Item {
            id: format!("q-extra-{extra}"),
            responsibility: duty.to_owned(),
            kind: ItemKind::Skill,
            text: skill_texts[extra % skill_texts.len()].clone(),
            rater_text: Some(format!(
                "{{name}}: {}",
                skill_texts[extra % skill_texts.len()]
            )),
        });
        extra += 1;
    }
    data.combined_role.roles = catalog.roles[..2].iter().map(|r| r.id.clone()).collect();
    Ok(Quiz::from_data("generated.ron", data, catalog)?)
}

/// Answers to the first `count` items of `quiz`, values from a small deterministic generator.
fn answers_for(quiz: &Quiz, count: usize, seed: u64) -> Answers {
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    quiz.items()
        .iter()
        .take(count)
        .map(|item| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (item.id.clone(), ((state >> 33) % 5) as u8)
        })
        .collect()
}

/// When the `n`-th attempt was taken: a day apart from 2000-01-01.
fn date(n: usize) -> time::OffsetDateTime {
    time::macros::datetime!(2000-01-01 9:00 UTC) + time::Duration::days(n as i64)
}

/// Prints every median measured in this run and its ratio to the empty frame.
fn print_summary(started: SystemTime) {
    let root = criterion_dir();
    let mut rows: Vec<(String, f64)> = Vec::new();
    for group in ["frame", "scale", "load", "slow-disk"] {
        collect_medians(&root.join(group), group, started, &mut rows);
    }
    if rows.is_empty() {
        return;
    }
    // The floor first.
    rows.sort_by_key(|(id, _)| id != "frame/empty");
    let empty = rows
        .iter()
        .find(|(id, _)| id == "frame/empty")
        .map(|&(_, ns)| ns);
    let mut table = String::from("\nmedian per iteration (ratio to the empty frame)\n");
    for (id, ns) in &rows {
        let ratio = empty.map_or_else(String::new, |e| format!("{:>9.1}x", ns / e));
        let _ = writeln!(table, "{id:<44} {:>12} {ratio}", human(*ns));
    }
    print!("{table}");
}

/// `group/bench[/param]` and the median in ns of every `new/estimates.json` under `dir` written
/// since `started`, in path order.
fn collect_medians(dir: &Path, id: &str, started: SystemTime, out: &mut Vec<(String, f64)>) {
    let estimates = dir.join("new").join("estimates.json");
    if let Some(ns) = median_ns(&estimates, started) {
        out.push((id.to_owned(), ns));
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut children: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "report" && n != "new"))
        .collect();
    // Numeric parameters in numeric order, names in name order.
    children.sort_by_key(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (name.parse::<u64>().unwrap_or(u64::MAX), name)
    });
    for child in children {
        let name = child
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        collect_medians(&child, &format!("{id}/{name}"), started, out);
    }
}

fn median_ns(estimates: &Path, started: SystemTime) -> Option<f64> {
    let modified = std::fs::metadata(estimates).ok()?.modified().ok()?;
    if modified < started {
        return None;
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(estimates).ok()?).ok()?;
    json.get("median")?.get("point_estimate")?.as_f64()
}

/// Where criterion writes its results, found the way criterion finds it.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    let from_cargo = || {
        let output = std::process::Command::new(std::env::var_os("CARGO")?)
            .args(["metadata", "--format-version", "1", "--no-deps"])
            .output()
            .ok()?;
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
        Some(PathBuf::from(json.get("target_directory")?.as_str()?).join("criterion"))
    };
    from_cargo().unwrap_or_else(|| PathBuf::from("target/criterion"))
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} us", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}
