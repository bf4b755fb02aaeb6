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
