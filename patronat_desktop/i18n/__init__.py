"""Locale choice and babel formatting (dates in words, numbers) for the core and the printed documents."""
