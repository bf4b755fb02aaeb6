# Der eigene Text des Bereichs Team. Namen von Rollen, Aufgaben, Frameworks und Positionen,
# der Hinweis zur Besetzung und was zu lernen ist, kommen aus data/; die Namen der Leute
# aus ihren Profilen.

## Das Formular links.
team-heading = Team
team-new = Neues Team
team-add-members = Mitglieder hinzufügen …
team-save = Team speichern
team-form-hint = Öffne ein Team mit Datei > Öffnen; zieh Profile oder Ordner hierher, um Leute hinzuzufügen.
team-name = Teamname
    .hint = z. B. Payments
team-framework = Framework
# Woher die Regel des gewählten Frameworks stammt.
team-framework-source = Quelle: { $source }

## Was das letzte „Mitglieder hinzufügen“ getan hat.
team-unreadable = Nicht lesbar ({ $count })
team-no-result = Noch kein Ergebnis ({ $count })
# $names sind die Leute ohne Ergebnis, mit Kommas verbunden; $count ist ihre Anzahl.
team-no-result-list = { $names }: { $count ->
        [one] noch kein Ergebnis; zählt mit, sobald das Quiz gemacht ist.
       *[other] noch kein Ergebnis; zählen mit, sobald sie das Quiz gemacht haben.
    }

## Die Heatmap.
team-heat-heading = Leute nach Aufgabe
team-show = Zeigen
team-measure-skill = Können
team-measure-interest = Interesse
team-measure-fit = Passung
team-sort-by = Sortieren nach
team-sort-name = Name
team-sort-pm-fit = PM-Passung
team-sort-po-fit = PO-Passung
team-sort-combined-fit = Passung für beide
team-filter = Filter
    .hint = Name
    .hover = Zeigt nur Leute, deren Name dies enthält (Groß- und Kleinschreibung egal)
team-shown = { $shown } von { $total } angezeigt
# Der Knopf, der das ausgewählte Mitglied entfernt.
team-remove = { $name } entfernen
team-empty = Noch keine Mitglieder. Nutze „Mitglieder hinzufügen …“ oder zieh Profile oder einen Ordner mit Profilen auf das Fenster.
team-no-match = Niemand passt zum Filter
team-column-person = Person
team-column-pm = PM
    .hover = Passung als Product Manager
    .name = Passung als Product Manager
team-column-po = PO
    .hover = Passung als Product Owner
    .name = Passung als Product Owner
team-column-both = Beide
    .hover = Passung für beide: eine Person in beiden Rollen
    .name = Passung für beide
team-row-hover = Auswählen, dann oben entfernen
# Der Tooltip einer Zelle der Heatmap: die drei Zahlen, jeweils eine Zahl oder „keine“.
team-cell-numbers = Können { $skill }, Interesse { $interest }, Passung { $fit }
team-cell-none = keine
# Die gezeigte Zahl einer Zelle und ihre Stufe: „Können 75: hoch“.
team-cell-value = { $measure } { $value }: { $band }
team-cell-no-result = Dafür gibt es noch kein Ergebnis
# Eine Zelle der Heatmap in Worten für Screenreader: „Können 75, hoch“.
team-cell-words = { $measure } { $value }, { $band }
team-cell-words-none = kein Ergebnis
# Der Name einer Stufe; $band ist low, moderate oder high.
team-band = { $band ->
        [low] niedrig
        [moderate] mittel
       *[high] hoch
    }

## Die Besetzung rechts.
team-staffing-heading = Besetzung
team-clear-pins = Festlegungen aufheben
team-reasons = Gründe
# Eine Product-Owner-Position, wenn das Framework mehrere verlangt: „Product Owner 2“. $seat
# ist der Name der Position aus data/advisor.ron; ein geschütztes Leerzeichen hält die Nummer
# in derselben Zeile.
team-seat-numbered = { $seat } { $number }
team-holder = { $name }: Passung { $fit } ({ $band })
team-why-pinned = Warum: Du hast die Person hier festgelegt.
team-why-elsewhere = Warum: { $name } passt besser auf diese Position ({ $fit }), wird aber als { $seat } gebraucht; so passen alle Positionen zusammen am besten.
team-why-same-seats = Warum: Nur die anderen Product Owner passen besser darauf.
team-why-fittest = Warum: Niemand im Team passt besser auf diese Position.
team-seat-unfilled = Für diese Position ist niemand mit Ergebnis mehr übrig
team-next-nobody = Als Nächstes: niemand
team-next = Als Nächstes: { $name } (Passung { $fit })
team-pin-cost = Diese Festlegung kostet { $cost ->
        [one] { $cost } Passungspunkt
       *[other] { $cost } Passungspunkte
    }
team-total-fit = Passung gesamt { $total } (am besten ohne Festlegungen { $best }); die Festlegungen kosten { $cost ->
        [one] { $cost } Passungspunkt
       *[other] { $cost } Passungspunkte
    }
# Die Auswahlliste zum Festlegen einer Position.
team-pin = { $seat } festlegen
team-pin-automatic = Automatisch
team-pin-candidate = { $name } ({ $fit })

## Warum Positionen nicht wie festgelegt besetzt werden konnten.
team-error-unknown-framework = Das Framework „{ $framework }“ gibt es nicht.
team-error-no-such-seat = Die Position { $seat } gibt es nicht mehr; die Empfehlung für dieses Team sieht andere Positionen vor.
team-error-unknown-member = Kein Mitglied hat die Profil-ID „{ $id }“.
team-error-seat-pinned-twice = Die Position { $seat } ist zweimal festgelegt; eine Position hat genau eine Person.
team-error-person-pinned-twice = { $name } ist auf zwei Positionen festgelegt; eine Person hat genau eine Position.
team-error-no-fit = { $name } kann nicht als { $seat } festgelegt werden: Das Quizergebnis hat dafür noch keine Passung.

## Wer was abdeckt.
team-coverage-heading = Abdeckung
team-gaps = { $count ->
        [0] Keine Lücken: Bei jeder Aufgabe ist jemand mindestens mittel.
        [one] { $count } Lücke: Niemand ist dabei mindestens mittel.
       *[other] { $count } Lücken: Niemand ist dabei mindestens mittel.
    }
# Die Namen der Stärksten nach den ersten paar: „Ana, Bo, Cy und 2 weitere“.
team-strongest-more = { $names } und { $more } weitere
team-gap = Lücke: Am stärksten ist { $names } (Können { $skill })
team-gap-nobody = Lücke: Niemand hat dafür ein Ergebnis
team-learn-next = Als Nächstes lernen: { $learn }
team-strongest = Am stärksten: { $names } (Können { $skill }, { $band })
