"""Use cases: one function per user action, each taking a Session. The only write path to the database."""

from patronat_desktop.sync import capture as _capture  # noqa: F401  (registers change capture on every Session)
