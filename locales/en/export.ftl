# The exported reports (Markdown, HTML, CSV, SVG) and the command line's messages.

## Reports: Markdown, HTML and their charts. The personal report's disclaimer is the About
## box's `about-disclaimer` (dialogs.ftl): one text for both.

export-title = Career Explorer report
export-team-title = Career Explorer team report
export-date = Date:
export-about-scores = About these scores.
export-note-label = Note:
export-team-disclaimer = Each person's scores come from their own answers to a self-assessment, taken on the date shown. They are a starting point for a conversation about who does what, not the result of a validated psychometric test, and they do not measure ability or predict how well anyone would do in a role.
export-made-on = Made with Career Explorer on { $date }.
export-made-with = Made with Career Explorer.
# A band's name; $band is its key.
export-band =
    { $band ->
        [low] low
        [moderate] moderate
       *[high] high
    }
export-not-scored = not scored yet
# The advisor's verdict; $verdict is combine, split or none.
export-verdict =
    { $verdict ->
        [combine] Combine
        [split] Split
       *[none] No clear winner
    }
export-verdict-prefix = Verdict:
export-verdict-score = with a score of { $score } against a threshold of { $threshold } (a score within { $margin } of it is no clear winner).
export-team-heading = Team advisor: one person or two?
export-points-caption = Points from each input.
export-points-explained = Negative points lean toward one person in both roles, positive toward a separate Product Manager and Product Owner.
export-inputs-heading = Inputs and reasons
export-flips-heading = What would change the answer
export-quiz-heading = Career-fit quiz
export-quiz-not-taken = The quiz has not been taken yet.
export-since-last = Since the last attempt: { $changes }.
# A column or row heading for a role's fit, e.g. "PM fit".
export-role-fit = { $role } fit
export-role-fit-words = { $role } fit: { $words }
export-scores-run = Scores run from 0 to 100: below { $moderate } is low, from { $high } high.
export-trust-heading = How much to trust this result
export-fit = Fit
export-skill = Skill
export-interest = Interest
export-combined-heading = A job that combines the roles
export-by-responsibility-heading = Skill and interest by responsibility
export-responsibility-caption = Each responsibility's skill and interest scores out of 100; the dashed lines mark the moderate ({ $moderate }) and high ({ $high }) bands.
export-strengths-heading = Strengths
export-growth-heading = Growth areas and what to learn
export-not-drawn-heading = Skilled, but less drawn to
export-history-heading = Earlier attempts
export-history-none = No earlier attempts.
export-answered-of = { $answered } of { $total }
export-notes-heading = Notes
export-others-heading = What others said
export-others-explained = Skill scores from 0 to 100: yours, the others' average, and the lowest and highest of theirs.
export-raters =
    { $count ->
        [one] { $count } person has rated your skills.
       *[other] { $count } people have rated your skills.
    }
export-gap-blind-spot = possible blind spot
export-gap-hidden-strength = possible hidden strength

## Table headings.

export-col-role = Role
export-col-fit = Fit
export-col-range = Range
export-col-band = Band
export-col-chart = Chart
export-col-responsibility = Responsibility
export-col-skill = Skill
export-col-skill-range = Skill range
export-col-skill-band = Skill band
export-col-interest = Interest
export-col-interest-range = Interest range
export-col-interest-band = Interest band
export-col-input = Input
export-col-value = Value
export-col-points = Points
export-col-why = Why
export-col-date = Date
export-col-answered = Answered
export-col-lean = Lean
export-col-change = Change from the attempt before
export-col-you = You
export-col-others = Others
export-col-spread = Lowest–highest
export-col-raters = Raters
export-col-note = Note
export-col-seat = Seat
export-col-person-fit = Person and fit
export-col-runner-up = Runner-up
export-col-person = Person
export-col-result-taken = Result taken
export-col-combined-fit = Combined fit
export-col-strongest = Strongest
export-col-gap = Gap

## Charts: their titles and the descriptions a screen reader reads.

export-chart-fit-title = Fit for each role
export-chart-fit-desc = { $summary }. Scores below { $moderate } are low, from { $high } high.
export-chart-fit-of = { $role } fit { $score } out of 100 ({ $band }){ $range }
export-chart-fit-none = { $role } fit { $missing }
export-chart-range = , range { $low } to { $high }
export-chart-responsibility = { $role } { $title }: skill { $skill }, interest { $interest }
export-chart-not-answered = not answered
export-chart-points-title = Points from each input
export-chart-points-desc = Negative points lean toward one person in both roles (Combine), positive toward two people (Split). { $summary }.
export-chart-combine = ← Combine
export-chart-split = Split →

## The team report.

export-team-people-framework = **People:** { $count }. **Framework:** { $framework }: { $rule } ({ $source })
export-team-people-count =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
export-team-framework = framework:
export-anonymised-note = Names are anonymised: people are called Member 1, Member 2, and so on, in the order they were added to the team.
export-staffing-heading = Staffing
export-seats-explained = Seats are filled so that the total fit is as high as it can be and nobody holds two seats; the runner-up is the fittest person who holds no seat.
export-unfilled = unfilled: nobody left with a result for it
export-pinned = pinned
export-total-fit = Total fit of the seats: { $total }.
export-total-fit-pinned = Total fit of the seats: { $total }; the pinned choices cost { $cost } points of fit against the best assignment without them.
export-people-heading = People
export-no-result-yet = no result yet
export-skill-heading = Skill by responsibility
export-coverage-heading = Coverage
export-nobody-yet = nobody yet
export-gap = gap
export-no-gaps = Somebody is at least moderate at every responsibility.
export-gaps-heading = Gaps: what to learn

## CSV header row: the column names (the *_id columns keep their name in every language).

export-csv-name = name
export-csv-date = date
export-csv-role = role
export-csv-responsibility = responsibility
export-csv-skill = skill
export-csv-skill-band = skill_band
export-csv-skill-low = skill_low
export-csv-skill-high = skill_high
export-csv-interest = interest
export-csv-interest-band = interest_band
export-csv-interest-low = interest_low
export-csv-interest-high = interest_high
export-csv-quality = quality
export-csv-others-skill = others_skill
export-csv-others-low = others_low
export-csv-others-high = others_high
export-csv-raters = raters
export-csv-team = team
export-csv-person = person
export-csv-result-taken = result_taken
export-csv-seat = seat

## The command line's messages (clap's own help text stays in English).

cli-error-output = could not write the output: { $error }
cli-error-no-team = { $path }: this profile has no team profile yet; describe the team in the Team advisor (or add a `team` field) first
cli-error-no-answers = { $path }: this profile has no quiz answers yet; take the quiz first
cli-error-incomplete = { $path }: { $missing } of { $total } quiz items are not answered yet; finish the quiz, or pass --partial to score the answers given so far
cli-error-json = could not write JSON: { $error }
cli-error-anonymise-profile = { $path }: --anonymise applies to team files only; this is a profile, a report about one named person
cli-error-unknown-framework = --framework `{ $framework }` does not exist; it must be one of { $known }
cli-error-no-framework = the advisor data lists no staffing framework
cli-error-content = the built-in content is invalid: { $error }
cli-error-no-rating-added = no rating was added; { $path } is unchanged
cli-error-no-profile-id = { $path }: this profile has no id yet, so no rating can be for it; make a request with `quiz rating-request` first
cli-error-no-id-on-stdin = standard input: this profile has no id yet, and one read from standard input cannot be saved with one; pass its file instead
cli-error-add-to-stdin = add-rating saves the profile back, so it needs the profile's file, not standard input
cli-error-no-members = no member could be read from the paths given
cli-advice-for = Team advice for { $who }
cli-verdict = Verdict: { $verdict }
cli-advice-score = Score: { $score } (threshold { $threshold }; within { $margin } of it there is no clear winner; positive points lean toward Split, negative toward Combine)
cli-why = Why:
cli-flips = What would change the answer:
cli-check-inputs = Check the inputs:
cli-quiz-for = Quiz result for { $who }
cli-answered = Answered { $answered } of { $total } items.
cli-answered-partial = Answered { $answered } of { $total } items (a partial result).
cli-role-fit = { $role }: fit { $fit }
cli-skill-interest = skill { $skill }, interest { $interest }
cli-trust = How much to trust this result:
cli-lean = Lean: { $lean }
cli-combined = Combined role: { $sentence }
cli-strengths = Strengths:
cli-growth = Growth areas (drawn to it, not yet skilled):
cli-not-drawn = Skilled but not drawn to it:
cli-next = Next: { $next }
cli-notes = Notes:
cli-responsibility-line = { $title } ({ $role }): skill { $skill }, interest { $interest }
cli-others-heading =
    { $count ->
        [one] What others said ({ $count } rating):
       *[other] What others said ({ $count } ratings):
    }
cli-others-row =
    { $count ->
        [one] { $title }: you { $own }, others { $others } (from { $low } to { $high }, { $count } rater)
       *[other] { $title }: you { $own }, others { $others } (from { $low } to { $high }, { $count } raters)
    }
cli-given-id = { $path }: the profile had no id yet, so it was given the id { $id } and saved with it; ratings sent back for this request name that id
cli-wrote-request = Wrote a rating request for { $name } ({ $count } skill items) to { $output }. Send it to someone who knows your work; add the rating they send back with `career-explorer quiz add-rating { $profile } RATING`.
cli-rating-other-profile = { $path }: this rating is for another profile: { $name }'s, with the id { $their-id }; { $profile } has the id { $id }
cli-rating-already-there = { $path }: this rating ({ $who }) is already in the profile; skipped
cli-no-rating-added =
    { $count ->
        [one] No rating added to { $who }: each one was already there. It has { $count } rating.
       *[other] No rating added to { $who }: each one was already there. It has { $count } ratings.
    }
cli-added-ratings =
    { $added ->
        [one] Added { $added } rating to { $who }; it now has { $count }:
       *[other] Added { $added } ratings to { $who }; it now has { $count }:
    }
cli-anonymous-rater = an anonymous rater
cli-rated-on = { $rater }, rated on { $date }
cli-team-of =
    { $count ->
        [one] Team of { $count } person
       *[other] Team of { $count } people
    }
cli-no-result-yet = No quiz result yet: { $names }
cli-team-verdict = Verdict: { $verdict } (score { $score }, threshold { $threshold }, margin { $margin })
cli-staffing = Staffing ({ $framework }: { $rule }):
cli-seat = { $seat }: { $holder }; runner-up: { $runner }
cli-coverage = Coverage (strongest by skill):
cli-gap-flag = GAP
cli-wrote-team =
    { $count ->
        [one] { $path }: wrote a team of { $count } person
       *[other] { $path }: wrote a team of { $count } people
    }
cli-same-person = { $path }: the same person as a profile read before it; counted once, with this file's result
cli-skipped = skipped { $why }

## The export formats, as the Export dialog offers them.
export-format-markdown = Markdown
export-format-html = Web page (HTML)
export-format-csv = Spreadsheet (CSV)
