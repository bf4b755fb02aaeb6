# Die Statusleiste.

status-not-saved = Noch nicht gespeichert
status-unsaved = Nicht gespeicherte Änderungen
# $what: der laufende Dateivorgang; $seconds: wie lange er schon dauert.
status-running = { $what } ({ $seconds } s)
status-stop-waiting = Nicht mehr warten
# $why: der Grund, so wie der Rest der App ihn formuliert.
status-autosave-off = Automatisches Speichern ist aus
    .detail = Automatisches Speichern ist aus. Grund: { $why }
status-autosave-failed = Automatisches Speichern fehlgeschlagen
    .detail =
        Automatisches Speichern fehlgeschlagen: { $why }
        Deine Antworten sind noch da; speichere das Profil, um sie zu behalten.
# $problem: was an den gespeicherten Einstellungen nicht stimmte.
status-settings-reset = Einstellungen auf Standard zurückgesetzt
    .detail = Es gelten die Standardeinstellungen. Grund: { $problem }
