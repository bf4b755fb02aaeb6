# The Results screen's own text. Role names, responsibilities, the result's sentences, the
# answer-quality sentences and what others said about the person come from data/.

## Before any result.
results-none = No result yet
results-none-hint = Take the career-fit quiz to see how your skills and interests fit the Product Manager and Product Owner roles.
results-go-to-quiz = Go to the quiz

## The newest result.
results-heading = Your result
results-retake = Retake
    .hover = Start the quiz again; this result stays in your history
# A role's fit bar, and its name for a screen reader: "Product Manager fit".
results-fit = { $role } fit
# A score's band, as a word inside other texts.
results-band = { $band ->
    [low] low
    [moderate] moderate
   *[high] high
}
# Beside a fit bar, and its value for a screen reader: "75 of 100, high".
results-fit-value = { $value } of 100, { $band }
# The same for a screen reader, with the range: "75 of 100, high, range 69 to 81".
results-fit-value-range = { $value } of 100, { $band }, range { $low } to { $high }
# The range beside a fit bar.
results-range = range { $low } to { $high }
results-not-scored = not scored yet
# Below a fit whose range crosses a band; $spans is the quiz's own sentence about it.
results-either-band = The fit could be either band: { $spans }.
# Below each fit: "Skill 72 (high), range 64 to 80, interest 55 (moderate)".
results-skill-interest = Skill { $skill }, interest { $interest }
# A score in words: "72 (high)".
results-score = { $value } ({ $band })
# A score in words with its range: "72 (high), range 64 to 80".
results-score-range = { $value } ({ $band }), range { $low } to { $high }
# A score whose range crosses a band: "72 (high); the range 64 to 80 spans moderate and high".
results-score-spans = { $value } ({ $band }); { $spans }
# $changes are the quiz's sentences about how each fit moved.
results-since-last = Since the last attempt: { $changes }.

## How much to trust this result.
results-trust = How much to trust this result

## Skill and interest by responsibility.
results-by-responsibility = Skill and interest by responsibility
results-skill = Skill
results-interest = Interest
results-others-average = Others' average skill
results-likely-range = Likely range
results-axis = score, 0-100
# The chart's name for a screen reader; its description follows.
results-chart = Chart of skill and interest by responsibility
results-chart-scale = Scores from 0 to 100.
# One responsibility in the chart's description.
results-chart-row = { $responsibility } ({ $role }): skill { $skill }, interest { $interest }.
results-chart-row-others = { $responsibility } ({ $role }): skill { $skill }, interest { $interest }, others' average skill { $others }.
results-table = Scores and ranges as a table
results-responsibility = Responsibility
# A score in the table: "75 (range 58 to 92)".
results-score-in-range = { $value } (range { $low } to { $high })
# A responsibility with its role: "Product vision (Product Manager)".
results-responsibility-of = { $responsibility } ({ $role })

## What others said.
results-others = What others said
results-others-intro = { $raters ->
    [one] { $raters } person has rated your skills. Their average is shown beside your own answers, on the same 0-100 scale; the chart above marks it with a diamond.
   *[other] { $raters } people have rated your skills. Their average is shown beside your own answers, on the same 0-100 scale; the chart above marks it with a diamond.
}
results-others-table = What others said, as a table
results-you = You
results-others-column = Others
results-spread = Raters' spread
results-note = Note
# Others' average and how many rated it: "62 (2 rated)".
results-others-rated = { $average } ({ $raters } rated)
# The lowest and highest rating: "50 to 75".
results-spread-value = { $low } to { $high }
results-not-rated = not rated
results-blind-spot = blind spot
results-hidden-strength = hidden strength

## Strengths and growth areas.
results-strengths = Strengths
results-growth-areas = Growth areas: drawn to it, not yet skilled
results-skilled-not-drawn = Skilled, but less drawn to
# One responsibility in these lists: "Product vision (Product Manager): skill 75, interest 80".
results-highlight = { $responsibility } ({ $role }): skill { $skill }, interest { $interest }
# What to learn next for a growth area; $learn comes from the quiz.
results-learn-next = Next: { $learn }

## Earlier attempts.
results-earlier = Earlier attempts
results-first-attempt = This is your first attempt. Retake the quiz later to see how you change.
results-attempt = Attempt
results-lean = Lean
results-this-attempt = This attempt ({ $date })
results-lean-combined = Combined role
results-lean-neither = Neither yet
results-lean-too-close = Too close to call
