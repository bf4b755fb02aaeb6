# Was in einer Datei (Profil, Team, Einschätzungsanfrage, Einschätzung) nicht stimmt, für die
# Kommandozeile und die zweite Zeile einer Fehlermeldung im Fenster. Davor steht der
# Dateiname („team.ron: Mitglied 2: …“), daher beginnen die Texte klein. Text zwischen
# Backticks ist Dateiinhalt und bleibt unübersetzt.

## Die Felder `format` und `version`.
format-other = das Format ist `{ $found }`, nicht `{ $expected }`
format-missing = das Feld `format: "{ $expected }"` fehlt
format-no-version = das Feld `version` fehlt; ergänze `version: { NUMBER($version, useGrouping: "false") }` nach `format`

## Profile.
profile-empty = die Datei ist leer; ein Profil beginnt mit `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
profile-not-a-profile = das ist kein Profil von { -app-name }: { $problem }
profile-missing-version = im Profil fehlt das Feld `version`; ergänze `version: { NUMBER($version, useGrouping: "false") }` nach dem Feld `format`
profile-newer-version = dieses Profil hat die Formatversion { $version } und braucht ein neueres { -app-name }; dieses liest die Formatversionen { $oldest } bis { $current }. Die Datei bleibt unverändert
profile-unknown-version = die Formatversion { $version } gibt es nicht; Profilversionen beginnen bei { $oldest }
profile-rating = Einschätzung { $number }: { $reason }
profile-not-written = das Profil konnte nicht geschrieben werden: { $detail }

## Teams.
team-file-empty = die Datei ist leer; ein Team beginnt mit `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
team-file-not-a-team = das ist kein Team von { -app-name }: { $problem }
team-file-missing-version = im Team fehlt das Feld `version`; ergänze `version: { NUMBER($version, useGrouping: "false") }` nach dem Feld `format`
team-file-newer-version = dieses Team hat die Formatversion { $version } und braucht ein neueres { -app-name }; dieses liest die Formatversion { $current }. Die Datei bleibt unverändert
team-file-unknown-version = die Formatversion { $version } gibt es nicht; Teamversionen beginnen bei 1
team-file-unknown-framework = das Framework `{ $framework }` gibt es nicht; möglich sind { $known }
team-file-member = Mitglied { $number }: { $reason }
team-file-duplicate-member = die Profil-ID `{ $id }` haben zwei Mitglieder ({ $first } und { $second }); jede Person ist nur einmal im Team
team-file-not-written = das Team konnte nicht geschrieben werden: { $detail }

## Ein Teammitglied.
member-blank-name = das Mitglied mit der Profil-ID `{ $id }` hat keinen Namen
member-blank-profile-id = { $name } hat keine Profil-ID
member-score-out-of-range = das Quizergebnis von { $name } enthält den Wert { $value }; Werte liegen zwischen 0 und 100

## Die Kennzahlen eines Teams (im Profil, in einer Teamdatei oder auf der Kommandozeile).
team-input-out-of-range = im Teamprofil ist `{ $field }` { NUMBER($value, useGrouping: "false") }; erlaubt sind { NUMBER($min, useGrouping: "false") } bis { NUMBER($max, useGrouping: "false") }

## Einschätzungsanfragen und Einschätzungen. $kind ist „request“ oder „rating“.
rating-file-empty =
    die Datei ist leer; { $kind ->
        [request] eine Einschätzungsanfrage
       *[rating] eine Einschätzung
    } beginnt mit `(format: "{ $format }", version: { NUMBER($version, useGrouping: "false") },`
rating-file-wrong-format =
    das ist keine { $kind ->
        [request] Einschätzungsanfrage
       *[rating] Einschätzung
    } von { -app-name }: { $problem }
rating-file-version =
    { $kind ->
        [request] diese Einschätzungsanfrage
       *[rating] diese Einschätzung
    } hat die Formatversion { $version }; dieses { -app-name } liest nur Version { $current }. Die Datei bleibt unverändert
rating-file-name-too-long =
    { $whose ->
        [rater] der Name der einschätzenden Person
       *[person] das Feld `name` (die eingeschätzte Person)
    } hat { $chars } Zeichen; ein Name hat höchstens { $max }
rating-file-name-control =
    { $whose ->
        [rater] der Name der einschätzenden Person
       *[person] das Feld `name` (die eingeschätzte Person)
    } enthält ein Steuerzeichen; ein Name ist eine Zeile Text
rating-file-no-items = die Einschätzungsanfrage enthält keine Fragen
rating-other-profile = diese Einschätzung gehört zum Profil von { $name } (ID { $id }), nicht zu diesem; öffne das Profil von { $name }, um sie hinzuzufügen
rating-no-profile-id = dieses Profil wurde noch nie gespeichert, also kann noch keine Einschätzung dazu gehören; speichere es zuerst

## Antworten im Quiz (in einem Profil, einer Einschätzung oder einer Anfrage).
answer-unknown-item = die Antworten nennen die Quizfrage `{ $item }`, die es nicht gibt
answer-time-without-answer = `answer_times` enthält eine Zeit für die Quizfrage `{ $item }`, die keine Antwort hat; lösche die Zeit oder beantworte die Frage
answer-not-rated = die Quizfrage `{ $item }` fragt nach Interesse; eine Einschätzung beantwortet nur Fragen zu Fähigkeiten, denn was jemandem Freude macht, kann nur die Person selbst sagen
answer-repeated = die Quizfrage `{ $item }` steht mehr als einmal in der Liste
answer-out-of-range = die Antwort auf die Quizfrage `{ $item }` ist { $value }; Antworten gehen von 0 bis { $max }
answer-incomplete = { $missing } von { $total } Quizfragen sind noch nicht beantwortet

## Dateien lesen und schreiben, auf der Kommandozeile. Davor steht der Pfad der Datei.
storage-too-large =
    die Datei hat { $size } Bytes und ist damit größer als die Grenze von { $limit } Bytes ({ $mib } MiB) für { $kind ->
        [team] eine Teamdatei
        [rating] eine Einschätzungsdatei
       *[profile] ein Profil
    }; sie wurde nicht gelesen
storage-too-large-stream =
    die Datei enthält mehr als die Grenze von { $limit } Bytes ({ $mib } MiB) für { $kind ->
        [team] eine Teamdatei
        [rating] eine Einschätzungsdatei
       *[profile] ein Profil
    }
storage-read = die Datei konnte nicht gelesen werden: { $detail }
storage-not-a-file =
    das ist { $file-kind ->
        [folder] ein Ordner
        [device] ein Gerät
        [pipe] eine Pipe
        [socket] ein Socket
       *[other] eine Spezialdatei
    }, keine Datei, die sich lesen lässt
storage-nothing-written = innerhalb von { $seconds } s kam nichts an; ist das eine Pipe, in die niemand schreibt?
storage-stalled = die Pipe hat { $bytes } Bytes geschickt und dann { $seconds } s lang nichts mehr; das Lesen wurde abgebrochen
storage-not-replaceable =
    nicht gespeichert: das ist { $file-kind ->
        [folder] ein Ordner
        [device] ein Gerät
        [pipe] eine Pipe
        [socket] ein Socket
       *[other] eine Spezialdatei
    }, keine normale Datei; es wurde nichts geschrieben
storage-not-utf8 = die Datei ist kein UTF-8-Text (das Byte { $byte } kann kein Zeichen beginnen oder fortsetzen); Profile werden als UTF-8 gespeichert
storage-newer-team-on-disk = diese Datei hat die Team-Formatversion { $version } von einem neueren { -app-name } (dieses schreibt Version { $current }); sie wurde nicht überschrieben. Speichere unter einem anderen Namen
storage-other-document = diese Datei enthält ein Dokument vom Typ `{ $format }`, kein Team, und wurde deshalb nicht überschrieben; speichere das Team unter einem anderen Namen
storage-newer-on-disk = diese Datei hat die Profil-Formatversion { $version } von einem neueren { -app-name } (dieses schreibt Version { $current }); sie wurde nicht überschrieben. Speichere unter einem anderen Namen
storage-read-only = die Datei ist schreibgeschützt und wurde deshalb nicht überschrieben; speichere unter einem anderen Namen oder heb den Schreibschutz auf
storage-write = nicht gespeichert: { $detail }. Die Datei auf der Festplatte ist unverändert
storage-sync-folder = gespeichert, aber der Ordner ließ sich nicht auf die Festplatte schreiben ({ $detail }); bei einem Stromausfall kann die Änderung verloren gehen
storage-bad-recovery = keine brauchbare Wiederherstellungsdatei: { $problem }
storage-no-data-dir = es wurde kein Ordner für App-Daten gefunden; setze { $variable }, um einen festzulegen
