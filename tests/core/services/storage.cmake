# services tests: storage
