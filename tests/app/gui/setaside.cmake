# GUI: set-aside review, the notebook diff view, history; the two-member round (issue 16; set-aside engineer).
