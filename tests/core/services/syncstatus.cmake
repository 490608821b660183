# services: the Sync panel status (issue 16; sync-panel engineer).
