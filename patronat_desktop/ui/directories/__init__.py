"""The tabs of the Directories page: agencies, grounds, working-day calendar, workers, and their dialogs."""
