"""A paired station's own screens (app/network)."""
