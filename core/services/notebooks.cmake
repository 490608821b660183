# services: notebooks (sources listed relative to core/services)
