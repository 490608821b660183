# sizetree: tests of the Storage panel's sizetree (issue 14).
