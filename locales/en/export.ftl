# The exported reports (Markdown, HTML, CSV, SVG) and the command line's messages.
