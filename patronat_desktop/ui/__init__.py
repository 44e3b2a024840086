"""The PySide6 user interface: windows, dialogs, Qt table models, background work (the only Qt layer)."""
