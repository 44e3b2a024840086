"""Domain errors: every refusal names the field and the rule, in Russian."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One reason an action is refused: the field (or gate) and the rule, worded for the user.

    ``blocking=False`` marks a warning: the action goes ahead only when the user confirms it.
    """

    field: str
    message: str
    code: str = ""
    blocking: bool = True

    def __str__(self) -> str:
        return self.message


class DomainError(Exception):
    """An action was refused; ``problems`` holds every reason, not just the first."""

    def __init__(self, problems: Iterable[Problem] | Problem | str, field: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(field, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self.problems}

    @property
    def only_warnings(self) -> bool:
        return bool(self.problems) and not any(p.blocking for p in self.problems)


class NotFoundError(DomainError):
    """The record the action refers to does not exist (deleted, or from another centre)."""
