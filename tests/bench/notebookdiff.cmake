# bench: notebook diff beside nbdime (issue 16; bench engineer).
