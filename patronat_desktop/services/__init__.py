"""Use cases: one function per user action, each taking a Session. The only write path to the database."""
