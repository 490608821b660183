# The recent workspaces with their team names (issue 17, small things).
target_sources(teamspace_core PRIVATE
  RecentWorkspaces.h RecentWorkspaces.cpp
)
