"""Screens of the exchange with the centre: export and import of sync bundles, the import desk, conflicts."""
