# Der eigene Text des Bereichs Ergebnisse. Rollennamen, Aufgabenbereiche, die Sätze des
# Ergebnisses, die Sätze zur Antwortqualität und was andere über die Person sagen, kommen aus
# data/.

## Vor dem ersten Ergebnis.
results-none = Noch kein Ergebnis
results-none-hint = Mach das Quiz, um zu sehen, wie gut deine Fähigkeiten und Interessen zu den Rollen Product Manager und Product Owner passen.
results-go-to-quiz = Zum Quiz

## Das neueste Ergebnis.
results-heading = Dein Ergebnis
results-retake = Wiederholen
    .hover = Startet das Quiz neu; dieses Ergebnis bleibt in deinem Verlauf
# Der Passungsbalken einer Rolle und sein Name für Screenreader: „Passung als Product Manager“.
results-fit = Passung als { $role }
# Die Stufe eines Werts, als Wort in anderen Texten.
results-band = { $band ->
    [low] niedrig
    [moderate] mittel
   *[high] hoch
}
# Neben dem Passungsbalken, und sein Wert für Screenreader: „75 von 100, hoch“.
results-fit-value = { $value } von 100, { $band }
# Dasselbe für Screenreader, mit dem Bereich: „75 von 100, hoch, Bereich 69 bis 81“.
results-fit-value-range = { $value } von 100, { $band }, Bereich { $low } bis { $high }
# Der Bereich neben dem Passungsbalken.
results-range = Bereich { $low } bis { $high }
results-not-scored = noch nicht berechnet
# Unter einer Passung, deren Bereich über eine Stufengrenze reicht; $spans ist der Satz des Quiz dazu.
results-either-band = Die Passung könnte in beiden Stufen liegen: { $spans }.
# Unter jeder Passung: „Können 72 (hoch), Bereich 64 bis 80, Interesse 55 (mittel)“.
results-skill-interest = Können { $skill }, Interesse { $interest }
# Ein Wert in Worten: „72 (hoch)“.
results-score = { $value } ({ $band })
# Ein Wert in Worten mit seinem Bereich: „72 (hoch), Bereich 64 bis 80“.
results-score-range = { $value } ({ $band }), Bereich { $low } bis { $high }
# Ein Wert, dessen Bereich über eine Stufengrenze reicht.
results-score-spans = { $value } ({ $band }); { $spans }
# $changes sind die Sätze des Quiz dazu, wie sich jede Passung bewegt hat.
results-since-last = Seit dem letzten Versuch: { $changes }.

## Wie verlässlich das Ergebnis ist.
results-trust = Wie verlässlich ist dieses Ergebnis?

## Können und Interesse je Aufgabenbereich.
results-by-responsibility = Können und Interesse je Aufgabenbereich
results-skill = Können
results-interest = Interesse
results-others-average = Können laut anderen (Durchschnitt)
results-likely-range = Wahrscheinlicher Bereich
results-axis = Wert, 0–100
# Der Name des Diagramms für Screenreader; seine Beschreibung folgt.
results-chart = Diagramm: Können und Interesse je Aufgabenbereich
results-chart-scale = Werte von 0 bis 100.
# Ein Aufgabenbereich in der Beschreibung des Diagramms.
results-chart-row = { $responsibility } ({ $role }): Können { $skill }, Interesse { $interest }.
results-chart-row-others = { $responsibility } ({ $role }): Können { $skill }, Interesse { $interest }, Können laut anderen im Durchschnitt { $others }.
results-table = Werte und Bereiche als Tabelle
results-responsibility = Aufgabenbereich
# Ein Wert in der Tabelle: „75 (Bereich 58 bis 92)“.
results-score-in-range = { $value } (Bereich { $low } bis { $high })
# Ein Aufgabenbereich mit seiner Rolle: „Produktvision (Product Manager)“.
results-responsibility-of = { $responsibility } ({ $role })

## Was andere sagen.
results-others = Was andere sagen
results-others-intro = { $raters ->
    [one] { $raters } Person hat dein Können bewertet. Der Durchschnitt steht neben deinen eigenen Antworten, auf derselben Skala von 0 bis 100; im Diagramm oben ist er als Raute markiert.
   *[other] { $raters } Personen haben dein Können bewertet. Ihr Durchschnitt steht neben deinen eigenen Antworten, auf derselben Skala von 0 bis 100; im Diagramm oben ist er als Raute markiert.
}
results-others-table = Was andere sagen, als Tabelle
results-you = Du
results-others-column = Andere
results-spread = Streuung der Bewertungen
results-note = Hinweis
# Der Durchschnitt der anderen und wie viele bewertet haben: „62 (2 Bewertungen)“.
results-others-rated = { $average } ({ $raters ->
    [one] { $raters } Bewertung
   *[other] { $raters } Bewertungen
})
# Die niedrigste und die höchste Bewertung: „50 bis 75“.
results-spread-value = { $low } bis { $high }
results-not-rated = nicht bewertet
results-blind-spot = blinder Fleck
results-hidden-strength = verborgene Stärke

## Stärken und Entwicklungsfelder.
results-strengths = Stärken
results-growth-areas = Entwicklungsfelder: reizt dich, kannst du noch nicht
results-skilled-not-drawn = Kannst du, reizt dich aber weniger
# Ein Aufgabenbereich in diesen Listen: „Produktvision (Product Manager): Können 75, Interesse 80“.
results-highlight = { $responsibility } ({ $role }): Können { $skill }, Interesse { $interest }
# Was als Nächstes zu lernen ist; $learn kommt aus dem Quiz.
results-learn-next = Als Nächstes: { $learn }

## Frühere Versuche.
results-earlier = Frühere Versuche
results-first-attempt = Das ist dein erster Versuch. Mach das Quiz später noch einmal, um zu sehen, wie du dich veränderst.
results-attempt = Versuch
results-lean = Tendenz
results-this-attempt = Dieser Versuch ({ $date })
results-lean-combined = Kombinierte Rolle
results-lean-neither = Noch keine
results-lean-too-close = Zu knapp für eine Aussage
