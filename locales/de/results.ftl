# Der Text der Ergebnis-Seite und die Namen der Balken und Diagramme für Screenreader.
