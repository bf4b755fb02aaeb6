# The Results screen's own text and the accessible names of the fit bars and charts.
