# services: set-aside review, apply cells, history (issue 16; set-aside engineer).
