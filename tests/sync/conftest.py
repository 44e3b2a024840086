"""Fixtures of the sync tests: one network built per session, copied for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from network import Network, build, copy


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    net = build(tmp_path_factory.mktemp("network"), laptops=3, families=3)
    yield net
    net.dispose()


@pytest.fixture
def net(network_template: Network, tmp_path: Path) -> Iterator[Network]:
    """A centre and three laptops (three demo families each, one closed), synced once; own files."""
    n = copy(network_template, tmp_path / "net")
    yield n
    n.dispose()
