# services: sync (sources listed relative to core/services)
