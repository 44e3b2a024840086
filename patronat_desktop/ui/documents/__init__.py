"""Printed documents in the window: preview, print, save as PDF."""
