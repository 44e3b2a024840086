"""Pure domain rules: stages, working-day calendar, visit norms, validation. No Qt, no SQLAlchemy."""
