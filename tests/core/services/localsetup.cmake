teamspace_add_test(tst_localsetup SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_localsetup.cpp)
