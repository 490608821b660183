# services tests: workspace
