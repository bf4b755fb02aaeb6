# Die exportierten Berichte (Markdown, HTML, CSV, SVG) und die Meldungen der Kommandozeile.

## Berichte: Markdown, HTML und ihre Diagramme. Der Hinweis des persönlichen Berichts ist
## `about-disclaimer` aus dialogs.ftl: ein Text für beide.

export-title = Career-Explorer-Bericht
export-team-title = Career-Explorer-Teambericht
export-date = Datum:
export-about-scores = Zu diesen Werten.
export-note-label = Hinweis:
export-team-disclaimer = Die Werte jeder Person beruhen auf ihren eigenen Antworten in einer Selbsteinschätzung am angegebenen Tag. Sie sind ein Ausgangspunkt für ein Gespräch darüber, wer was übernimmt, kein Ergebnis eines validierten psychometrischen Tests, und sie messen weder Fähigkeiten, noch sagen sie voraus, wie gut jemand in einer Rolle wäre.
export-made-on = Erstellt mit Career Explorer am { $date }.
export-made-with = Erstellt mit Career Explorer.
# Der Name einer Stufe; $band ist ihr Schlüssel.
export-band =
    { $band ->
        [low] niedrig
        [moderate] mittel
       *[high] hoch
    }
export-not-scored = noch nicht bewertet
# Die Empfehlung des Beraters; $verdict ist combine, split oder none.
export-verdict =
    { $verdict ->
        [combine] Zusammenlegen
        [split] Aufteilen
       *[none] Kein klarer Favorit
    }
export-verdict-prefix = Empfehlung:
export-verdict-score = mit einer Punktzahl von { $score } bei einer Schwelle von { $threshold } (liegt die Punktzahl höchstens { $margin } davon entfernt, gibt es keinen klaren Favoriten).
export-team-heading = Team-Berater: eine Person oder zwei?
export-points-caption = Punkte je Angabe.
export-points-explained = Negative Punkte sprechen für eine Person in beiden Rollen, positive für einen eigenen Product Manager und einen eigenen Product Owner.
export-inputs-heading = Angaben und Gründe
export-flips-heading = Was die Antwort ändern würde
export-quiz-heading = Quiz zur Rollenpassung
export-quiz-not-taken = Das Quiz wurde noch nicht gemacht.
export-since-last = Seit dem letzten Versuch: { $changes }.
# Eine Spalten- oder Zeilenüberschrift für die Passung einer Rolle, z. B. „Passung PM“.
export-role-fit = Passung { $role }
export-role-fit-words = Passung { $role }: { $words }
export-scores-run = Die Werte reichen von 0 bis 100: unter { $moderate } ist niedrig, ab { $high } hoch.
export-trust-heading = Wie sehr du diesem Ergebnis trauen kannst
export-fit = Passung
export-skill = Können
export-interest = Interesse
export-combined-heading = Eine Stelle, die beide Rollen vereint
export-by-responsibility-heading = Können und Interesse je Aufgabe
export-responsibility-caption = Können und Interesse je Aufgabe, von 100; die gestrichelten Linien markieren die Stufen mittel ({ $moderate }) und hoch ({ $high }).
export-strengths-heading = Stärken
export-growth-heading = Entwicklungsfelder und was du lernen kannst
export-not-drawn-heading = Kannst du, reizt dich aber weniger
export-history-heading = Frühere Versuche
export-history-none = Keine früheren Versuche.
export-answered-of = { $answered } von { $total }
export-notes-heading = Notizen
export-others-heading = Was andere sagen
export-others-explained = Können von 0 bis 100: deine Einschätzung, der Durchschnitt der anderen und ihr niedrigster und höchster Wert.
export-raters =
    { $count ->
        [one] { $count } Person hat dein Können bewertet.
       *[other] { $count } Personen haben dein Können bewertet.
    }
export-gap-blind-spot = möglicher blinder Fleck
export-gap-hidden-strength = mögliche verborgene Stärke

## Tabellenüberschriften.

export-col-role = Rolle
export-col-fit = Passung
export-col-range = Bereich
export-col-band = Stufe
export-col-chart = Diagramm
export-col-responsibility = Aufgabe
export-col-skill = Können
export-col-skill-range = Bereich Können
export-col-skill-band = Stufe Können
export-col-interest = Interesse
export-col-interest-range = Bereich Interesse
export-col-interest-band = Stufe Interesse
export-col-input = Angabe
export-col-value = Wert
export-col-points = Punkte
export-col-why = Warum
export-col-date = Datum
export-col-answered = Beantwortet
export-col-lean = Tendenz
export-col-change = Änderung zum Versuch davor
export-col-you = Du
export-col-others = Andere
export-col-spread = Niedrigster–höchster
export-col-raters = Bewertende
export-col-note = Hinweis
export-col-seat = Stelle
export-col-person-fit = Person und Passung
export-col-runner-up = Nächstbeste
export-col-person = Person
export-col-result-taken = Ergebnis vom
export-col-combined-fit = Passung beide Rollen
export-col-strongest = Am stärksten
export-col-gap = Lücke

## Diagramme: ihre Titel und die Beschreibungen, die ein Screenreader vorliest.

export-chart-fit-title = Passung je Rolle
export-chart-fit-desc = { $summary }. Werte unter { $moderate } sind niedrig, ab { $high } hoch.
export-chart-fit-of = Passung { $role } { $score } von 100 ({ $band }){ $range }
export-chart-fit-none = Passung { $role } { $missing }
export-chart-range = , Bereich { $low } bis { $high }
export-chart-responsibility = { $role } { $title }: Können { $skill }, Interesse { $interest }
export-chart-not-answered = nicht beantwortet
export-chart-points-title = Punkte je Angabe
export-chart-points-desc = Negative Punkte sprechen für eine Person in beiden Rollen (Zusammenlegen), positive für zwei Personen (Aufteilen). { $summary }.
export-chart-combine = ← Zusammenlegen
export-chart-split = Aufteilen →

## Der Teambericht.

export-team-people-framework = **Personen:** { $count }. **Framework:** { $framework }: { $rule } ({ $source })
export-team-people-count =
    { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }
export-team-framework = Framework:
export-anonymised-note = Die Namen sind anonymisiert: Die Personen heißen Mitglied 1, Mitglied 2 und so weiter, in der Reihenfolge, in der sie dem Team hinzugefügt wurden.
export-staffing-heading = Besetzung
export-seats-explained = Die Stellen werden so besetzt, dass die gesamte Passung so hoch wie möglich ist und niemand zwei Stellen hat; die oder der Nächstbeste ist die passendste Person ohne Stelle.
export-unfilled = unbesetzt: niemand mit Ergebnis mehr übrig
export-pinned = festgelegt
export-total-fit = Gesamte Passung der Stellen: { $total }.
export-total-fit-pinned = Gesamte Passung der Stellen: { $total }; die Festlegungen kosten { $cost } Punkte Passung gegenüber der besten Besetzung ohne sie.
export-people-heading = Personen
export-no-result-yet = noch kein Ergebnis
export-skill-heading = Können je Aufgabe
export-coverage-heading = Abdeckung
export-nobody-yet = noch niemand
export-gap = Lücke
export-no-gaps = Für jede Aufgabe ist jemand mindestens mittel.
export-gaps-heading = Lücken: was zu lernen ist

## CSV-Kopfzeile: die Spaltennamen (die *_id-Spalten behalten in jeder Sprache ihren Namen).

export-csv-name = name
export-csv-date = datum
export-csv-role = rolle
export-csv-responsibility = aufgabe
export-csv-skill = koennen
export-csv-skill-band = koennen_stufe
export-csv-skill-low = koennen_von
export-csv-skill-high = koennen_bis
export-csv-interest = interesse
export-csv-interest-band = interesse_stufe
export-csv-interest-low = interesse_von
export-csv-interest-high = interesse_bis
export-csv-quality = qualitaet
export-csv-others-skill = andere_koennen
export-csv-others-low = andere_von
export-csv-others-high = andere_bis
export-csv-raters = bewertende
export-csv-team = team
export-csv-person = person
export-csv-result-taken = ergebnis_vom
export-csv-seat = stelle

## Die Meldungen der Kommandozeile (clap’s eigener Hilfetext bleibt englisch).

cli-error-output = Die Ausgabe konnte nicht geschrieben werden: { $error }
cli-error-no-team = { $path }: Dieses Profil hat noch kein Teamprofil; beschreibe das Team zuerst im Team-Berater (oder ergänze ein Feld `team`)
cli-error-no-answers = { $path }: Dieses Profil hat noch keine Quizantworten; mach zuerst das Quiz
cli-error-incomplete = { $path }: { $missing } von { $total } Quizfragen sind noch nicht beantwortet; beende das Quiz oder gib --partial an, um die bisherigen Antworten zu bewerten
cli-error-json = JSON konnte nicht geschrieben werden: { $error }
cli-error-anonymise-profile = { $path }: --anonymise gilt nur für Teamdateien; dies ist ein Profil, ein Bericht über eine namentlich genannte Person
cli-error-unknown-framework = --framework `{ $framework }` gibt es nicht; erlaubt ist eines von { $known }
cli-error-no-framework = Die Daten des Beraters nennen kein Besetzungs-Framework
cli-error-content = die eingebauten Inhalte sind fehlerhaft: { $error }
cli-error-no-rating-added = Es wurde keine Bewertung hinzugefügt; { $path } ist unverändert
cli-error-no-profile-id = { $path }: Dieses Profil hat noch keine ID, also kann keine Bewertung dazu gehören; erstelle zuerst eine Anfrage mit `quiz rating-request`
cli-error-no-id-on-stdin = Standardeingabe: Dieses Profil hat noch keine ID, und ein von der Standardeingabe gelesenes Profil kann nicht mit einer gespeichert werden; gib stattdessen seine Datei an
cli-error-add-to-stdin = add-rating speichert das Profil zurück und braucht daher seine Datei, nicht die Standardeingabe
cli-error-no-members = Aus den angegebenen Pfaden konnte kein Mitglied gelesen werden
cli-advice-for = Team-Empfehlung für { $who }
cli-verdict = Empfehlung: { $verdict }
cli-advice-score = Punktzahl: { $score } (Schwelle { $threshold }; höchstens { $margin } davon entfernt gibt es keinen klaren Favoriten; positive Punkte sprechen für Aufteilen, negative für Zusammenlegen)
cli-why = Warum:
cli-flips = Was die Antwort ändern würde:
cli-check-inputs = Prüfe die Angaben:
cli-quiz-for = Quizergebnis für { $who }
cli-answered = { $answered } von { $total } Fragen beantwortet.
cli-answered-partial = { $answered } von { $total } Fragen beantwortet (ein Teilergebnis).
cli-role-fit = { $role }: Passung { $fit }
cli-skill-interest = Können { $skill }, Interesse { $interest }
cli-trust = Wie sehr du diesem Ergebnis trauen kannst:
cli-lean = Tendenz: { $lean }
cli-combined = Beide Rollen in einer Stelle: { $sentence }
cli-strengths = Stärken:
cli-growth = Entwicklungsfelder (reizt dich, kannst du noch nicht):
cli-not-drawn = Kannst du, reizt dich aber weniger:
cli-next = Als Nächstes: { $next }
cli-notes = Hinweise:
cli-responsibility-line = { $title } ({ $role }): Können { $skill }, Interesse { $interest }
cli-others-heading =
    { $count ->
        [one] Was andere sagen ({ $count } Bewertung):
       *[other] Was andere sagen ({ $count } Bewertungen):
    }
cli-others-row =
    { $count ->
        [one] { $title }: du { $own }, andere { $others } (von { $low } bis { $high }, { $count } Bewertende)
       *[other] { $title }: du { $own }, andere { $others } (von { $low } bis { $high }, { $count } Bewertende)
    }
cli-given-id = { $path }: Das Profil hatte noch keine ID, hat deshalb die ID { $id } bekommen und wurde damit gespeichert; Bewertungen zu dieser Anfrage nennen diese ID
cli-wrote-request = Bewertungsanfrage für { $name } ({ $count } Fragen zum Können) nach { $output } geschrieben. Schick sie jemandem, der deine Arbeit kennt; füge die Bewertung, die zurückkommt, mit `career-explorer quiz add-rating { $profile } RATING` hinzu.
cli-rating-other-profile = { $path }: Diese Bewertung gehört zu einem anderen Profil: dem von { $name } mit der ID { $their-id }; { $profile } hat die ID { $id }
cli-rating-already-there = { $path }: Diese Bewertung ({ $who }) ist schon im Profil; übersprungen
cli-no-rating-added =
    { $count ->
        [one] Keine Bewertung zu { $who } hinzugefügt: Jede war schon da. Es hat { $count } Bewertung.
       *[other] Keine Bewertung zu { $who } hinzugefügt: Jede war schon da. Es hat { $count } Bewertungen.
    }
cli-added-ratings =
    { $added ->
        [one] { $added } Bewertung zu { $who } hinzugefügt; jetzt sind es { $count }:
       *[other] { $added } Bewertungen zu { $who } hinzugefügt; jetzt sind es { $count }:
    }
cli-anonymous-rater = eine anonyme Person
cli-rated-on = { $rater }, bewertet am { $date }
cli-team-of =
    { $count ->
        [one] Team mit { $count } Person
       *[other] Team mit { $count } Personen
    }
cli-no-result-yet = Noch kein Quizergebnis: { $names }
cli-team-verdict = Empfehlung: { $verdict } (Punktzahl { $score }, Schwelle { $threshold }, Spielraum { $margin })
cli-staffing = Besetzung ({ $framework }: { $rule }):
cli-seat = { $seat }: { $holder }; Nächstbeste: { $runner }
cli-coverage = Abdeckung (am stärksten nach Können):
cli-gap-flag = LÜCKE
cli-wrote-team =
    { $count ->
        [one] { $path }: Team mit { $count } Person geschrieben
       *[other] { $path }: Team mit { $count } Personen geschrieben
    }
cli-same-person = { $path }: dieselbe Person wie ein zuvor gelesenes Profil; einmal gezählt, mit dem Ergebnis dieser Datei
cli-skipped = übersprungen: { $why }

## Die Exportformate, wie der Export-Dialog sie anbietet.
export-format-markdown = Markdown
export-format-html = Webseite (HTML)
export-format-csv = Tabelle (CSV)
