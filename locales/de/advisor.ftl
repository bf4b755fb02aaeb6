# Der Text des Teamberaters (Beschriftungen und Gründe kommen aus data/advisor.ron).
