# treemap: sources of teamspace_core in core/models (issue 14, Storage panel).
