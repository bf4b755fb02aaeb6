# The Team advisor screen's own text. The inputs' names, help and scale ends, the reasons,
# the warnings and what would change the answer come from data/advisor.ron.

advisor-form-heading = Your team
advisor-form-intro = Describe the product group; the advice updates as you type.
# A number input's tooltip: its range.
advisor-number-hover = { $min } to { $max }; drag, type a number, or use the arrow keys
# Before a warning from data/advisor.ron about inputs that contradict each other.
advisor-check = Check: { $warning }
# A number in the profile outside its input's range; $input is the input's name.
advisor-out-of-range = { $input } is { $value }; it must be from { $min } to { $max }

## The verdict, large; also on the Team screen.
advisor-verdict-combine = Combine: one person holds both roles
advisor-verdict-split = Split: a PM and a separate PO
advisor-verdict-none = No clear winner

## Under the verdict: the score against the threshold.
advisor-margin-close = Score { $score }: within { $margin ->
        [one] { $margin } point
       *[other] { $margin } points
    } of the threshold ({ $threshold }), too close to call.
advisor-margin-clear = Score { $score }: { $distance ->
        [one] { $distance } point
       *[other] { $distance } points
    } from the threshold ({ $threshold }); a margin above { $margin ->
        [one] { $margin } point
       *[other] { $margin } points
    } is needed for a clear answer.

advisor-pushed-heading = What pushed the answer
# One input's push, before its reason. $direction is split, combine or neutral; $points is
# signed (negative toward Combine).
advisor-contribution = { $input } ({ $direction ->
        [split] +{ $points } toward Split
        [combine] { $points } toward Combine
       *[neutral] 0, neutral
    }):

advisor-change-heading = What would change the answer
advisor-try-it = Try it
    .hover = Set this input to that value
# A "Try it" button's name for screen readers: which change it tries.
advisor-try-it-name = Try it: { $change }

## The bar chart of the pushes.
advisor-chart-axis = toward Combine (left)  |  toward Split (right)
advisor-chart-series = Contribution
# The chart's name for screen readers.
advisor-chart-name = Chart of what pushed the answer
# One bar in words for screen readers; $points is never negative.
advisor-chart-bar = { $input }: { $direction ->
        [split] { $points ->
            [one] { $points } point toward Split
           *[other] { $points } points toward Split
        }
        [combine] { $points ->
            [one] { $points } point toward Combine
           *[other] { $points } points toward Combine
        }
       *[neutral] no push either way
    }.
