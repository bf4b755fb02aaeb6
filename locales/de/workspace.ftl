# Hinweise, Fehler, die Dateiabfrage und der Fenstertitel: was die App über Dateien und Arbeit sagt.
