"""Use cases: one function per user action, each taking a Session. The only write path to the database.

Change capture for sync is registered by services/base.py, which every service imports; this package
itself imports nothing, so that services/quick_start.py can run before SQLAlchemy is loaded.
"""
