# CLI: set-aside list|diff|apply|discard (issue 16; set-aside engineer).
