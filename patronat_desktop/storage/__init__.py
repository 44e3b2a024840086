"""Engine and sessions, SQLite pragmas, PostgreSQL URLs, Alembic migrations, backups."""
