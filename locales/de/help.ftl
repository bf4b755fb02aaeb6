# Die Hilfe der Kommandozeile (--help) auf Deutsch. Ids: help-<Befehlspfad>-about,
# -long-about, -arg-<id>.

help-career-explorer-about = Vergleiche die Rollen Product Manager und Product Owner, entscheide, ob ein Team eine Person oder zwei braucht, und mach das Karriere-Quiz.
help-career-explorer-long-about =
    Vergleiche die Rollen Product Manager und Product Owner, entscheide, ob ein Team eine Person oder zwei braucht, und mach das Karriere-Quiz.

    Ohne Befehl öffnet sich das Fenster, mit DATEI, wenn eine angegeben ist. Mit einem Befehl läuft es ohne Fenster und gibt seine Antwort aus; bei fehlerhafter Eingabe steht eine Meldung auf der Standardfehlerausgabe und der Exit-Code ist 2.
help-career-explorer-arg-file = Ein Profil oder ein Team (.ron), das im Fenster geöffnet wird
help-career-explorer-arg-screen = Das Fenster auf diesem Bereich öffnen
help-career-explorer-arg-zoom = Mit diesem Zoom starten, in Prozent (wie Strg + und Strg - ihn einstellen), z. B. 200 für große Schrift
help-career-explorer-arg-lang = Sprache des Fensters, der Berichte, der Meldungen und dieser Hilfe: en oder de (standardmäßig die des Systems)
help-career-explorer-advise-about = Ausgeben, ob das Team in einem Profil für die Rollen PM und PO eine Person oder zwei braucht, und warum
help-career-explorer-advise-arg-file = Das Profil, das gelesen wird; `-` liest es von der Standardeingabe
help-career-explorer-advise-arg-json = Ein JSON-Objekt statt Text ausgeben
help-career-explorer-quiz-about = Mit dem Karriere-Quiz arbeiten
help-career-explorer-quiz-score-about = Das Quizergebnis zu den Antworten in einem Profil ausgeben
help-career-explorer-quiz-score-arg-file = Das Profil, das gelesen wird; `-` liest es von der Standardeingabe
help-career-explorer-quiz-score-arg-json = Ein JSON-Objekt statt Text ausgeben
help-career-explorer-quiz-score-arg-partial = Ein unfertiges Quiz nach den bisher beantworteten Fragen auswerten
help-career-explorer-quiz-rating-request-about = Eine Bitte um Einschätzung schreiben, die jemand, der deine Arbeit kennt, mit einer Einschätzung deiner Fähigkeiten beantworten kann. Ein Profil, das gespeichert wurde, bevor Profile Ids hatten, bekommt zuerst eine und wird zurückgespeichert
help-career-explorer-quiz-rating-request-arg-file = Das Profil; `-` liest es von der Standardeingabe (dann muss es eine Id haben)
help-career-explorer-quiz-rating-request-arg-output = Die Bitte, die geschrieben wird, atomar; `-` schreibt sie auf die Standardausgabe
help-career-explorer-quiz-add-rating-about = Einschätzungen zu einem Profil hinzufügen. Jede Einschätzung wird zuerst gelesen: Lässt sich eine nicht lesen oder gehört sie zu einem anderen Profil, wird nichts hinzugefügt und das Profil bleibt, wie es war
help-career-explorer-quiz-add-rating-arg-file = Das Profil, zu dem sie hinzukommen; es wird atomar zurückgespeichert
help-career-explorer-quiz-add-rating-arg-ratings = Die Einschätzungsdateien, so wie die Bewertenden sie zurückgeschickt haben
help-career-explorer-export-about = Einen Bericht über ein Profil (Empfehlung, Quizergebnis, frühere Versuche und Notizen) oder über eine Teamdatei (Personen, Abdeckung und Positionen) schreiben
help-career-explorer-export-arg-file = Das Profil oder die Teamdatei, die gelesen wird; `-` liest sie von der Standardeingabe
help-career-explorer-export-arg-format = Das Format des Berichts
help-career-explorer-export-arg-output = Wohin er geschrieben wird; `-` schreibt auf die Standardausgabe. Atomar geschrieben: Bei einem Fehler wird nichts geschrieben
help-career-explorer-export-arg-anonymise = Die Personen in einem Teambericht „Mitglied 1“, „Mitglied 2“, … nennen (nur für Teamdateien)
help-career-explorer-team-about = Mit Teams arbeiten: Profile als Team zusammenfassen oder eine Teamdatei schreiben
help-career-explorer-team-summarize-about = Ausgeben, wer welchen Aufgabenbereich abdeckt und wer welche Position übernehmen sollte, für die Personen in den angegebenen Profilen. Dateien, die sich nicht lesen lassen, werden übersprungen und aufgelistet
help-career-explorer-team-summarize-arg-paths = Profile oder Ordner mit Profilen (deren `*.ron`-Dateien, ohne Unterordner)
help-career-explorer-team-summarize-arg-engineers = Entwickler, 1-100000 [Standard: wie im Formular, 8]
help-career-explorer-team-summarize-arg-teams = Produktteams, 1-1000 [Standard: wie im Formular, 1]
help-career-explorer-team-summarize-arg-research = Marktforschung: none (keine), part-time (Teilzeit) oder full-time (Vollzeit) [Standard: wie im Formular, part-time]
help-career-explorer-team-summarize-arg-backlog_complexity = Komplexität des Backlogs, 1-5 [Standard: wie im Formular, 2]
help-career-explorer-team-summarize-arg-switching = Wechsel zwischen Strategie und Umsetzung, 1 (aufwendig) bis 5 (leicht) [Standard: wie im Formular, 4]
help-career-explorer-team-summarize-arg-speed_priority = Tempo oder Spezialisierung, 1 (Spezialisierung) bis 5 (Tempo) [Standard: wie im Formular, 4]
help-career-explorer-team-summarize-arg-framework = Wie viele Product Owner eine Aufteilung braucht: scrum, safe oder less (aus den Daten des Beraters) [Standard: das erste, scrum]
help-career-explorer-team-summarize-arg-json = Ein JSON-Objekt statt Text ausgeben
help-career-explorer-team-new-about = Eine Teamdatei mit den Personen in den angegebenen Profilen schreiben: ihre Namen und neuesten Quizergebnisse, nie ihre Notizen oder Antworten
help-career-explorer-team-new-arg-paths = { help-career-explorer-team-summarize-arg-paths }
help-career-explorer-team-new-arg-engineers = { help-career-explorer-team-summarize-arg-engineers }
help-career-explorer-team-new-arg-teams = { help-career-explorer-team-summarize-arg-teams }
help-career-explorer-team-new-arg-research = { help-career-explorer-team-summarize-arg-research }
help-career-explorer-team-new-arg-backlog_complexity = { help-career-explorer-team-summarize-arg-backlog_complexity }
help-career-explorer-team-new-arg-switching = { help-career-explorer-team-summarize-arg-switching }
help-career-explorer-team-new-arg-speed_priority = { help-career-explorer-team-summarize-arg-speed_priority }
help-career-explorer-team-new-arg-framework = { help-career-explorer-team-summarize-arg-framework }
help-career-explorer-team-new-arg-name = Der Name des Teams
help-career-explorer-team-new-arg-output = Die Teamdatei, die geschrieben wird, atomar. Eine Teamdatei aus einem neueren Career Explorer oder eine Datei mit einer anderen Art von Dokument wird nie überschrieben

## Die Überschriften und Schalter, die clap selbst schreibt.
help-heading-usage = Aufruf:
help-heading-arguments = Argumente
help-heading-options = Optionen
help-heading-commands = Befehle
help-flag-help = Hilfe anzeigen
help-flag-version = Version anzeigen
