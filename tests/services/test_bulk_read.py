"""The collector pause shared by the calendar, Today and bundle imports: overlapping pauses end well."""

from __future__ import annotations

import gc

from patronat_desktop.services.bulk_read import collector_paused


def test_overlapping_pauses_turn_collection_back_on_only_at_the_last_end() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # as a Today load running while a calendar month loads
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_leaves_collection_off_if_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
