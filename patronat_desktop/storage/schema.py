"""The schema revision this program writes, in a module light enough to read before SQLAlchemy is imported."""

SCHEMA_REVISION = "0004"
"""The newest migration; a test checks it against Alembic's head. Lets a start skip importing Alembic."""
