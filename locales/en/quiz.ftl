# The Quiz screen's own text and the rater's banner above it. The statements, scales and the
# quiz's introduction come from data/.

quiz-heading = Career-fit quiz
# Heading when someone answers a rating request about another person.
quiz-heading-rater = Rating request
# The progress bar's text and, for a screen reader, its value in words.
quiz-answered = { $answered } of { $total } answered
# The progress bar's name for a screen reader.
quiz-progress = Quiz progress
quiz-page-hint = Page { $page } of { $pages }. Press 1-5 to answer the highlighted item.
# A statement with its number, e.g. "3. I have written a product vision".
quiz-item = { $number }. { $text }
# The scale's legend above its items: "2 Done it with help: With someone guiding you".
quiz-point-meaning = { $number } { $label }: { $meaning }

## The buttons below the items.
quiz-back = Back
quiz-next = Next
# The button that leads from the last page to the review page, and the review page's heading.
quiz-review = Review
quiz-submit = Submit
    .disabled = Answer every item first
quiz-save-rating = Save rating...
    .disabled = Answer at least one item first

## The review page.
quiz-review-complete = Every item is answered. Submit to see your result, or go back to change any answer.
quiz-review-rater-complete = Every item is answered. Save your rating, or go back to change any answer.
quiz-review-rater-partial = Items you leave unanswered are left out of the rating: leave those you have not seen.
quiz-review-missing = { $missing ->
    [one] { $missing } of { $total } items is not answered yet:
   *[other] { $missing } of { $total } items are not answered yet:
}
# Button beside an unanswered item on the review page.
quiz-answer-item = Answer item { $number }
# Button beside an answered item on the review page.
quiz-change = Change
# An answered item on the review page: "3. Done it with help: I have written a product vision".
quiz-review-answered = { $number }. { $answer }: { $text }

## The banner above a rater's quiz.
rater-heading = You are rating { $name }
rater-heading-unnamed = You are rating this person
rater-name = Your name:
rater-anonymous = Stay anonymous
    .hover = { $name } will not see your name
    .hover-unnamed = This person will not see your name
rater-stop = Stop rating
rater-saved-to = Saved to { $path }
rater-changed = Changed since it was saved
rater-not-saved = Not saved yet: Save rating on the review page writes the file to send back
