# GUI: the Sync panel, Changes page, credentials, the full round screenshots (issue 16; sync-panel engineer).
