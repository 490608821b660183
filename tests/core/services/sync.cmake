# services tests: sync
teamspace_add_test(tst_syncservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncservice.cpp TIMEOUT 120)
