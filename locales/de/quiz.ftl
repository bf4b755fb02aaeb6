# Der Text der Quiz-Seite und das Banner für Bewertende (die Aussagen kommen aus data/quiz.ron).
