# The status bar.

status-not-saved = Not saved yet
status-unsaved = Unsaved changes
# $what: the file operation running ("Saving me.ron"); $seconds: how long it has taken.
status-running = { $what } ({ $seconds } s)
status-stop-waiting = Stop waiting
# $why: the reason, as the rest of the app words it.
status-autosave-off = Autosave is off
    .detail = Autosave is off because { $why }.
status-autosave-failed = Could not autosave
    .detail =
        Could not autosave: { $why }
        Your answers are still here; save the profile to keep them.
# $problem: what was wrong with the saved settings.
status-settings-reset = Settings reset to defaults
    .detail = The defaults are used because { $problem }.
