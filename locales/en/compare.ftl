# The Compare screen's own text (the roles and dimensions come from data/).

compare-filter = Filter
    .hint = dimension or text
    .hover = Show only rows whose name or text contains this (any case)
compare-clear-filter = Clear filter
compare-only-differences = Only differences
    .hover = Hide rows where every role says the same
compare-no-rows = No rows match
# The first column's heading.
compare-dimension = Dimension

## The rows after the catalog's dimensions: what each role's profile says about it. The
## explanation shows when the pointer rests on the name.
compare-aspect-responsibilities = Responsibilities
    .explanation = What the role is accountable for, day to day.
compare-aspect-time = Where the time goes
    .explanation = Who and what fills most of the role's working week.
compare-aspect-output = Primary output
    .explanation = The main thing the role hands to others.
compare-aspect-certification = Certification
    .explanation = Credentials that prepare for the role, and what they leave out.
