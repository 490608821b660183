# services tests: notebooks
