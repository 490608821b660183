# panel: the Storage panel's side-list models (issue 14).
teamspace_add_test(tst_storagelists SOURCES tst_storagelists.cpp)
