# Die Menüleiste.

## Datei
menu-file = Datei
menu-new = Neu
menu-open = Öffnen …
menu-open-recent = Zuletzt geöffnet
menu-save = Speichern
menu-save-as = Speichern unter …
menu-export = Exportieren …
menu-profile-details = Profildetails …
menu-ask-rating = Um eine Einschätzung bitten …
    .hover = Schreib eine Anfrage, die jemand beantworten kann, der deine Arbeit kennt
menu-add-rating = Einschätzung hinzufügen …
    .hover = Füge diesem Profil eine Einschätzung hinzu, die dir jemand zurückgeschickt hat
menu-quit = Beenden

## Datei > Zuletzt geöffnet
menu-recent-none = Keine zuletzt geöffneten Dateien
# $path: der Pfad der Datei.
menu-recent-missing = { $path } (fehlt)
    .hover = Diese Datei gibt es nicht mehr
menu-recent-clear = Liste leeren

## Ansicht
menu-view = Ansicht
menu-screen = Bereich
menu-theme = Farbschema
menu-theme-system = Wie im System
menu-theme-light = Hell
menu-theme-dark = Dunkel
menu-language = Sprache
# Deutsche Tastaturen beschriften die Taste mit Strg.
menu-zoom = Zoom: Strg + und Strg - zum Ändern, Strg 0 zum Zurücksetzen

## Hilfe
menu-help = Hilfe
menu-about = Über { -app-name }

## Die Umschalttasten in Tastenkürzeln, so wie sie auf deutschen Tastaturen heißen.
key-alt = Alt
key-ctrl = Strg
key-shift = Umschalt
