# The Team advisor screen's own text (the inputs' labels and reasons come from data/advisor.ron).
