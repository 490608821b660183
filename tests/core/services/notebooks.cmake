# services tests: notebooks
teamspace_add_test(tst_notebookservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notebookservices.cpp)
