"""Fill unfinished entries of a Qt Linguist .ts file from a tab-separated list of source → translation.

    python scripts/fill_translations.py translations/patronat_en.ts pairs.tsv
    python scripts/fill_translations.py translations/patronat_en.ts --from other_branch_en.ts

Each line of the TSV is ``source<TAB>translation`` (``\\n`` stands for a line break). With ``--from``, the
finished translations of another .ts file (e.g. from a merged branch) fill this one's unfinished entries.
Only unfinished entries change; the file's layout is kept, so lupdate's next run leaves it as it is.
"""

from __future__ import annotations

import argparse
import re
import sys
from html import escape, unescape
from pathlib import Path

_MESSAGE = re.compile(
    r"(<source>(?P<source>.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)"
    r"<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>",
    re.S,
)


def finished(ts_text: str) -> dict[str, str]:
    """Source → translation of every finished entry of a .ts text."""
    return {
        unescape(m["source"]): unescape(m["text"])
        for m in _MESSAGE.finditer(ts_text)
        if 'type="unfinished"' not in m["attrs"] and "obsolete" not in m["attrs"] and m["text"]
    }


def fill(ts_text: str, pairs: dict[str, str]) -> tuple[str, int]:
    count = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal count
        source = unescape(m["source"])
        if 'type="unfinished"' not in m["attrs"] or source not in pairs:
            return m.group(0)
        count += 1
        return f"{m.group(1)}<translation>{escape(pairs[source], quote=False)}</translation>"

    return _MESSAGE.sub(replace, ts_text), count


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("ts", type=Path)
    parser.add_argument("pairs", type=Path, nargs="?")
    parser.add_argument("--from", dest="other", type=Path, action="append", default=[])
    args = parser.parse_args()
    pairs: dict[str, str] = {}
    for other in args.other:
        pairs.update(finished(other.read_text(encoding="utf-8")))
    if args.pairs is not None:
        for line in args.pairs.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source, translation = line.split("\t", 1)
                pairs[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    text, count = fill(args.ts.read_text(encoding="utf-8"), pairs)
    args.ts.write_text(text, encoding="utf-8")
    left = text.count('type="unfinished"')
    print(f"{args.ts}: {count} filled, {left} still unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
