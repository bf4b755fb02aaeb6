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
