# Names used all over the app.

## The app's name: a product name, the same in every language.
-app-name = Career Explorer

## The screens, as their tabs and View > Screen name them.
screen-compare = Compare
screen-advisor = Team advisor
screen-quiz = Quiz
screen-results = Results
screen-team = Team
