# Der eigene Text des Bereichs Vergleich (Rollen und Dimensionen kommen aus data/).

compare-filter = Filter
    .hint = Dimension oder Text
    .hover = Zeigt nur Zeilen, deren Name oder Text dies enthält (Groß- und Kleinschreibung egal)
compare-clear-filter = Filter löschen
compare-only-differences = Nur Unterschiede
    .hover = Blendet Zeilen aus, in denen alle Rollen dasselbe sagen
compare-no-rows = Keine Zeile passt
# Die Überschrift der ersten Spalte.
compare-dimension = Dimension

## Die Zeilen nach den Dimensionen des Katalogs. Die Erklärung erscheint, wenn der Zeiger auf
## dem Namen ruht.
compare-aspect-responsibilities = Verantwortung
    .explanation = Wofür die Rolle im Alltag geradesteht.
compare-aspect-time = Wohin die Zeit geht
    .explanation = Wer und was den größten Teil der Arbeitswoche füllt.
compare-aspect-output = Wichtigstes Ergebnis
    .explanation = Das Wichtigste, was die Rolle an andere übergibt.
compare-aspect-certification = Zertifizierung
    .explanation = Abschlüsse, die auf die Rolle vorbereiten, und was sie auslassen.
