#![allow(clippy::expect_used)]
//! Time to open a 1,000-member team file (`load_team`), and to read a folder of 1,000
//! profiles as members (`read_members`, in parallel), on files in a temporary folder.
//!
//! `cargo bench --bench team`. The release binary's `team summarize` over 10,000 profiles,
//! with its peak memory, is measured by `scripts/bench-team.sh`; figures in BENCHMARKS.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::Criterion;

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::team::{Member, Team};
use career_explorer::storage::{load_profile, load_team, read_members, save_profile, save_team};

/// How many people the generated team and folder hold.
const PEOPLE: usize = 1000;

/// `PEOPLE` copies of the version 3 fixture (complete answers, two results, notes), each with
/// its own id and name, in `folder`.
fn write_profiles(folder: &Path, content: &Content) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/version3.ron");
    let template = load_profile(&fixture, content).expect("the fixture loads");
    for i in 0..PEOPLE {
        let mut profile: Profile = template.clone();
        profile.id = Some(ProfileId::new(format!("bench-{i}")).expect("a valid id"));
        profile.name = format!("Person {i}");
        save_profile(&folder.join(format!("p{i:05}.ron")), &profile).expect("saved");
    }
}

fn benches(c: &mut Criterion) {
    let content = Content::shipped().expect("the shipped content is valid");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let folder = dir.path().join("people");
    std::fs::create_dir(&folder).expect("a folder");
    write_profiles(&folder, &content);

    let batch = read_members(std::slice::from_ref(&folder), &content);
    assert_eq!(batch.members.len(), PEOPLE, "every profile is read");
    let mut team = Team::new("Bench", "safe");
    for (_, member) in batch.members {
        let member: Member = member;
        team.add_or_update(member).expect("a valid member");
    }
    let team_file: PathBuf = dir.path().join("team.ron");
    save_team(&team_file, &team).expect("saved");

    let mut group = c.benchmark_group("team");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("load_team, 1,000 members", |b| {
        b.iter(|| black_box(load_team(&team_file, &content).expect("loads")));
    });
    group.bench_function("read_members, folder of 1,000 profiles", |b| {
        b.iter(|| black_box(read_members(std::slice::from_ref(&folder), &content)));
    });
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    benches(&mut criterion);
    criterion.final_summary();
}
