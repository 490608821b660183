# services: workspace (sources listed relative to core/services)
