"""Safe YAML reading with positions.

Every file the program reads goes through `read_yaml`. It decodes UTF-8 (with or without BOM) and
GB18030/GBK, refuses binary, empty-of-text and oversized files, composes the YAML with ruamel's
C-accelerated safe parser where present, and builds plain Python values itself so that it can:
keep the line and column of every key and value, refuse duplicate keys and object tags, and bound
the work an alias bomb or a very deep document can cause.

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
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import InputError, Problem

try:  # the C parser is an optional extra of ruamel.yaml; fall back to the pure-Python one
    from ruamel.yaml.cyaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - exercised only where the C extension is absent
    from ruamel.yaml.loader import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000

Path_ = tuple[Any, ...]
# Control characters other than tab and line breaks: they would reach terminals (escape codes)
# and workbooks (which refuse them); a YAML escape like "\x1b" can put them in a string.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
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
    _check_depth(text, file)
    loader = _Loader(io.StringIO(text))
    try:
        node = loader.get_single_node()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        col = mark.column + 1 if mark is not None else None
        reason = (exc.problem or exc.context or "invalid YAML").strip()
        raise InputError.single(f"invalid YAML: {reason}", file, line, col) from None
    except (YAMLError, RecursionError, ValueError) as exc:
        raise InputError.single(f"invalid YAML: {exc}", file) from None
    finally:
        loader.dispose()
    doc = YamlDoc(file=file, data=None)
    if node is None:
        raise InputError.single("the file holds no data", file, 1, 1)
    doc.data = _Builder(doc).build(node, (), 0)
    return doc


# Every collection a document opens takes at least one of these characters, so a text with few of
# them cannot be deep; above this many the events are scanned first, because the C composer
# recurses once per level and crashes the interpreter on a document nested tens of thousands deep.
_OPENERS = "[{-?:"
_SCAN_ABOVE = 2000


def _check_depth(text: str, file: str) -> None:
    """Refuse a document nested deeper than MAX_DEPTH before composing it (iterative, bounded)."""
    if sum(text.count(ch) for ch in _OPENERS) <= _SCAN_ABOVE:
        return
    loader = _Loader(io.StringIO(text))
    depth = 0
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1:
                    mark = event.start_mark
                    raise InputError.single(
                        f"the document is nested more than {MAX_DEPTH} levels deep", file,
                        mark.line + 1, mark.column + 1)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif isinstance(event, StreamEndEvent):
                return
    except YAMLError:
        return  # composing reports the syntax error with its position
    finally:
        loader.dispose()


class _Builder:
    """Turns composed nodes into plain values, recording positions and enforcing limits."""

    def __init__(self, doc: YamlDoc) -> None:
        self.doc = doc
        self.nodes = 0

    def fail(self, node: Node, message: str, hint: str | None = None) -> InputError:
        mark = node.start_mark
        return InputError.single(message, self.doc.file, mark.line + 1, mark.column + 1, hint)

    def build(self, node: Node, path: Path_, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.fail(node, f"the document expands to more than {MAX_NODES:,} values "
                            "(an alias bomb?)", "remove the repeated aliases (*name)")
        if depth > MAX_DEPTH:
            raise self.fail(node, f"the document is nested more than {MAX_DEPTH} levels deep")
        self.doc.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            if node.tag != _TAG + "seq":
                raise self.fail(node, f"unsupported tag {node.tag!r}")
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def mapping(self, node: MappingNode, path: Path_, depth: int) -> dict[Any, Any]:
        if node.tag != _TAG + "map":
            raise self.fail(node, f"unsupported tag {node.tag!r}")
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, "a key must be a plain value, not a list or mapping")
            if key_node.tag == _TAG + "merge":
                raise self.fail(key_node, "merge keys (<<) are not supported")
            key = self.scalar(key_node)
            if key is None or isinstance(key, float):
                raise self.fail(key_node, f"invalid key {key_node.value!r}")
            if key in out:
                raise self.fail(key_node, f"duplicate key {key!r}",
                                "each key may appear only once in a mapping")
            self.doc.key_lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = self.build(value_node, (*path, key), depth + 1)
        return out

    def scalar(self, node: Node) -> Any:
        tag, value = node.tag, node.value
        if tag == _TAG + "str" or tag == _TAG + "timestamp":
            if _CONTROL.search(value):
                raise self.fail(node, "the text holds a control character (such as an escape "
                                "code), which no report can show", "delete it from the text")
            return value
        if tag == _TAG + "int":
            text = value.replace("_", "")
            try:
                if text.lower().startswith(("0x", "-0x", "+0x", "0o", "0b")):
                    return int(text, 0)
                return int(text)
            except ValueError:
                raise self.fail(node, f"invalid integer {value!r}") from None
        if tag == _TAG + "float":
            text = value.replace("_", "").lower()
            if text.endswith(".nan"):
                return math.nan
            if text.endswith(".inf"):
                return -math.inf if text.startswith("-") else math.inf
            return float(text)
        if tag == _TAG + "bool":
            return value.lower() == "true"
        if tag == _TAG + "null":
            return None
        raise self.fail(node, f"unsupported tag {tag!r}",
                        "evidence and criteria files hold plain values only")


def field_name(path: Path_) -> str:
    """`indicators[3].rule.figure` for ('indicators', 3, 'rule', 'figure')."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_problems(doc: YamlDoc, exc: Any, prefix: Path_ = ()) -> list[Problem]:
    """Turn a pydantic ValidationError on data from `doc` into located problems."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(part for part in err["loc"] if not _is_internal(part))
        path = (*prefix, *loc)
        message = _FRIENDLY.get(err["type"]) or err["msg"].removeprefix(
            "Value error, ").removeprefix("Assertion failed, ")
        name = field_name(path)
        problems.append(doc.problem(f"{name}: {message}" if name else message, path))
    return problems


# pydantic's wording names Python classes (`instance of DepartmentFile`); say what to write.
_FRIENDLY = {
    "extra_forbidden": "unknown field",
    "missing": "required field is missing",
    "model_type": "expected key: value lines here",
    "model_attributes_type": "expected key: value lines here",
    "dict_type": "expected key: value lines here",
    "list_type": "expected a list here (lines starting with -)",
    "string_type": "expected text here",
    "string_too_short": "must not be empty",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "finite_number": "expected a finite number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "literal_error": None,  # pydantic lists the allowed values: keep its wording
}


def _is_internal(part: Any) -> bool:
    # pydantic adds names of union members and validator functions to locations; users never
    # wrote those.
    return isinstance(part, str) and (part.startswith("function-") or "[" in part)
