# The Quiz screen's own text and the rater's banner (the statements come from data/quiz.ron).
