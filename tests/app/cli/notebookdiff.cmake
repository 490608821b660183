# CLI: notebook diff (issue 16; diff engineer).
