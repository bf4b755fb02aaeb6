# Die Dialoge der App.

## Änderungen speichern?
unsaved-title = Änderungen speichern?
# $name: der Name der Datei oder „Unbenannt“.
unsaved-body = { $name } hat Änderungen, die noch nicht gespeichert sind.
unsaved-save = Speichern
unsaved-discard = Verwerfen
unsaved-cancel = Abbrechen

## Nicht gespeicherte Arbeit wiederherstellen? (nach einem Absturz)
recovery-title = Nicht gespeicherte Arbeit wiederherstellen?
# $file: der Pfad des Profils, das offen war.
recovery-closed-file = { -app-name } wurde beendet, ohne { $file } zu speichern.
recovery-closed-untitled = { -app-name } wurde beendet, ohne ein neues, noch nie gespeichertes Profil zu sichern.
# $count: wie viele Antworten die automatische Sicherung enthält.
recovery-answers =
    { $count ->
        [one] { $count } Quizantwort wurde automatisch gespeichert.
       *[other] { $count } Quizantworten wurden automatisch gespeichert.
    }
recovery-restore = Wiederherstellen
recovery-discard = Automatische Sicherung verwerfen

## Ein Fehler
error-title = Etwas ist schiefgelaufen
error-ok = OK

## Datei > Profildetails
details-title = Profildetails
details-name = Name
details-notes = Notizen

## Hilfe > Über
about-title = Über { -app-name }
# $version: die Version der App, z. B. 1.2.0.
about-version = Version { $version }
about-description = Vergleiche die Rollen Product Manager und Product Owner, entscheide, ob ein Team dafür eine Person oder zwei braucht, und finde im Quiz heraus, welche Rolle zu dir passt.
about-disclaimer = Diese Werte beruhen auf deinen eigenen Antworten in einer Selbsteinschätzung. Sie sind ein Ausgangspunkt für ein Gespräch über deine Laufbahn, kein Ergebnis eines validierten psychometrischen Tests, und sie messen weder deine Fähigkeiten, noch sagen sie voraus, wie gut du in einer Rolle wärst.
