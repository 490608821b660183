# The Activity panel's model (issue 17).
target_sources(teamspace_core PRIVATE
  ActivityModel.h ActivityModel.cpp
)
