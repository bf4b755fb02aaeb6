# Namen, die überall in der App vorkommen.

## Der Name der App: ein Produktname, in jeder Sprache gleich.
-app-name = Career Explorer

## Die Bereiche, wie ihre Reiter und Ansicht > Bereich sie nennen.
screen-compare = Vergleich
screen-advisor = Teamberater
screen-quiz = Quiz
screen-results = Ergebnisse
screen-team = Team
