//! Filling seats with people as an assignment problem, solved exactly with the Kuhn-Munkres
//! (Hungarian) algorithm from the `pathfinding` crate.
//!
//! The input is a table of fits, seat by person, with `None` where a person cannot hold a seat
//! (no fit for its role yet). The answer gives each seat at most one person and each person at
//! most one seat, with the largest total fit; among answers with that total, the one that
//! fills the most seats. Pinned people keep their seats and the rest is solved around them.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

/// Fits by seat, then by person: `fits[seat][person]`, 0-100, or `None` where the person
/// cannot hold the seat. Rows shorter than the number of people read as `None`.
pub(super) type Fits = [Vec<Option<u8>>];

/// Who holds which seat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Assignment {
    /// For each seat, the index of the person holding it; `None` when nobody can.
    pub(super) holders: Vec<Option<usize>>,
    /// The sum of the holders' fits.
    pub(super) total_fit: u32,
}

/// Why pins cannot be honoured. Indices are those of the fit table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PinProblem {
    /// A pin names a seat or a person outside the table.
    OutOfRange { seat: usize, person: usize },
    /// Two pins name this seat.
    SeatTwice { seat: usize },
    /// Two pins name this person.
    PersonTwice { person: usize },
    /// The person has no fit for the seat.
    NoFit { seat: usize, person: usize },
}

fn fit(fits: &Fits, seat: usize, person: usize) -> Option<u8> {
    fits.get(seat)
        .and_then(|row| row.get(person))
        .copied()
        .flatten()
        .map(|f| f.min(100))
}

/// The best assignment of `people` people to the seats of `fits` that keeps every pin
/// (`(seat, person)`).
pub(super) fn assign(
    fits: &Fits,
    people: usize,
    pins: &[(usize, usize)],
) -> Result<Assignment, PinProblem> {
    let seats = fits.len();
    let mut holders = vec![None; seats];
    let mut pinned_people = vec![false; people];
    for &(seat, person) in pins {
        let (Some(holder), Some(taken)) = (holders.get_mut(seat), pinned_people.get_mut(person))
        else {
            return Err(PinProblem::OutOfRange { seat, person });
        };
        if holder.is_some() {
            return Err(PinProblem::SeatTwice { seat });
        }
        if *taken {
            return Err(PinProblem::PersonTwice { person });
        }
        if fit(fits, seat, person).is_none() {
            return Err(PinProblem::NoFit { seat, person });
        }
        *holder = Some(person);
        *taken = true;
    }
    let free_seats: Vec<usize> = (0..seats).filter(|&s| holders[s].is_none()).collect();
    let free_people: Vec<usize> = (0..people).filter(|&p| !pinned_people[p]).collect();
    for (seat, person) in free_seats
        .iter()
        .zip(optimum(fits, &free_seats, &free_people))
    {
        holders[*seat] = person;
    }
    let total_fit = holders
        .iter()
        .enumerate()
        .filter_map(|(seat, person)| fit(fits, seat, (*person)?))
        .map(u32::from)
        .sum();
    Ok(Assignment { holders, total_fit })
}

/// The best holders for `seats` among `people`, seat by seat.
///
/// Weights are whole numbers: `fit × (seats + 1) + 1` for a person who can hold the seat, so
/// the total fit decides and, between equal totals, filling one more seat does; 0 for a seat
/// left empty, whether it is given someone who cannot hold it or one of the "nobody" columns
/// added when there are fewer people than seats (Kuhn-Munkres needs at least as many columns
/// as rows).
fn optimum(fits: &Fits, seats: &[usize], people: &[usize]) -> Vec<Option<usize>> {
    let rows = seats.len();
    if rows == 0 {
        return Vec::new();
    }
    let columns = candidates(fits, seats, people);
    let scale = i64::try_from(rows).map_or(i64::MAX, |rows| rows.saturating_add(1));
    let width = columns.len().max(rows);
    let weights = Matrix::from_fn(rows, width, |(row, column)| {
        columns
            .get(column)
            .and_then(|&person| fit(fits, seats[row], person))
            .map_or(0, |f| i64::from(f).saturating_mul(scale).saturating_add(1))
    });
    let (_, chosen) = kuhn_munkres(&weights);
    chosen
        .into_iter()
        .zip(seats)
        .map(|(column, &seat)| {
            columns
                .get(column)
                .copied()
                .filter(|&person| fit(fits, seat, person).is_some())
        })
        .collect()
}

/// The people worth a column: for each seat, its `seats.len()` best candidates.
///
/// Nobody else can be needed: if a seat's holder were outside its best `n` (for `n` seats),
/// one of those `n` would be free (the other seats hold at most `n - 1` of them) and at least
/// as fit, so swapping them in loses nothing. This keeps the table small for large teams.
fn candidates(fits: &Fits, seats: &[usize], people: &[usize]) -> Vec<usize> {
    let mut columns = BTreeSet::new();
    let mut previous: Option<&Vec<Option<u8>>> = None;
    for &seat in seats {
        let row = fits.get(seat);
        // Seats of one kind (the product owners) share a row: their best are the same.
        if row.is_some() && row == previous {
            continue;
        }
        previous = row;
        let mut ranked: Vec<(u8, usize)> = people
            .iter()
            .filter_map(|&person| Some((fit(fits, seat, person)?, person)))
            .collect();
        ranked.sort_by_key(|&(f, person)| (Reverse(f), person));
        columns.extend(ranked.into_iter().take(seats.len()).map(|(_, p)| p));
    }
    columns.into_iter().collect()
}

impl Assignment {
    /// Who came next for `seat`: the fittest person who could hold it, holds no seat, and is
    /// not its holder; the first of them on a tie.
    pub(super) fn runner_up(&self, fits: &Fits, people: usize, seat: usize) -> Option<usize> {
        let seated: BTreeSet<usize> = self.holders.iter().flatten().copied().collect();
        (0..people)
            .filter(|person| !seated.contains(person))
            .filter_map(|person| Some((fit(fits, seat, person)?, person)))
            .min_by_key(|&(f, person)| (Reverse(f), person))
            .map(|(_, person)| person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table(rows: &[&[Option<u8>]]) -> Vec<Vec<Option<u8>>> {
        rows.iter().map(|row| row.to_vec()).collect()
    }

    #[test]
    fn the_optimum_beats_seat_by_seat_greed() {
        // Seat 0 (PM), seat 1 (PO). Ana: PM 90, PO 85. Bo: PM 80, PO 10. Taking the best for
        // the first seat (Ana as PM) leaves Bo as PO: 100 in all; the optimum is 165.
        let fits = table(&[&[Some(90), Some(80)], &[Some(85), Some(10)]]);
        let a = assign(&fits, 2, &[]).unwrap();
        assert_eq!(a.holders, [Some(1), Some(0)]);
        assert_eq!(a.total_fit, 165);
    }

    #[test]
    fn fewer_candidates_than_seats_leave_seats_empty() {
        let fits = table(&[&[Some(70)], &[Some(60)], &[Some(50)]]);
        let a = assign(&fits, 1, &[]).unwrap();
        assert_eq!(a.holders, [Some(0), None, None]);
        assert_eq!(a.total_fit, 70);
        // Nobody at all.
        let a = assign(&table(&[&[], &[]]), 0, &[]).unwrap();
        assert_eq!((a.holders, a.total_fit), (vec![None, None], 0));
        // No seats.
        assert_eq!(
            assign(&[], 3, &[]).unwrap().holders,
            Vec::<Option<usize>>::new()
        );
    }

    #[test]
    fn people_without_a_fit_are_never_seated() {
        let fits = table(&[&[None, Some(40)], &[None, Some(30)]]);
        let a = assign(&fits, 2, &[]).unwrap();
        assert_eq!(a.holders, [Some(1), None]);
    }

    #[test]
    fn a_fit_of_zero_still_fills_a_seat() {
        let fits = table(&[&[Some(0), Some(90)], &[Some(0), Some(95)]]);
        let a = assign(&fits, 2, &[]).unwrap();
        assert_eq!(a.total_fit, 95);
        assert_eq!(a.holders, [Some(0), Some(1)]);
    }

    #[test]
    fn pins_are_kept_and_the_rest_is_solved_around_them() {
        let fits = table(&[&[Some(90), Some(80)], &[Some(85), Some(10)]]);
        let a = assign(&fits, 2, &[(0, 0)]).unwrap();
        assert_eq!(a.holders, [Some(0), Some(1)]);
        assert_eq!(a.total_fit, 100);
        assert_eq!(assign(&fits, 2, &[]).unwrap().total_fit - a.total_fit, 65);
    }

    #[test]
    fn bad_pins_are_refused() {
        let fits = table(&[&[Some(90), None], &[Some(85), Some(10)]]);
        assert_eq!(
            assign(&fits, 2, &[(2, 0)]),
            Err(PinProblem::OutOfRange { seat: 2, person: 0 })
        );
        assert_eq!(
            assign(&fits, 2, &[(0, 5)]),
            Err(PinProblem::OutOfRange { seat: 0, person: 5 })
        );
        assert_eq!(
            assign(&fits, 2, &[(1, 0), (1, 1)]),
            Err(PinProblem::SeatTwice { seat: 1 })
        );
        assert_eq!(
            assign(&fits, 2, &[(0, 0), (1, 0)]),
            Err(PinProblem::PersonTwice { person: 0 })
        );
        assert_eq!(
            assign(&fits, 2, &[(0, 1)]),
            Err(PinProblem::NoFit { seat: 0, person: 1 })
        );
    }

    #[test]
    fn runner_up_is_the_best_free_candidate() {
        // Three people for two seats; Cy is free and fits seat 0 at 50, Bo holds seat 1.
        let fits = table(&[&[Some(90), Some(70), Some(50)], &[Some(20), Some(60), None]]);
        let a = assign(&fits, 3, &[]).unwrap();
        assert_eq!(a.holders, [Some(0), Some(1)]);
        assert_eq!(a.runner_up(&fits, 3, 0), Some(2));
        // Cy cannot hold seat 1, and everyone else is seated.
        assert_eq!(a.runner_up(&fits, 3, 1), None);
    }

    /// The best (total fit, seats filled) over every assignment that keeps `pins`.
    fn brute_force(fits: &Fits, people: usize, pins: &[(usize, usize)]) -> (u32, usize) {
        fn go(
            fits: &Fits,
            people: usize,
            pins: &[(usize, usize)],
            seat: usize,
            used: &mut Vec<bool>,
        ) -> (u32, usize) {
            if seat == fits.len() {
                return (0, 0);
            }
            if let Some(&(_, person)) = pins.iter().find(|(s, _)| *s == seat) {
                let (total, filled) = go(fits, people, pins, seat + 1, used);
                return (
                    total + u32::from(fit(fits, seat, person).unwrap_or(0)),
                    filled + 1,
                );
            }
            let mut best = go(fits, people, pins, seat + 1, used);
            for person in 0..people {
                let Some(f) = fit(fits, seat, person) else {
                    continue;
                };
                if used[person] {
                    continue;
                }
                used[person] = true;
                let (total, filled) = go(fits, people, pins, seat + 1, used);
                used[person] = false;
                best = best.max((total + u32::from(f), filled + 1));
            }
            best
        }
        let mut used = vec![false; people];
        for &(_, person) in pins {
            used[person] = true;
        }
        go(fits, people, pins, 0, &mut used)
    }

    /// Any fit, with ties and zeros made common: ties are where a careless weighting leaves a
    /// seat empty that someone could fill.
    fn arb_fit() -> impl Strategy<Value = u8> {
        prop_oneof![2 => 0..=100u8, 1 => 0..=2u8]
    }

    prop_compose! {
        /// Up to 3 seats and 5 people, fits 0-100 or none, and pins that can be kept.
        fn arb_case()(seats in 0..=3usize, people in 0..=5usize)(
            fits in prop::collection::vec(
                prop::collection::vec(prop::option::weighted(0.8, arb_fit()), people),
                seats,
            ),
            wanted in prop::collection::vec((0..3usize, 0..5usize), 0..=3),
            people in Just(people),
        ) -> (Vec<Vec<Option<u8>>>, usize, Vec<(usize, usize)>) {
            let mut pins: Vec<(usize, usize)> = Vec::new();
            for (seat, person) in wanted {
                let free = pins.iter().all(|&(s, p)| s != seat && p != person);
                if free && fit(&fits, seat, person).is_some() && person < people {
                    pins.push((seat, person));
                }
            }
            (fits, people, pins)
        }
    }

    proptest! {
        #[test]
        fn optimal_one_seat_each_and_pins_kept((fits, people, pins) in arb_case()) {
            let a = assign(&fits, people, &pins).unwrap();
            prop_assert_eq!(a.holders.len(), fits.len());
            // Nobody in two seats, and every holder can hold their seat.
            let seated: Vec<usize> = a.holders.iter().flatten().copied().collect();
            let distinct: BTreeSet<usize> = seated.iter().copied().collect();
            prop_assert_eq!(distinct.len(), seated.len());
            for (seat, holder) in a.holders.iter().enumerate() {
                if let Some(person) = holder {
                    prop_assert!(fit(&fits, seat, *person).is_some());
                }
            }
            // Every pin kept.
            for &(seat, person) in &pins {
                prop_assert_eq!(a.holders[seat], Some(person));
            }
            // The total fit, and then the seats filled, match a search of every assignment.
            let filled = a.holders.iter().flatten().count();
            prop_assert_eq!((a.total_fit, filled), brute_force(&fits, people, &pins));
            // Pins never gain fit over the free optimum.
            let free = assign(&fits, people, &[]).unwrap();
            prop_assert!(free.total_fit >= a.total_fit);
            // The runner-up is free, can hold the seat, and nobody free fits it better.
            for (seat, holder) in a.holders.iter().enumerate() {
                let Some(next) = a.runner_up(&fits, people, seat) else { continue };
                prop_assert!(!distinct.contains(&next) && Some(next) != *holder);
                let next_fit = fit(&fits, seat, next);
                for other in (0..people).filter(|p| !distinct.contains(p)) {
                    prop_assert!(fit(&fits, seat, other) <= next_fit);
                }
            }
        }
    }
}
