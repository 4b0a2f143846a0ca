"""Safe YAML reading with positions.

Every file the program reads goes through `read_yaml`. It decodes UTF-8 (with or without BOM) and
GB18030/GBK, refuses binary, empty-of-text and oversized files, reads the YAML events from
ruamel's C-accelerated parser where present, and builds plain Python values from them itself (no
node tree, no Python resolver: this is the hot path of a batch) so that it can: keep the line and
column of every key and value, refuse duplicate keys and object tags, and bound the work an alias
bomb or a very deep document can cause (iteratively: nothing recurses per level).

Timestamps stay as the text the user wrote; value parsing (evidence.py, values.py) reads dates.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.reader import ReaderError

from .errors import InputError, Problem, Refusal, legacy
from .messages import CATALOGUE, Msg, msg

try:  # the C parser is an optional extra of ruamel.yaml; fall back to the pure-Python one
    from ruamel.yaml.cyaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - exercised only where the C extension is absent
    from ruamel.yaml.loader import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000

Path_ = tuple[Any, ...]
# Control characters other than tab and line breaks: they would reach terminals (escape codes)
# and workbooks (which refuse them); a YAML escape like "\x1b" can put them in a string. With them,
# the bidirectional overrides, which make a report show text in another order than it is stored.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_TAG = "tag:yaml.org,2002:"


@dataclass
class YamlDoc:
    """A parsed file: its data, where every value stands, and how it was decoded."""

    file: str
    data: Any
    encoding: str = "utf-8"
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_lines: dict[Path_, int] = field(default_factory=dict)  # where each mapping key stands

    def key_line(self, path: Path_) -> int | None:
        """The line of the key that introduces the value at `path` (an evidence entry's id)."""
        return self.key_lines.get(tuple(path)) or self.locate(path)[0]

    def locate(self, path: Path_) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value at `path`, or of its nearest located parent."""
        path = tuple(path)
        while True:
            pos = self.positions.get(path)
            if pos is not None:
                return pos
            if not path:
                return (None, None)
            path = path[:-1]

    def problem(self, message: str, path: Path_ = (), hint: str | None = None,
                severity: str = "error") -> Problem:
        line, col = self.locate(path)
        return Problem(message, self.file, line, col, hint, severity)


def decode(raw: bytes, file: str) -> tuple[str, str]:
    """Decode a text file the way Chinese Windows and Unix editors save it."""
    if b"\x00" in raw:
        raise InputError.single("this is a binary file, not YAML text", file,
                                hint="save the file as text (UTF-8 or GBK)")
    try:
        text = raw.decode("utf-8-sig")
        return text, "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError.single(
            f"cannot read the text: it is neither UTF-8 nor GB18030/GBK (byte {exc.start})",
            file, hint="save the file as UTF-8 or GBK") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    if controls:
        raise InputError.single("the file contains control characters: is it a binary file?",
                                file, hint="save the file as text (UTF-8 or GBK)")
    return text, "gb18030"


def read_yaml(path: Path, display: str | None = None) -> YamlDoc:
    """Read one YAML file into plain values with positions; raise InputError on any problem."""
    file = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError.single(
                f"the file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}", file,
                hint="split it or remove what is not evidence")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.single(f"cannot read the file: {exc.strerror or exc}", file) from None
    text, encoding = decode(raw, file)
    doc = parse_yaml(text, file)
    doc.encoding = encoding
    return doc


def parse_yaml(text: str, file: str) -> YamlDoc:
    if not text.strip():
        raise InputError.single("the file is empty", file, 1, 1)
    parser = None
    try:
        parser = _Loader(io.StringIO(text))  # the pure-Python reader checks the text here
        doc = _Builder(file, text).build(parser)
    except ReaderError as exc:  # a character YAML does not allow; the reader gives no line
        code = exc.character if isinstance(exc.character, int) else None
        found = text.find(chr(code)) if code is not None else -1
        line = text.count("\n", 0, found) + 1 if found >= 0 else None
        col = found - text.rfind("\n", 0, found) if found >= 0 else None
        shown = f" (U+{code:04X})" if code is not None else ""
        raise InputError.single(
            f"the text holds a character YAML does not allow{shown}, such as a control character",
            file, line, col, "delete it from the text") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        col = mark.column + 1 if mark is not None else None
        reason = (exc.problem or exc.context or "invalid YAML").strip()
        raise InputError.single(f"invalid YAML: {reason}", file, line, col) from None
    except (YAMLError, RecursionError, ValueError) as exc:
        raise InputError.single(f"invalid YAML: {exc}", file) from None
    finally:
        if parser is not None:
            parser.dispose()
    return doc


# YAML 1.2 core schema (timestamps stay text: values.py reads dates the way people write them).
# Unlike YAML 1.1, no underscores in numbers: `71_4` is a typing error, not 714.
_INT = re.compile(r"[-+]?(?:0b[0-1]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z"
                    r"|[-+]?\.(?:inf|Inf|INF)\Z|\.(?:nan|NaN|NAN)\Z")
_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
         "FALSE": False}
_STR_TAGS = frozenset((_TAG + "str", _TAG + "timestamp", "!"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"


class _Builder:
    """Builds plain values from parser events, recording positions and enforcing limits.

    This loop runs for every value of every file of a batch, so it is written flat: one frame
    per open collection, the path of a mapping's pending key computed once, and the check for
    control characters made per value only where one could hide (see `build`)."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        # Control characters written into the file itself are refused by the parser, or found
        # here once; after that only a double-quoted escape ("\x1b") can make one.
        self.check_all = _CONTROL.search(text) is not None

    def fail(self, event: Any, message: str, hint: str | None = None) -> InputError:
        mark = event.start_mark
        return InputError.single(message, self.file, mark.line + 1, mark.column + 1, hint)

    def build(self, parser: Any) -> YamlDoc:
        doc = YamlDoc(file=self.file, data=None)
        positions, key_lines = doc.positions, doc.key_lines
        anchors: dict[str, tuple[Any, int]] = {}  # name → (value, how many values it holds)
        # Open collections, innermost last: [container, its path, is it a mapping, the pending
        # key's path (mappings; None while a key is awaited), anchor, values counted at start].
        stack: list[list[Any]] = []
        top: list[Any] | None = None
        nodes = documents = 0
        root: Any = None
        get_event = parser.get_event
        scalar = self._scalar
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                if top is not None and top[2] and top[3] is None:
                    top[3] = self._key(event, top, key_lines)
                    continue
                value = scalar(event)
                count = 1
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                is_map = kind is MappingStartEvent
                if top is not None and top[2] and top[3] is None:
                    raise self.fail(event, "a key must be a plain value, not a list or mapping")
                if event.tag is not None and event.tag not in (_MAP if is_map else _SEQ, "!"):
                    raise self.fail(event, f"unsupported tag {event.tag!r}")
                path = () if top is None else top[3] if top[2] else (*top[1], len(top[0]))
                mark = event.start_mark
                positions[path] = (mark.line + 1, mark.column + 1)
                nodes += 1
                if nodes > MAX_NODES:
                    raise self._too_many(event)
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(event, f"the document is nested more than {MAX_DEPTH} levels "
                                    "deep")
                top = [{} if is_map else [], path, is_map, None, event.anchor, nodes]
                stack.append(top)
                continue
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                value, _, _, _, anchor, start = stack.pop()
                if anchor is not None:
                    anchors[anchor] = (value, nodes - start + 1)
                top = stack[-1] if stack else None
                if top is None:
                    root = value
                elif top[2]:
                    top[0][top[3][-1]] = value
                    top[3] = None
                else:
                    top[0].append(value)
                continue
            elif kind is AliasEvent:
                if event.anchor not in anchors:
                    raise self.fail(event, f"unknown alias *{event.anchor}")
                value, count = anchors[event.anchor]
                if top is not None and top[2] and top[3] is None:
                    raise self.fail(event, "a key must be a plain value, not an alias")
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(event, "the file holds more than one YAML document",
                                    "remove the `---` line that starts the second")
                continue
            elif kind is StreamEndEvent:
                break
            else:
                continue
            # a value: a scalar or an alias, at the pending key or the end of a list
            mark = event.start_mark
            nodes += count
            if nodes > MAX_NODES:
                raise self._too_many(event)
            if top is None:
                positions[()] = (mark.line + 1, mark.column + 1)
                root = value
            elif top[2]:
                path = top[3]
                positions[path] = (mark.line + 1, mark.column + 1)
                top[0][path[-1]] = value
                top[3] = None
            else:
                container = top[0]
                positions[(*top[1], len(container))] = (mark.line + 1, mark.column + 1)
                container.append(value)
            if kind is ScalarEvent and event.anchor is not None:
                anchors[event.anchor] = (value, 1)
        if root is None and not positions:
            raise InputError.single("the file holds no data", self.file, 1, 1)
        doc.data = root
        return doc

    def _too_many(self, event: Any) -> InputError:
        return self.fail(event, f"the document expands to more than {MAX_NODES:,} values "
                         "(an alias bomb?)", "remove the repeated aliases (*name)")

    def _key(self, event: Any, top: list[Any], key_lines: dict[Path_, int]) -> Path_:
        """Take a mapping key; return the path of the value it introduces."""
        if not event.style and event.tag is None and event.value == "<<":
            raise self.fail(event, "merge keys (<<) are not supported")
        key = self._scalar(event)
        if key is None or isinstance(key, float):
            raise self.fail(event, f"invalid key {event.value!r}")
        if key in top[0]:
            raise self.fail(event, f"duplicate key {key!r}",
                            "each key may appear only once in a mapping")
        path = (*top[1], key)
        key_lines[path] = event.start_mark.line + 1
        return path

    def _scalar(self, event: Any) -> Any:
        value, tag, style = event.value, event.tag, event.style
        if tag is None and not style:  # a plain scalar: resolve it as YAML 1.2 does
            return self._plain(event, value)
        if tag is None or tag in _STR_TAGS:
            if (style == '"' or self.check_all) and _CONTROL.search(value):
                raise self._control(event)
            return value
        if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
            resolved = self._plain(event, value)
            expected = {_TAG + "int": int, _TAG + "float": (int, float), _TAG + "bool": bool,
                        _TAG + "null": type(None)}[tag]
            if isinstance(resolved, expected) and not (tag == _TAG + "int"
                                                       and isinstance(resolved, bool)):
                return float(resolved) if tag == _TAG + "float" else resolved
            raise self.fail(event, f"{value!r} is not a valid {tag.rsplit(':', 1)[-1]}")
        raise self.fail(event, f"unsupported tag {tag!r}",
                        "evidence and criteria files hold plain values only")

    def _control(self, event: Any) -> InputError:
        return self.fail(event, "the text holds a control character (such as an escape code), "
                         "which no report can show", "delete it from the text")

    def _plain(self, event: Any, value: str) -> Any:
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        first = value[0]
        if first.isdigit() or first in "-+.":
            if _INT.match(value):
                sign, digits = (value[0], value[1:]) if value[0] in "-+" else ("", value)
                try:
                    if digits[:2].lower() in ("0x", "0o", "0b"):
                        return int(sign + digits, 0)
                    return int(value)
                except ValueError:  # more digits than Python converts (thousands)
                    raise self.fail(event, f"the number has {len(digits):,} digits, far too many "
                                    "to be a figure") from None
            if _FLOAT.match(value):
                text = value.lower()
                if text.endswith(".nan"):
                    return math.nan
                if text.endswith(".inf"):
                    return -math.inf if text.startswith("-") else math.inf
                return float(text)
        if self.check_all and _CONTROL.search(value):
            raise self._control(event)
        return value


def field_name(path: Path_) -> str:
    """`indicators[3].rule.figure` for ('indicators', 3, 'rule', 'figure')."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_problems(doc: YamlDoc, exc: Any, prefix: Path_ = ()) -> list[Problem]:
    """Turn a pydantic ValidationError on data from `doc` into located, coded problems: a
    Refusal raised by a validator brings its own message and hint; pydantic's own errors are
    reworded through the catalogue (`pydantic.<type>`)."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(part for part in err["loc"] if not _is_internal(part))
        path = _as_written(doc, prefix, loc, err["type"] == "missing")
        refusal = err.get("ctx", {}).get("error")
        if isinstance(refusal, Refusal):
            message, hint = refusal.message, refusal.hint
        else:
            message, hint = _pydantic_message(err), None
        line, col = doc.locate(path)
        problems.append(Problem(message, doc.file, line, col, hint, field=field_name(path) or None))
    return problems


def _pydantic_message(err: dict[str, Any]) -> Msg:
    code = f"pydantic.{err['type']}"
    if code in CATALOGUE:
        ctx = err.get("ctx") or {}
        if err["type"] == "literal_error":
            return msg(code, expected=str(ctx.get("expected", "")))
        return msg(code, **{k: v for k, v in ctx.items() if isinstance(v, (int, float, str))})
    # a plain ValueError of a validator, or a type the catalogue does not word yet
    text = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return legacy(text)  # type: ignore[return-value]


def _as_written(doc: YamlDoc, prefix: Path_, loc: Path_, missing: bool) -> Path_:
    """The path of a model's value as the file writes it. A short form (`regulation: a.pdf` for
    `documents: {regulation: {file: a.pdf}}`) leaves out model keys; those are dropped. A missing
    field keeps its name at the end: it is what the user has to add."""
    path = prefix
    for i, part in enumerate(loc):
        if (*path, part) in doc.positions or (missing and i == len(loc) - 1):
            path = (*path, part)
    return path


def _is_internal(part: Any) -> bool:
    # pydantic adds names of union members and validator functions to locations; users never
    # wrote those.
    return isinstance(part, str) and (part.startswith("function-") or "[" in part)
