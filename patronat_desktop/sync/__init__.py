"""Sync by bundle files: keys, bundle format, change capture, export, verification, merge. No Qt."""
