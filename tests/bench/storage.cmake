# storage: tests of the Storage panel's storage (issue 14).
