# The Raw data panel's models (issue 17, part 4).
teamspace_add_test(tst_rawmodels SOURCES tst_rawmodels.cpp)
