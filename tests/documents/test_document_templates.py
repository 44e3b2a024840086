"""Templates: the defaults load, a centre's copy wins, and a broken copy is a clear error, never a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from patronat_desktop.documents.render import RENDERERS
from patronat_desktop.documents.resources import default_templates_dir
from patronat_desktop.documents.templates import TemplateError, load_template
from patronat_desktop.i18n.dates import LANGUAGES

KINDS = [*RENDERERS, "common"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_default_template_loads(kind: str, lang: str) -> None:
    template = load_template(kind, lang)
    assert template.path == default_templates_dir() / lang / f"{kind}.toml"
    assert template.data


@pytest.mark.parametrize("kind", KINDS)
def test_belarusian_templates_have_the_same_keys_as_russian(kind: str, tmp_path: Path) -> None:
    # A Belarusian file placed as a centre's Russian copy must pass the Russian schema.
    (tmp_path / "ru").mkdir()
    shutil.copy(default_templates_dir() / "be" / f"{kind}.toml", tmp_path / "ru" / f"{kind}.toml")
    assert load_template(kind, "ru", tmp_path).path == tmp_path / "ru" / f"{kind}.toml"


def _centre_copy(tmp_path: Path, kind: str, text: str) -> Path:
    folder = tmp_path / "ru"
    folder.mkdir(exist_ok=True)
    path = folder / f"{kind}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_centre_copy_is_used(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "plan.toml").read_text(encoding="utf-8")
    _centre_copy(tmp_path, "plan", text.replace("ПЛАН ПАТРОНАТНОГО", "ИНДИВИДУАЛЬНЫЙ ПЛАН ПАТРОНАТНОГО"))
    assert load_template("plan", "ru", tmp_path).text("title").startswith("ИНДИВИДУАЛЬНЫЙ ПЛАН")
    assert load_template("plan", "ru", tmp_path / "elsewhere").text("title").startswith("ПЛАН")


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "plan.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("title")) + 1
    lines[number - 1] = 'title = "ПЛАН без закрывающей кавычки'
    path = _centre_copy(tmp_path, "plan", "\n".join(lines))
    with pytest.raises(TemplateError) as err:
        load_template("plan", "ru", tmp_path)
    assert err.value.path == path
    assert err.value.line == number
    assert str(path) in str(err.value) and f"строка {number}" in str(err.value)


def test_missing_key_is_named(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "plan.toml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("head_role")]
    _centre_copy(tmp_path, "plan", "\n".join(kept))
    with pytest.raises(TemplateError, match="нет обязательного ключа «head_role»"):
        load_template("plan", "ru", tmp_path)


def test_wrong_type_names_key_and_line(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "plan.toml").read_text(encoding="utf-8")
    text = text.replace('head_role = "Заведующий отделением"', "head_role = 5")
    _centre_copy(tmp_path, "plan", text)
    with pytest.raises(TemplateError, match="«head_role» должен быть: текст") as err:
        load_template("plan", "ru", tmp_path)
    assert err.value.line is not None and "head_role = 5" in text.splitlines()[err.value.line - 1]


def test_unknown_placeholder_is_refused(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "contract.toml").read_text(encoding="utf-8")
    text = text.replace("действует с {term_start}", "действует с {term_begin}")
    _centre_copy(tmp_path, "contract", text)
    with pytest.raises(TemplateError, match=r"неизвестная подстановка \{term_begin\}"):
        load_template("contract", "ru", tmp_path)


def test_added_clause_may_use_the_sections_placeholders(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "contract.toml").read_text(encoding="utf-8")
    text += '\n[[sections]]\nheading = "5. Особые условия"\nclauses = ["5.1. До {term_end} — встреча."]\n'
    _centre_copy(tmp_path, "contract", text)
    sections = load_template("contract", "ru", tmp_path).raw("sections")
    assert sections[-1]["heading"] == "5. Особые условия"


def test_column_count_must_match(tmp_path: Path) -> None:
    text = (default_templates_dir() / "ru" / "plan.toml").read_text(encoding="utf-8")
    text = text.replace('"Срок", ', "")
    _centre_copy(tmp_path, "plan", text)
    with pytest.raises(TemplateError, match="должно быть 7 названий столбцов, а не 6"):
        load_template("plan", "ru", tmp_path)


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ru"
    folder.mkdir()
    (folder / "plan.toml").write_bytes('title = "ПЛАН"'.encode("cp1251"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_template("plan", "ru", tmp_path)


def test_resources_found_by_environment_then_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from patronat_desktop.documents import resources

    (tmp_path / "env" / "fonts").mkdir(parents=True)
    monkeypatch.setenv(resources.RESOURCES_ENV_VAR, str(tmp_path / "env"))
    assert resources.resources_dir() == tmp_path / "env"
    monkeypatch.delenv(resources.RESOURCES_ENV_VAR)
    (tmp_path / "bundle" / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(resources.sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resources.resources_dir() == tmp_path / "bundle" / "resources"


def test_missing_resources_name_where_they_were_looked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from patronat_desktop.documents import resources

    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileNotFoundError, match="nowhere"):
        resources.resources_dir()
