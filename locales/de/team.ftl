# Der Text der Team-Seite.
