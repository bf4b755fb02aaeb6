# Der eigene Text des Bereichs Quiz und das Banner über dem Quiz einer bewertenden Person. Die
# Aussagen, Skalen und die Einleitung des Quiz kommen aus data/.

quiz-heading = Quiz: Welche Rolle passt zu dir?
# Überschrift, wenn jemand eine Bewertungsanfrage zu einer anderen Person beantwortet.
quiz-heading-rater = Bewertungsanfrage
# Der Text des Fortschrittsbalkens und, für Screenreader, sein Wert in Worten.
quiz-answered = { $answered } von { $total } beantwortet
# Der Name des Fortschrittsbalkens für Screenreader.
quiz-progress = Fortschritt im Quiz
quiz-page-hint = Seite { $page } von { $pages }. Mit den Tasten 1–5 beantwortest du die markierte Frage.
# Eine Aussage mit ihrer Nummer, z. B. „3. Ich habe eine Produktvision geschrieben“.
quiz-item = { $number }. { $text }
# Die Legende der Skala über ihren Fragen: „2 Mit Hilfe gemacht: …“.
quiz-point-meaning = { $number } { $label }: { $meaning }

## Die Schaltflächen unter den Fragen.
quiz-back = Zurück
quiz-next = Weiter
# Die Schaltfläche von der letzten Seite zur Übersicht, und die Überschrift der Übersicht.
quiz-review = Übersicht
quiz-submit = Absenden
    .disabled = Beantworte zuerst alle Fragen
quiz-save-rating = Bewertung speichern …
    .disabled = Beantworte zuerst mindestens eine Frage

## Die Übersicht.
quiz-review-complete = Alle Fragen sind beantwortet. Sende sie ab, um dein Ergebnis zu sehen, oder geh zurück, um eine Antwort zu ändern.
quiz-review-rater-complete = Alle Fragen sind beantwortet. Speichere deine Bewertung oder geh zurück, um eine Antwort zu ändern.
quiz-review-rater-partial = Unbeantwortete Fragen fließen nicht in die Bewertung ein: Lass die offen, die du nicht beurteilen kannst.
quiz-review-missing = { $missing ->
    [one] { $missing } von { $total } Fragen ist noch nicht beantwortet:
   *[other] { $missing } von { $total } Fragen sind noch nicht beantwortet:
}
# Schaltfläche neben einer unbeantworteten Frage in der Übersicht.
quiz-answer-item = Frage { $number } beantworten
# Schaltfläche neben einer beantworteten Frage in der Übersicht.
quiz-change = Ändern
# Eine beantwortete Frage in der Übersicht: „3. Mit Hilfe gemacht: …“.
quiz-review-answered = { $number }. { $answer }: { $text }

## Das Banner über dem Quiz einer bewertenden Person.
rater-heading = Du bewertest { $name }
rater-heading-unnamed = Du bewertest diese Person
rater-name = Dein Name:
rater-anonymous = Anonym bleiben
    .hover = { $name } sieht deinen Namen nicht
    .hover-unnamed = Diese Person sieht deinen Namen nicht
rater-stop = Bewertung beenden
rater-saved-to = Gespeichert unter { $path }
rater-changed = Seit dem Speichern geändert
rater-not-saved = Noch nicht gespeichert: „Bewertung speichern“ in der Übersicht schreibt die Datei, die du zurückschickst
