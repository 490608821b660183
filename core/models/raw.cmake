# The Raw data panel's tables (issue 17, part 4): the raw folders' protection and a verify's changes.
target_sources(teamspace_core PRIVATE
  RawFoldersModel.h RawFoldersModel.cpp
  RawChangesModel.h RawChangesModel.cpp
)
