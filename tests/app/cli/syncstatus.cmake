# CLI: sync status (issue 16; sync-panel engineer).
