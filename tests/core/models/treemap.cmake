# treemap: tests of the Storage panel's treemap (issue 14).
