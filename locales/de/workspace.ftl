# Hinweise, Fehler, der Dateidialog und der Fenstertitel: was die App über Dateien und Arbeit sagt.

## Der Fenstertitel
# $name: der Name der Datei (oder Unbenannt).
window-title = { $name } – { -app-name }
window-title-unsaved = *{ $name } – { -app-name }
untitled = Unbenannt
untitled-team = Unbenanntes Team
# So nennt „Änderungen speichern?“ ein Dokument, das noch keine Datei hat.
unsaved-this-profile = Dieses Profil
unsaved-this-team = Dieses Team

## Ein laufender Dateivorgang. $activity: open, save, export, read-one oder read-many;
## $file: der Name der Datei; $count: wie viele Dateien und Ordner gelesen werden.
job-running =
    { $activity ->
        [open] { $file } wird geöffnet …
        [save] { $file } wird gespeichert …
        [export] Export nach { $file } …
        [read-many] { $count } Profile und Ordner werden gelesen …
       *[read-one] { $file } wird gelesen …
    }
# Während er läuft, wurde etwas anderes verlangt.
job-wait =
    { $activity ->
        [open] Bitte warte: { $file } wird noch geöffnet
        [save] Bitte warte: { $file } wird noch gespeichert
        [export] Bitte warte: Der Export nach { $file } läuft noch
        [read-many] Bitte warte: { $count } Profile und Ordner werden noch gelesen
       *[read-one] Bitte warte: { $file } wird noch gelesen
    }
# Während er läuft, wurde Beenden gewählt.
job-closing =
    { $activity ->
        [open] Das Fenster schließt, sobald { $file } geöffnet ist
        [save] Das Fenster schließt, sobald { $file } gespeichert ist
        [export] Das Fenster schließt, sobald der Export nach { $file } fertig ist
        [read-many] Das Fenster schließt, sobald { $count } Profile und Ordner gelesen sind
       *[read-one] Das Fenster schließt, sobald { $file } gelesen ist
    }
# Die Person wartet nicht mehr auf eine Datei, die nicht antwortet.
job-stopped =
    { $activity ->
        [open] Warten auf { $file } abgebrochen; das offene Profil ist unverändert
        [read-many] Warten auf { $count } Profile und Ordner abgebrochen; das offene Profil ist unverändert
       *[read-one] Warten auf { $file } abgebrochen; das offene Profil ist unverändert
    }
# $detail: was das System gemeldet hat.
job-not-started = Der Dateivorgang konnte nicht gestartet werden: { $detail }

## Hinweise in der Statusleiste
notice-new-profile = Neues Profil
notice-new-team = Neues Team
# $path: der vollständige Pfad der Datei.
notice-language = Sprache: { $language }
notice-opened = { $path } geöffnet
notice-saved = { $path } gespeichert
# $format: das Format des Berichts (HTML, Markdown, …).
notice-exported = Bericht als { $format } nach { $path } exportiert
notice-restored = Automatisch gesicherte Arbeit wiederhergestellt; speichere sie, um sie zu behalten
# $name: der Name des Mitglieds.
notice-member-removed = { $name } aus dem Team entfernt
# Was „Mitglieder hinzufügen“ getan hat. $added: neue Mitglieder; $updated: Mitglieder, deren Stand ersetzt wurde.
members-added = { $added } hinzugefügt, { $updated } aktualisiert
# $names: wer schon im Team war, mit Kommas getrennt.
members-already-there = (schon im Team: { $names })
members-unreadable =
    { $count ->
        [one] { $count } Datei konnte nicht gelesen werden
       *[other] { $count } Dateien konnten nicht gelesen werden
    }
members-no-result =
    { $count ->
        [one] { $count } Person hat noch kein Ergebnis
       *[other] { $count } Personen haben noch kein Ergebnis
    }

## Eine zweite Meinung
# $name: von wem die Einschätzungsanfrage kommt.
notice-rating-request = { $name } bittet um deine Einschätzung: Antworte nach dem, was du selbst erlebt hast, und speichere dann deine Einschätzung
notice-rating-stopped = Du schätzt { $name } nicht mehr ein
notice-rating-empty = Beantworte mindestens eine Aussage, bevor du die Einschätzung speicherst
# Steht für die Person, um deren Einschätzung es geht, wenn ihr Profil keinen Namen hat
# (wird im Nominativ und Akkusativ verwendet).
rating-unnamed = diese Person
# Steht für die einschätzende Person, wenn die Einschätzung keinen Namen trägt (nach „von“).
rating-anonymous-rater = einer anonymen Person
# $rater: wer eingeschätzt hat; $count: wie viele Personen dieses Profil jetzt eingeschätzt haben.
notice-rating-added =
    { $count ->
        [one] Einschätzung von { $rater } hinzugefügt; { $count } Person hat dieses Profil eingeschätzt. Speichere, um sie zu behalten.
       *[other] Einschätzung von { $rater } hinzugefügt; { $count } Personen haben dieses Profil eingeschätzt. Speichere, um sie zu behalten.
    }
notice-rating-already-there = Die Einschätzung von { $rater } ist schon in diesem Profil; nichts wurde geändert
notice-request-written = Einschätzungsanfrage in { $path } geschrieben. Schick sie jemandem, der deine Arbeit kennt, und füge die Einschätzung, die zurückkommt, mit Datei > Einschätzung hinzufügen hinzu.
# $name: von wem die Anfrage kam.
notice-rating-saved = Deine Einschätzung wurde in { $path } gespeichert. Schick die Datei an { $name } zurück.
# $doing: closing (Beenden) oder stopping (Einschätzung beenden).
error-rating-unsaved =
    { $doing ->
        [closing] Deine Einschätzung für { $name } ist noch nicht gespeichert. Speichere sie mit „Einschätzung speichern“ im Quiz, oder schließ das Fenster noch einmal, um sie zu verwerfen.
       *[stopping] Deine Einschätzung für { $name } ist noch nicht gespeichert. Speichere sie mit „Einschätzung speichern“ im Quiz, oder beende die Einschätzung noch einmal, um sie zu verwerfen.
    }
error-rating-busy = Du schätzt gerade { $name } ein und hast diese Einschätzung noch nicht gespeichert. Speichere sie oder beende sie zuerst und öffne diese Anfrage dann noch einmal.
# $name: für wessen Profil die Einschätzung ist.
error-rating-no-profile = Diese Einschätzung ist für { $name }. Öffne zuerst das Profil dieser Person (Datei > Öffnen) und füge die Einschätzung dann noch einmal hinzu.

## Fehler. Die erste Zeile sagt, was nicht geklappt hat; $detail ist der Grund, oft aus der
## Prüfung der Datei (auf Englisch).
error-open = { $path } konnte nicht geöffnet werden.
error-save-profile = Das Profil konnte nicht in { $path } gespeichert werden.
error-save-team = Das Team konnte nicht in { $path } gespeichert werden.
error-save-request = Die Einschätzungsanfrage konnte nicht in { $path } gespeichert werden.
error-save-rating = Deine Einschätzung konnte nicht in { $path } gespeichert werden.
error-export = Der Bericht konnte nicht nach { $path } exportiert werden.
error-recovery = Es gibt automatisch gesicherte Arbeit, aber sie lässt sich nicht wiederherstellen.
error-quiz-not-scored = Das Quiz kann noch nicht ausgewertet werden: { $detail }
error-request-not-written = Die Einschätzungsanfrage konnte nicht geschrieben werden.
error-team-report = Der Teambericht konnte nicht erstellt werden.
error-add-rating = Die Einschätzung konnte nicht hinzugefügt werden.
error-not-ron = { $path }: Öffnen lassen sich nur Dateien von { -app-name } (Profile, Teams, Einschätzungsanfragen und Einschätzungen, alle mit der Endung .ron)

## Warum eine Datei nicht gelesen oder geschrieben werden konnte (die Zeile nach der oben).
file-not-found = Diese Datei oder diesen Ordner gibt es nicht.
file-no-permission = Dir fehlt die Berechtigung, diese Datei zu öffnen.
# $detail: was das System gemeldet hat.
file-read-failed = Die Datei konnte nicht gelesen werden: { $detail }
# $kind: folder, device, pipe, socket oder other.
file-not-a-file =
    { $kind ->
        [folder] Das ist ein Ordner, keine Datei, die sich lesen lässt.
        [device] Das ist ein Gerät, keine Datei, die sich lesen lässt.
        [pipe] Das ist eine Pipe, keine Datei, die sich lesen lässt.
        [socket] Das ist ein Socket, keine Datei, die sich lesen lässt.
       *[other] Das ist eine Spezialdatei, keine, die sich lesen lässt.
    }
# Dasselbe beim Speichern darüber.
file-not-replaceable =
    { $kind ->
        [folder] Das ist ein Ordner, keine normale Datei; es wurde nichts geschrieben.
        [device] Das ist ein Gerät, keine normale Datei; es wurde nichts geschrieben.
        [pipe] Das ist eine Pipe, keine normale Datei; es wurde nichts geschrieben.
        [socket] Das ist ein Socket, keine normale Datei; es wurde nichts geschrieben.
       *[other] Das ist eine Spezialdatei, keine normale Datei; es wurde nichts geschrieben.
    }
# $limit: die Grenze in MiB.
file-too-large = Die Datei ist größer als die Grenze von { $limit } MiB und wurde deshalb nicht gelesen.
# $seconds: wie lange gewartet wurde.
file-nothing-written = Innerhalb von { $seconds } s kam nichts an. Ist das eine Pipe, in die niemand schreibt?
# $bytes: wie viel angekommen ist.
file-stalled = Die Pipe hat { $bytes } Bytes geschickt und dann { $seconds } s lang nichts mehr; das Lesen wurde abgebrochen.
# $line, $column: wo das erste ungültige Byte steht.
file-not-utf8 = Das ist kein UTF-8-Text (Zeile { $line }, Spalte { $column }); { -app-name } speichert seine Dateien als UTF-8.
file-empty = Die Datei ist leer.
file-not-ours = Das ist keine Datei von { -app-name }.
# $version: die Formatversion, die in der Datei steht.
file-newer = Die Datei hat die Formatversion { $version } und braucht ein neueres { -app-name }. Die Datei bleibt unverändert.
file-newer-on-disk = Die Datei dort hat die Formatversion { $version } von einem neueren { -app-name } und wurde deshalb nicht überschrieben. Speichere unter einem anderen Namen.
file-other-document = Die Datei dort enthält eine andere Art von Dokument und wurde deshalb nicht überschrieben. Speichere unter einem anderen Namen.
file-read-only = Die Datei ist schreibgeschützt und wurde deshalb nicht überschrieben. Speichere unter einem anderen Namen oder heb den Schreibschutz auf.
file-no-write-permission = Dir fehlt die Berechtigung, dort zu schreiben. Die Datei auf der Festplatte ist unverändert.
file-no-folder = Den Ordner gibt es nicht. Es wurde nichts geschrieben.
file-disk-full = Der Datenträger ist voll. Die Datei auf der Festplatte ist unverändert.
file-write-failed = Die Datei konnte nicht geschrieben werden: { $detail }. Die Datei auf der Festplatte ist unverändert.
file-sync-failed = Die Datei wurde gespeichert, aber der Ordner ließ sich nicht auf die Festplatte schreiben ({ $detail }); bei einem Stromausfall kann die Änderung verloren gehen.
# $variable: die Umgebungsvariable, die einen Ordner nennt.
file-no-data-folder = Es wurde kein Ordner für App-Daten gefunden; setze { $variable }, um einen festzulegen.

## Automatisches Speichern (die Statusleiste sagt „Automatisches Speichern ist aus. Grund: …“)
autosave-no-thread = der Hintergrundprozess konnte nicht starten: { $detail }
autosave-stopped = der Hintergrundprozess wurde beendet

## Gespeicherte Einstellungen (die Statusleiste sagt „Es gelten die Standardeinstellungen. Grund: …“)
# $detail: was beim Lesen der Einstellungen gemeldet wurde.
settings-unreadable = die gespeicherten Einstellungen ließen sich nicht lesen ({ $detail })
# $path: die Datei mit den Einstellungen.
settings-file-unreadable = { $path } ließ sich nicht lesen ({ $detail })

## Der Dateidialog (Öffnen, Speichern unter, Exportieren, …)
prompt-open = Profil oder Team öffnen
prompt-save-as = Profil speichern unter
prompt-save-team-as = Team speichern unter
prompt-export = Bericht exportieren
prompt-export-team = Teambericht exportieren
prompt-add-members = Mitglieder aus ihren Profilen hinzufügen
prompt-save-request = Einschätzungsanfrage schreiben
prompt-add-rating = Einschätzung zu diesem Profil hinzufügen
prompt-save-rating = Deine Einschätzung speichern
# Die Schaltflächen, die den Dialog ausführen.
prompt-button-open = Öffnen
prompt-button-save = Speichern
prompt-button-export = Exportieren
prompt-button-add = Hinzufügen
prompt-button-write = Schreiben
prompt-cancel = Abbrechen
prompt-browse = Durchsuchen …
prompt-format = Format
prompt-anonymise = Namen anonymisieren
    .hover = Mitglied 1, Mitglied 2, … statt der Namen schreiben
prompt-path = Pfad
    .hint = /home/du/profil.ron
prompt-paths = Pfade (ein Profil oder Ordner pro Zeile)
    .hint =
        /home/du/team/ana.ron
        /home/du/team/profile
# $path: der eingegebene Pfad; $button: die Schaltfläche des Dialogs (Speichern, Exportieren, …).
prompt-replace = { $path } gibt es schon. Drück noch einmal auf { $button }, um die Datei zu ersetzen.
prompt-dialog-open = Es ist schon ein Dateiauswahlfenster offen.
prompt-nothing-chosen = Es wurde keine Datei ausgewählt. Falls kein Fenster erschienen ist, gib den Pfad oben ein.
# Was das Dateiauswahlfenster des Systems anzeigt.
filter-profile-or-team = Profil oder Team von { -app-name }
filter-profile = Profil von { -app-name }
filter-team = Team von { -app-name }
filter-request = Einschätzungsanfrage von { -app-name }
filter-rating = Einschätzung von { -app-name }
