# The Team screen's own text.
