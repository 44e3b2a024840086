"""Printed documents: A4 PDFs rendered with reportlab from templates a centre can edit. No Qt."""
