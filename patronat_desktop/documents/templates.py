"""Templates of the fixed text of documents: TOML files, the program's defaults or a centre's own copies.

A centre copies ``resources/templates/<lang>/<kind>.toml`` into its own templates folder (same layout) and
edits it; the program then uses the centre's copy. The default file of the same kind is the schema: a centre's
copy must have the same keys with the same types and may use only the placeholders the default uses in the
same section. Any fault is a TemplateError naming the file, the line when known, and the key — never a crash.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from patronat_desktop.documents.resources import default_templates_dir
from patronat_desktop.domain.errors import DomainError, Problem

_FORMATTER = string.Formatter()
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


class TemplateError(DomainError):
    """A template file cannot be used; the message names the file, the line (when known) and the key."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"«{path}»" + (f", строка {line}" if line else "")
        super().__init__(Problem("template", f"Шаблон документа {where}: {message}", "template"))
        self.path = path
        self.line = line


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name is not None}


def _parse(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(path, f"файл не в кодировке UTF-8 (байт {exc.start}).") from None
    except OSError as exc:
        raise TemplateError(path, f"файл не читается ({exc.strerror}).") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        line = int(found.group(1)) if found else None
        column = f", столбец {found.group(2)}" if found else ""
        reason = _TOML_POSITION.sub("", str(exc)).strip()
        raise TemplateError(
            path, f"ошибка синтаксиса TOML{column} ({reason}); проверьте кавычки и знаки «=».", line
        ) from None


def _line_of(path: Path, key: str) -> int | None:
    """The line where the key's last part is assigned, to point the user at it (best effort)."""
    last = re.escape(key.split(".")[-1].split("[")[0])
    pattern = re.compile(rf"^\s*(\[+\s*)?{last}\s*(=|\]|\.)")
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.match(line):
                return number
    except OSError:
        return None
    return None


_TYPE_NAMES: dict[type, str] = {str: "текст в кавычках", list: "список [ ... ]", dict: "раздел"}


def _all_placeholders(schema: Any) -> set[str]:
    if isinstance(schema, str):
        return _placeholders(schema)
    items = schema.values() if isinstance(schema, dict) else schema if isinstance(schema, list) else []
    return set().union(*(_all_placeholders(s) for s in items)) if items else set()


def _check(path: Path, schema: Any, value: Any, key: str, allowed: set[str] | None = None) -> None:
    """Raise a TemplateError where ``value`` does not have the shape of the default ``schema``.

    A text may use the placeholders its default section uses anywhere (so a centre may add a clause that
    names the contract's term, for instance).
    """
    kind = type(schema)
    if not isinstance(value, kind):
        raise TemplateError(
            path,
            f"ключ «{key}» должен быть: {_TYPE_NAMES.get(kind, kind.__name__)}.",
            _line_of(path, key),
        )
    if isinstance(schema, dict):
        for sub in schema:
            if sub not in value:
                raise TemplateError(path, f"нет обязательного ключа «{key + '.' if key else ''}{sub}».")
        for sub in value:
            full = f"{key}.{sub}" if key else sub
            if sub not in schema:
                raise TemplateError(path, f"неизвестный ключ «{full}».", _line_of(path, full))
            section = allowed if allowed is not None else _all_placeholders(schema[sub])
            _check(path, schema[sub], value[sub], full, section)
    elif isinstance(schema, list) and schema:
        if not value:
            raise TemplateError(path, f"список «{key}» пуст.", _line_of(path, key))
        if key.endswith("columns") and len(value) != len(schema):
            raise TemplateError(
                path,
                f"в списке «{key}» должно быть {len(schema)} названий столбцов, а не {len(value)}.",
                _line_of(path, key),
            )
        for i, item in enumerate(value):
            _check(path, schema[0], item, f"{key}[{i + 1}]", allowed)
    elif isinstance(schema, str):
        try:
            used = _placeholders(value)
        except ValueError as exc:
            raise TemplateError(
                path, f"ключ «{key}»: неверные фигурные скобки ({exc}).", _line_of(path, key)
            ) from None
        permitted = allowed if allowed is not None else _placeholders(schema)
        unknown = sorted(used - permitted)
        if unknown:
            names = ", ".join("{" + n + "}" for n in unknown)
            known = ", ".join("{" + n + "}" for n in sorted(permitted)) or "нет"
            raise TemplateError(
                path,
                f"ключ «{key}»: неизвестная подстановка {names}; здесь допустимы: {known}.",
                _line_of(path, key),
            )


@dataclass(frozen=True)
class Template:
    """The fixed text of one document kind in one language."""

    kind: str
    path: Path
    data: dict[str, Any]

    def raw(self, key: str) -> Any:
        value: Any = self.data
        for part in key.split("."):
            value = value[part]
        return value

    def text(self, key: str, **values: object) -> str:
        """The text at a dotted key with its placeholders filled in."""
        return str(self.raw(key)).format_map(values)

    def texts(self, key: str, **values: object) -> list[str]:
        return [str(t).format_map(values) for t in self.raw(key)]


def template_path(kind: str, lang: str, centre_dir: Path | None) -> Path:
    """The file the program will use: the centre's copy when it exists, else the default."""
    if centre_dir is not None:
        own = centre_dir / lang / f"{kind}.toml"
        if own.is_file():
            return own
    return default_templates_dir() / lang / f"{kind}.toml"


def load_template(kind: str, lang: str = "ru", centre_dir: Path | None = None) -> Template:
    """Load and check one template; raises TemplateError naming the file (and line, key) on any fault."""
    default = default_templates_dir() / lang / f"{kind}.toml"
    if not default.is_file():
        raise TemplateError(default, "нет шаблона по умолчанию для этого документа и языка.")
    schema = _parse(default)
    path = template_path(kind, lang, centre_dir)
    if path == default:
        return Template(kind, path, schema)
    data = _parse(path)
    _check(path, schema, data, "")
    return Template(kind, path, data)
