# services: storage (sources listed relative to core/services)
