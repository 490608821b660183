# services tests: sync
