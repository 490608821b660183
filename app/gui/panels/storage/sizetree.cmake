# sizetree: sources of teamspace_gui under panels/storage (paths relative to app/gui).
