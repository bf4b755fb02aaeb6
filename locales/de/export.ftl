# Die exportierten Berichte (Markdown, HTML, CSV, SVG) und die Meldungen der Kommandozeile.
