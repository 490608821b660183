# The Activity panel (issue 17).
target_sources(teamspace_gui PRIVATE
  panels/activity/ActivityPanel.h panels/activity/ActivityPanel.cpp
)
