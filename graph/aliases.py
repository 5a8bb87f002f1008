"""The aliases file of `kg build --aliases FILE`: user corrections to entity resolution.

A CSV file, one rule a row, two columns; blank lines and lines starting with `#` are skipped,
and a first row `name,canonical` is a header:

    name,canonical
    Kim,Kim Jong-un            # force: every "Kim" is Kim Jong-un
    Dubya,George W. Bush
    Georgia,!Georgia Guidestones   # forbid: these two names are never one entity
    Jordan,!                   # isolate: "Jordan" never joins any other name

Names are matched by their resolution key (case, punctuation and titles ignored). Forced
merges are applied first, as if the name were written as its canonical name; forbidden pairs
and isolated names then hold against every rule, and win over a forced merge.
Read once here, at the edge: a bad row raises AliasFileError naming the file and the line.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import KgError
from graph.resolve import name_key


class AliasFileError(KgError):
    """The aliases file cannot be used; the message names the file, the line and the reason."""

    def __init__(self, path: str | Path, line: int | None, reason: str):
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")


@dataclass(frozen=True)
class Aliases:
    """The rules of an aliases file, as `graph.resolve.resolve` options."""

    overrides: dict[str, str] = field(default_factory=dict)
    forbidden: tuple[tuple[str, str], ...] = ()
    isolated: tuple[str, ...] = ()

    def options(self) -> dict:
        return {"overrides": self.overrides, "forbidden": self.forbidden, "isolated": self.isolated}


def parse_aliases(lines: list[str], path: str = "<aliases>") -> Aliases:
    """Rules from the lines of an aliases file.

    >>> a = parse_aliases(["name,canonical", "Kim,Kim Jong-un", "Jordan,!", "Georgia,!Georgia Guidestones"])
    >>> a.overrides, a.isolated, a.forbidden
    ({'Kim': 'Kim Jong-un'}, ('Jordan',), (('Georgia', 'Georgia Guidestones'),))
    """
    overrides: dict[str, tuple[str, int]] = {}
    forbidden: dict[frozenset, int] = {}
    pairs: list[tuple[str, str]] = []
    isolated: dict[str, int] = {}
    for n, row in enumerate(csv.reader(lines), 1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if n == 1 and [c.lower() for c in cells] == ["name", "canonical"]:
            continue
        if len(cells) != 2:
            raise AliasFileError(path, n, f"expected 2 columns (name,canonical or name,!other), found {len(cells)}")
        name, target = cells
        if not name or not name_key(name):
            raise AliasFileError(path, n, "the name is empty")
        if target == "!":
            isolated[name] = n
            continue
        if target.startswith("!"):
            other = target[1:].strip()
            if not name_key(other):
                raise AliasFileError(path, n, "the name after '!' is empty")
            if name_key(other) == name_key(name):
                raise AliasFileError(path, n, f"forbids {name!r} to merge with itself")
            forbidden.setdefault(frozenset({name_key(name), name_key(other)}), n)
            pairs.append((name, other))
            continue
        if not name_key(target):
            raise AliasFileError(path, n, "the canonical name is empty (use 'name,!' to isolate a name)")
        if name_key(target) == name_key(name):
            raise AliasFileError(path, n, f"maps {name!r} to itself")
        previous = overrides.get(name_key(name))
        if previous and name_key(previous[0]) != name_key(target):
            raise AliasFileError(path, n, f"{name!r} is already mapped to {previous[0]!r} on line {previous[1]}")
        overrides[name_key(name)] = (target, n)
    names = {}
    for k, (target, n) in overrides.items():
        final, seen = k, {k}
        while final in overrides:  # follow chains: a -> b, b -> c
            final = name_key(overrides[final][0])
            if final in seen:
                raise AliasFileError(path, n, f"the mappings starting at line {n} form a cycle")
            seen.add(final)
        pair = frozenset({k, final})
        if pair in forbidden:
            raise AliasFileError(path, n, f"forces a merge that line {forbidden[pair]} forbids")
        if k in {name_key(i) for i in isolated} or final in {name_key(i) for i in isolated}:
            raise AliasFileError(path, n, "forces a merge of a name isolated with '!'")
        names[k] = final
    canon_text = {name_key(t): t for t, _ in overrides.values()}
    by_name = {}  # the user's spelling of each name, for the merge log
    for k, (target, n) in overrides.items():
        by_name[_original(lines, n)] = canon_text.get(names[k], names[k])
    return Aliases(by_name, tuple(pairs), tuple(isolated))


def _original(lines: list[str], n: int) -> str:
    return next(csv.reader([lines[n - 1]]))[0].strip()


def read_aliases(path: str | Path) -> Aliases:
    """Rules of an aliases file; AliasFileError when it is missing or malformed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AliasFileError(path, None, "no such file") from None
    except UnicodeDecodeError as exc:
        raise AliasFileError(path, None, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise AliasFileError(path, None, exc.strerror or str(exc)) from None
    try:
        return parse_aliases(text.splitlines(), str(path))
    except csv.Error as exc:
        raise AliasFileError(path, None, f"not valid CSV ({exc})") from None
