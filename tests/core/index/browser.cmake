# browser: tests of the Storage panel's browser (issue 14).
