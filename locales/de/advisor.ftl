# Der eigene Text des Teamberaters. Namen, Hilfe und Skalenenden der Eingaben, die Gründe,
# die Warnungen und was die Antwort ändern würde, kommen aus data/advisor.ron.

advisor-form-heading = Dein Team
advisor-form-intro = Beschreib deine Produktgruppe; die Empfehlung passt sich an, während du tippst.
# Der Tooltip einer Zahleneingabe: ihr Bereich.
advisor-number-hover = { $min } bis { $max }; ziehen, eine Zahl tippen oder die Pfeiltasten nutzen
# Vor einer Warnung aus data/advisor.ron über Eingaben, die sich widersprechen.
advisor-check = Bitte prüfen: { $warning }
# Eine Zahl im Profil außerhalb des Bereichs ihrer Eingabe; $input ist der Name der Eingabe.
advisor-out-of-range = { $input } ist { $value }; erlaubt ist { $min } bis { $max }

## Die Empfehlung, groß; auch im Bereich Team.
advisor-verdict-combine = Zusammenlegen: eine Person übernimmt beide Rollen
advisor-verdict-split = Aufteilen: ein PM und ein eigener PO
advisor-verdict-none = Keine klare Empfehlung

## Unter der Empfehlung: der Punktestand gegenüber der Schwelle.
advisor-margin-close = Punktestand { $score }: höchstens { $margin ->
        [one] { $margin } Punkt
       *[other] { $margin } Punkte
    } von der Schwelle ({ $threshold }) entfernt, zu knapp für eine Entscheidung.
advisor-margin-clear = Punktestand { $score }: { $distance ->
        [one] { $distance } Punkt
       *[other] { $distance } Punkte
    } von der Schwelle ({ $threshold }) entfernt; für eine klare Antwort braucht es mehr als { $margin ->
        [one] { $margin } Punkt
       *[other] { $margin } Punkte
    } Abstand.

advisor-pushed-heading = Was die Antwort bestimmt hat
# Der Einfluss einer Eingabe, vor ihrem Grund. $direction ist split, combine oder neutral;
# $points hat ein Vorzeichen (negativ Richtung Zusammenlegen).
advisor-contribution = { $input } ({ $direction ->
        [split] +{ $points } Richtung Aufteilen
        [combine] { $points } Richtung Zusammenlegen
       *[neutral] 0, neutral
    }):

advisor-change-heading = Was die Antwort ändern würde
advisor-try-it = Ausprobieren
    .hover = Diese Eingabe auf diesen Wert setzen
# Der Name eines „Ausprobieren“-Knopfs für Screenreader: welche Änderung er ausprobiert.
advisor-try-it-name = Ausprobieren: { $change }

## Das Balkendiagramm der Einflüsse.
advisor-chart-axis = Richtung Zusammenlegen (links)  |  Richtung Aufteilen (rechts)
advisor-chart-series = Einfluss
# Der Name des Diagramms für Screenreader.
advisor-chart-name = Diagramm: was die Antwort bestimmt hat
# Ein Balken in Worten für Screenreader; $points ist nie negativ.
advisor-chart-bar = { $input }: { $direction ->
        [split] { $points ->
            [one] { $points } Punkt Richtung Aufteilen
           *[other] { $points } Punkte Richtung Aufteilen
        }
        [combine] { $points ->
            [one] { $points } Punkt Richtung Zusammenlegen
           *[other] { $points } Punkte Richtung Zusammenlegen
        }
       *[neutral] kein Einfluss in eine der Richtungen
    }.
