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

import errno
import io
import math
import os
import re
from collections.abc import Mapping
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

from .errors import Detail, InputError, Problem, Refusal
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
    # where each value starts: the parser's mark (0-based `line` and `column`), kept as the
    # parser made it (most are never asked for); `locate` gives them 1-based
    positions: dict[Path_, Any] = field(default_factory=dict)
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
                return (pos.line + 1, pos.column + 1)
            if not path:
                return (None, None)
            path = path[:-1]

    def problem(self, message: Msg, path: Path_ = (), hint: Msg | None = None,
                severity: str = "error", field: str | None = None) -> Problem:
        """A problem located at the value at `path`, named by its field (`evidence.S03.02`)
        unless `field` says otherwise."""
        line, col = self.locate(path)
        return Problem(message, self.file, line, col, hint, severity,
                       field=field or field_name(path) or None)


def decode(raw: bytes, file: str) -> tuple[str, str]:
    """Decode a text file the way Chinese Windows and Unix editors save it: UTF-8, UTF-16 with
    its byte-order mark (Notepad's "Unicode"), GB18030/GBK."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise InputError.single(msg("yaml.bad_utf16"), file,
                                        hint=msg("yaml.hint.save_encoding")) from None
    if b"\x00" in raw:
        nul = raw.index(b"\x00")
        line = raw.count(b"\n", 0, nul) + 1
        column = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
        raise InputError.single(msg("yaml.binary"), file, line, column,
                                hint=msg("yaml.hint.save_text"))
    try:
        text = raw.decode("utf-8-sig")
        return text, "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError.single(msg("yaml.undecodable", byte=exc.start), file,
                                hint=msg("yaml.hint.save_encoding")) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    if controls:
        raise InputError.single(msg("yaml.control_chars"), file, hint=msg("yaml.hint.save_text"))
    return text, "gb18030"


def read_yaml(path: Path | str, display: str | None = None, strict_numbers: bool = False
              ) -> YamlDoc:
    """Read one YAML file into plain values with positions; raise InputError on any problem.
    `strict_numbers` (criteria packs, overlays): a value written like a number with underscores
    (`1_000`) is refused, as evidence refuses `71_4`, rather than read as 1000 by the model.
    `path` may be the text of a path (a batch reads thousands: no pathlib on the way)."""
    file = display or str(path)
    text, encoding = decode(_read_bytes(path, file), file)
    # JSON (a saved result) is read as YAML too; the mistakes explained are those of YAML
    doc = parse_yaml(text, file, explain=_suffix(os.fspath(path)).lower() != ".json",
                     strict_numbers=strict_numbers)
    doc.encoding = encoding
    return doc


def _read_bytes(path: Path | str, file: str) -> bytes:
    """The bytes of the file at `path`, as `Path.read_bytes` reads them but with a file
    descriptor only (no file object: a batch reads thousands of files). Refused, as unreadable
    or a folder, or larger than MAX_FILE_BYTES before it is read; a file too large is said so
    first, even when it cannot be opened, as when its size was asked before opening it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        _check_size(os.stat, path, file)
        raise InputError.single(cannot_read(exc), file) from None
    try:
        size = _check_size(os.fstat, fd, file)
        chunks = []
        chunk = os.read(fd, size + 1)  # the whole file; then an empty read, its end
        while chunk:
            chunks.append(chunk)
            chunk = os.read(fd, 65536)  # more than its size said: it grew, or is no plain file
        return b"".join(chunks)
    except OSError as exc:  # a folder opens, and refuses to be read (EISDIR)
        raise InputError.single(cannot_read(exc), file) from None
    finally:
        os.close(fd)


def _check_size(stat: Any, of: Any, file: str) -> int:
    """The size of a file, `stat(of)` (`os.stat` of its path, `os.fstat` of its descriptor);
    refused when larger than MAX_FILE_BYTES, or unreadable when it cannot be asked."""
    try:
        size: int = stat(of).st_size
    except OSError as exc:
        raise InputError.single(cannot_read(exc), file) from None
    if size > MAX_FILE_BYTES:
        raise InputError.single(msg("yaml.too_big", size=f"{size:,}",
                                    limit=f"{MAX_FILE_BYTES:,}"), file,
                                hint=msg("yaml.hint.split"))
    return size


def _suffix(path: str) -> str:
    """The suffix of a path's last part, as pathlib's `PurePath.suffix` gives it (`..json` has
    one, `.json` has none)."""
    name = path.rstrip("/").rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def cannot_read(exc: OSError) -> Msg:
    """Why a file cannot be read, in the reader's words (the system's own, in English only)."""
    code = {errno.ENOENT: "yaml.not_found", errno.EACCES: "yaml.no_permission",
            errno.EPERM: "yaml.no_permission", errno.EISDIR: "yaml.is_folder"}.get(exc.errno or 0)
    return msg(code) if code else msg("yaml.unreadable", detail=Detail.of_os_error(exc))


def parse_yaml(text: str, file: str, explain: bool = True, strict_numbers: bool = False
               ) -> YamlDoc:
    """`text` as plain values with positions. When the parser refuses it, the mistakes people
    make are looked for and explained where they were made (`explain`), else the parser's
    refusal is given where it stopped."""
    if not text.strip():
        raise InputError.single(msg("yaml.empty"), file, 1, 1)
    parser = None
    try:
        parser = _Loader(io.StringIO(text))  # the pure-Python reader checks the text here
        doc = _Builder(file, text, strict_numbers).build(parser)
    except ReaderError as exc:  # a character YAML does not allow; the reader gives no line
        code = exc.character if isinstance(exc.character, int) else None
        found = text.find(chr(code)) if code is not None else -1
        line = text.count("\n", 0, found) + 1 if found >= 0 else None
        col = found - text.rfind("\n", 0, found) if found >= 0 else None
        shown = f" (U+{code:04X})" if code is not None else ""
        raise InputError.single(msg("yaml.bad_character", shown=shown), file, line, col,
                                msg("yaml.hint.delete_it")) from None
    except MarkedYAMLError as exc:
        if not explain:
            raise InputError([_generic(exc, file)]) from None
        raise InputError(syntax_problems(text, file, exc)) from None
    except (YAMLError, RecursionError, ValueError) as exc:
        raise InputError.single(msg("yaml.syntax", detail=Detail.of(exc)), file) from None
    finally:
        if parser is not None:
            parser.dispose()
    return doc


# YAML 1.2 core schema (timestamps stay text: values.py reads dates the way people write them).
# Unlike YAML 1.1, no underscores in numbers: `71_4` is a typing error, not 714.
_INT = re.compile(r"[-+]?(?:0b[0-1]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z"
                    r"|[-+]?\.(?:inf|Inf|INF)\Z|\.(?:nan|NaN|NAN)\Z")
# what Python (and so a model) would read as a number although YAML 1.2 does not: `1_000`
_UNDERSCORED = re.compile(r"\s*[-+]?[0-9_]*[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9_]+)?\s*\Z")
_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
         "FALSE": False}
_NOT_TEXT = _NULL | frozenset(_BOOL)  # plain words that are no text: null, true, false
_STR_TAGS = frozenset((_TAG + "str", _TAG + "timestamp", "!"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"


class _Builder:
    """Builds plain values from parser events, recording positions and enforcing limits.

    This loop runs for every value of every file of a batch, so it is one loop over the events
    with the open collection's state in local variables (the collections around it on a stack),
    the path of a mapping's pending key computed once, the common values (a plain word as a key,
    a quoted text, a count) taken without a call, the check for control characters made per
    value only where one could hide (see `_scalar`) and not of a text that prints as it is,
    and each value's position kept as the parser's mark. The rarer cases go through the
    methods below."""

    def __init__(self, file: str, text: str, strict_numbers: bool = False) -> None:
        self.file = file
        self.text = text
        self.strict_numbers = strict_numbers
        # Control characters written into the file itself are refused by the parser, or found
        # here once; after that only a double-quoted escape ("\x1b") can make one.
        self.check_all = _CONTROL.search(text) is not None

    def fail(self, event: Any, message: Msg, hint: Msg | None = None) -> InputError:
        mark = event.start_mark
        return InputError.single(message, self.file, mark.line + 1, mark.column + 1, hint)

    def build(self, parser: Any) -> YamlDoc:
        """The document of the parser's events: each event opens a collection, closes one,
        gives a value (a scalar, an alias) or a mapping's key; the rest are checked or passed
        over.

        The open collection: `container`, its `path`, whether it `is_map`, the path of its
        `pending` key (a mapping's; None while a key is awaited), its `anchor` and the values
        counted at its `start`; `depth` collections are open (0: none, the document's own value
        awaited). The collections around it wait on `stack` as such tuples."""
        doc = YamlDoc(file=self.file, data=None)
        positions, key_lines = doc.positions, doc.key_lines
        anchors: dict[str, tuple[Any, int]] = {}  # name → (value, values it holds)
        stack: list[tuple[Any, Path_, bool, Any, str | None, int]] = []
        container: Any = None
        path: Path_ = ()
        is_map = False
        pending: Any = None
        anchor: str | None = None
        start = 0
        depth = 0
        nodes = 0
        root: Any = None
        documents = 0
        check_all, strict_numbers = self.check_all, self.strict_numbers
        control = _CONTROL.search
        get_event = parser.get_event
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                style = event.style
                if is_map and pending is None:  # a mapping's key
                    key = event.value
                    if event.ctag is not None or check_all:
                        key = self._key_value(event)
                    elif not style:  # a plain word (`evidence`, `S03.02`) is a text as it is
                        if not key[:1].isalpha() or key in _NOT_TEXT:
                            if len(key) == 3 and key.isdigit():  # `560` of `{n: 1,560}`?
                                self._check_split_number(event, path)
                            key = self._key_value(event)
                    elif strict_numbers or (style == '"' and not key.isprintable()
                                            and control(key)):  # (a printable text has none)
                        key = self._key_value(event)  # refused (a quoted key is a text)
                    pending = (*path, key)
                    if key in container:
                        raise self.fail(event, msg("yaml.duplicate_key", key=str(key),
                                                   first=key_lines.get(pending)),
                                        msg("yaml.hint.duplicate"))
                    if not style and isinstance(key, str) and not key.isascii() and (
                            key.startswith(FULLWIDTH_SPACE) or FULLWIDTH_COLON in key):
                        self._check_key(event, key)
                    key_lines[pending] = event.start_mark.line + 1
                    continue
                if event.ctag is not None:
                    value = self._scalar(event)
                elif not style:
                    value = event.value
                    # a count (`2735`) is the integer it reads as; the rest resolved by `_plain`
                    if value.isdigit() and value.isascii() and len(value) < 16:
                        value = int(value)
                    else:
                        value = self._plain(event, value)
                else:  # a quoted (or block) text
                    value = event.value
                    if (style == '"' or check_all) and not value.isprintable() \
                            and control(value):
                        raise self._control(event)
                    if strict_numbers and "_" in value and _UNDERSCORED.match(value):
                        raise self._underscored(event, value)
                nodes += 1
                if nodes > MAX_NODES:
                    raise self._too_many(event)
                if is_map:
                    positions[pending] = event.start_mark
                    container[pending[-1]] = value
                    pending = None
                elif depth:
                    item = (*path, len(container))
                    positions[item] = event.start_mark
                    container.append(value)
                else:
                    positions[()] = event.start_mark
                    root = value
                if event.anchor is not None:
                    anchors[event.anchor] = (value, 1)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                # a mapping or a list begins: where it is, within the limits of size and depth
                opens_map = kind is MappingStartEvent
                if is_map and pending is None:
                    raise self.fail(event, msg("yaml.key_not_plain"))
                if event.ctag is not None and event.tag not in (_MAP if opens_map else _SEQ, "!"):
                    raise self.fail(event, msg("yaml.unsupported_tag", tag=event.tag),
                                    msg("yaml.hint.plain_values"))
                inner = pending if is_map else (*path, len(container)) if depth else ()
                positions[inner] = event.start_mark
                nodes += 1
                if nodes > MAX_NODES:
                    raise self._too_many(event)
                if depth >= MAX_DEPTH:
                    raise self.fail(event, msg("yaml.too_deep", depth=MAX_DEPTH))
                stack.append((container, path, is_map, pending, anchor, start))
                container, path, is_map = ({} if opens_map else []), inner, opens_map
                pending, anchor, start = None, event.anchor, nodes
                depth += 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                # a collection ends: it becomes a value of the one around it (or the document)
                done = container
                if anchor is not None:
                    anchors[anchor] = (done, nodes - start + 1)
                container, path, is_map, pending, anchor, start = stack.pop()
                depth -= 1
                if not depth:
                    root = done
                elif is_map:
                    container[pending[-1]] = done
                    pending = None
                else:
                    container.append(done)
            elif kind is AliasEvent:
                # `*name`: the anchored value again, counted as many values as it holds
                if event.anchor not in anchors:
                    raise self.fail(event, msg("yaml.unknown_alias", alias=event.anchor))
                value, count = anchors[event.anchor]
                if is_map and pending is None:
                    raise self.fail(event, msg("yaml.alias_key"))
                nodes += count
                if nodes > MAX_NODES:
                    raise self._too_many(event)
                if is_map:
                    positions[pending] = event.start_mark
                    container[pending[-1]] = value
                    pending = None
                elif depth:
                    item = (*path, len(container))
                    positions[item] = event.start_mark
                    container.append(value)
                else:
                    positions[()] = event.start_mark
                    root = value
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(event, msg("yaml.two_documents"),
                                    msg("yaml.hint.second_document"))
            elif kind is StreamEndEvent:
                break
        if root is None and not positions:
            raise InputError.single(msg("yaml.no_data"), self.file, 1, 1)
        doc.data = root
        return doc

    def _too_many(self, event: Any) -> InputError:
        return self.fail(event, msg("yaml.too_many", limit=f"{MAX_NODES:,}"),
                         msg("yaml.hint.aliases"))

    def _check_split_number(self, event: Any, path: Path_) -> None:
        """`{numerator: 1,560}`: inside braces the comma of a number written with thousands
        separators ends the entry, and YAML reads `560` as another key, with no value. Such a
        key (three digits, no colon after it, a digit and a comma just before it) is that
        mistake: said where the number is written, never read as two entries."""
        text, start, end = self.text, event.start_mark.index, event.end_mark.index
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        after = text[end:line_end if line_end >= 0 else len(text)].lstrip(" \t")
        if after[:1] not in (",", "}", "", "#"):
            return  # `{100: 5,200: 7}`: a key with its value
        found = _SPLIT_BEFORE.search(text, line_start, start)
        if found is None:
            return
        written = _THOUSANDS.match(text, found.start()).group()  # type: ignore[union-attr]
        raise InputError([Problem(
            msg("yaml.number_comma_in_braces", written=written), self.file,
            event.start_mark.line + 1, found.start() - line_start + 1,
            msg("yaml.hint.number_comma_in_braces", plain=written.replace(",", ""),
                written=written), field=field_name(path) or None)])

    def _key_value(self, event: Any) -> Any:
        """A mapping key other than a plain word: resolved, and refused unless a text or an
        integer (a merge key, null, a number with decimals that is no id)."""
        if not event.style and event.tag is None and event.value == "<<":
            raise self.fail(event, msg("yaml.merge_key"))
        key = self._scalar(event)
        if isinstance(key, float) and not event.style and _FLOAT.match(event.value) \
                and "." in event.value and event.value[0].isdigit():
            key = event.value  # an id numbered `1.10`, as written: never the number 1.1
        if key is None or isinstance(key, float):
            raise self.fail(event, msg("yaml.invalid_key", key=event.value))
        return key

    def _check_key(self, event: Any, key: str) -> None:
        """Keys are ids and field names: a full-width colon or space in one is a typing mistake
        that YAML reads without complaint (`S03.02：96%` is a text, `　S03.02` a key)."""
        if not key.startswith(FULLWIDTH_SPACE) and FULLWIDTH_COLON not in key:
            return
        mark = event.start_mark
        lines = self.text.splitlines()
        line = lines[mark.line] if mark.line < len(lines) else ""
        if key.startswith(FULLWIDTH_SPACE):
            raise InputError([Problem(msg("yaml.fullwidth_space"), self.file, mark.line + 1,
                                      mark.column + 1)])
        if FULLWIDTH_COLON in key:
            col = line.find(FULLWIDTH_COLON, mark.column)
            meant = _fullwidth_colon_fixed(line) if col >= 0 else None
            raise InputError([Problem(
                msg("yaml.fullwidth_colon", meant=(meant or key.replace(FULLWIDTH_COLON, ": ")).strip()),
                self.file, mark.line + 1, (col if col >= 0 else mark.column) + 1)])

    def _scalar(self, event: Any) -> Any:
        value, tag, style = event.value, event.tag, event.style
        if tag is None and not style:  # a plain scalar: resolve it as YAML 1.2 does
            return self._plain(event, value)
        if tag is None or tag in _STR_TAGS:
            if (style == '"' or self.check_all) and _CONTROL.search(value):
                raise self._control(event)
            if self.strict_numbers and "_" in value and _UNDERSCORED.match(value):
                raise self._underscored(event, value)
            return value
        if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
            resolved = self._plain(event, value)
            expected: Any = {_TAG + "int": int, _TAG + "float": (int, float), _TAG + "bool": bool,
                        _TAG + "null": type(None)}[tag]
            if isinstance(resolved, expected) and not (tag == _TAG + "int"
                                                       and isinstance(resolved, bool)):
                return float(resolved) if tag == _TAG + "float" else resolved
            if isinstance(resolved, str) and _FLOAT.match(value):  # `!!float 1e2`: kept as text
                return value  # refused where a number is asked (values.exponent)
            raise self.fail(event, msg("yaml.bad_tagged", value=value,
                                       type=msg(f"yaml.type.{tag.rsplit(':', 1)[-1]}")))
        raise self.fail(event, msg("yaml.unsupported_tag", tag=tag), msg("yaml.hint.plain_values"))

    def _control(self, event: Any) -> InputError:
        return self.fail(event, msg("yaml.control_char"), msg("yaml.hint.delete_it"))

    def _plain(self, event: Any, value: str) -> Any:
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        first = value[0]
        if first.isdigit() or first in "-+.":
            if _INT.match(value):
                digits = value.lstrip("-+")
                if digits[:2].lower() in ("0x", "0o", "0b"):
                    # `0x10` is 16 to YAML, never to a clerk: kept as written, a number written
                    # another way is refused where a number is asked (values.number_as_written)
                    return value
                try:
                    return int(value)
                except ValueError:  # more digits than Python converts (thousands)
                    raise self.fail(event, msg("yaml.too_many_digits",
                                               digits=f"{len(digits):,}")) from None
            if _FLOAT.match(value):
                text = value.lower()
                if text.endswith(".nan"):
                    return math.nan
                if text.endswith(".inf"):
                    return -math.inf if text.startswith("-") else math.inf
                if "e" in text and not self.strict_numbers:
                    # `1e2` is 100 to YAML, never to a clerk: kept as written, an exponent is
                    # refused where a number is asked (values.exponent)
                    return value
                return float(text)
        if self.check_all and _CONTROL.search(value):
            raise self._control(event)
        if self.strict_numbers and "_" in value and _UNDERSCORED.match(value):
            raise self._underscored(event, value)
        return value

    def _underscored(self, event: Any, value: str) -> InputError:
        return self.fail(event, msg("yaml.number_underscore", value=value),
                         msg("yaml.hint.number_plain", value=value.replace("_", "")))


# A number written with thousands separators (`1,560`, `12,345,678`), and its start just before a
# group of it that YAML took for a key of a flow mapping (`1,` of `{n: 1,560}`)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_SPLIT_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*,\Z")


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
    for err in map(_as_model_error, exc.errors(include_url=False)):
        path = _as_written(doc, prefix, tuple(err["loc"]), err["type"] == "missing")
        refusal = err.get("ctx", {}).get("error")
        if isinstance(refusal, Refusal):
            message, hint = refusal.message, refusal.hint
            path = subject_path(doc, path, refusal.subject)
        else:
            message, hint = pydantic_message(err), None
        line, col = doc.locate(path)
        problems.append(Problem(message, doc.file, line, col, hint, field=field_name(path) or None))
    return problems


def subject_path(doc: YamlDoc, path: Path_, subject: str | None) -> Path_:
    """The path of a refusal's subject, a key inside the value at `path` (`rooms`, `2025`);
    `path` itself when there is none or the path already ends with it."""
    if subject is None or (path and str(path[-1]) == subject):
        return path
    for key in (subject, int(subject) if subject.isdigit() else None):
        if key is not None and (*path, key) in doc.positions:
            return (*path, key)
    return (*path, subject)


# Errors in a dataclass validated by pydantic (result.IndicatorResult, result.Location, read back
# by `diff`), by the type of the same mistake in a model: worded alike.
_MODEL_ERRORS = {"unexpected_keyword_argument": "extra_forbidden", "missing_argument": "missing",
                 "dataclass_type": "model_type", "dataclass_exact_type": "model_type"}


def _as_model_error(err: Mapping[str, Any]) -> Mapping[str, Any]:
    kind = _MODEL_ERRORS.get(err["type"])
    return err if kind is None else {**err, "type": kind}


def pydantic_message(err: Mapping[str, Any]) -> Msg:
    err = _as_model_error(err)
    code = f"pydantic.{err['type']}"
    if code in CATALOGUE:
        ctx = err.get("ctx") or {}
        if err["type"] == "literal_error":
            return msg(code, expected=str(ctx.get("expected", "")))
        return msg(code, **{k: v for k, v in ctx.items() if isinstance(v, (int, float, str))})
    # an error the catalogue does not word (validators raise Refusals, so this is pydantic's own):
    # its English in English only
    text = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return msg("pydantic.other", detail=Detail.of(text))


def _as_written(doc: YamlDoc, prefix: Path_, loc: Path_, missing: bool) -> Path_:
    """The path of a model's value as the file writes it. A short form (`regulation: a.pdf` for
    `documents: {regulation: {file: a.pdf}}`) leaves out model keys; those are dropped. A missing
    field keeps its name at the end: it is what the user has to add."""
    path = prefix
    last = max((i for i, part in enumerate(loc) if not _is_internal(part)), default=-1)
    for i, part in enumerate(loc):  # a key written `a[1]` is the user's, not pydantic's
        if (*path, part) in doc.positions or (missing and i == last):
            path = (*path, part)
    return path


def _is_internal(part: Any) -> bool:
    # pydantic adds names of union members and validator functions to locations; users never
    # wrote those.
    return isinstance(part, str) and (part.startswith("function-") or "[" in part)


# ---------------------------------------------------------------------------------------------
# The mistakes people make, explained where they made them.
#
# The parser notices a mistake where it can no longer make sense of the text, often the line
# below it, and says so in its own terms (`mapping values are not allowed in this context`).
# Here the lines up to the one it names are read again for the mistakes clerks make; a mistake is
# named only if putting it right gets the parser past the place it stopped (so a colon inside a
# value, `08:30` or a web address, is never blamed), and then the text with it put right is read
# on, so that every such mistake of a file is named at once. What no known mistake explains gets
# the parser's refusal, coded, where the parser stopped.

FULLWIDTH_COLON, FULLWIDTH_SPACE = "：", "\u3000"
_MAX_FIXES = 20  # mistakes named in one file
_MAX_TRIES = 120  # readings of the text to find them, in all
_MAX_READ = 20_000_000  # characters read again to find them, in all (a large file: fewer tries)
_INDENT = re.compile("[ \t\u3000]*")
_KEY_NO_SPACE = re.compile(r"((?:- +)?[^\s:#'\"\[\]{},]+):(?=[^\s:/\\])")
_KEY_FULLWIDTH = re.compile(r"(?:- +)?[^\s:#'\"\[\]{},：]+(?: [^\s:#'\"\[\]{},：]+)*(：[ \u3000]*)")
_KEY_FULLWIDTH_SPACE = re.compile(r"((?:- +)?[^\s:#'\"\[\]{},]+):\u3000")
_CLOSER = {"[": "]", "{": "}"}


@dataclass
class _Fix:
    """A mistake on one line: what to say, where, and the line put right."""

    line: int  # 0-based
    column: int  # 0-based
    fixed: str
    message: Msg


def syntax_problems(text: str, file: str, exc: MarkedYAMLError) -> list[Problem]:
    """The problems that stop `text` from being read: each known mistake where it was made, with
    its fix; what is not explained, as the parser says it."""
    lines = text.splitlines()
    problems: list[Problem] = []
    error: MarkedYAMLError | None = exc
    budget = [max(4, min(_MAX_TRIES, _MAX_READ // max(len(text), 1)))]
    for _ in range(_MAX_FIXES):
        assert error is not None
        fixes = _diagnose(lines, error, budget)
        if not fixes:
            problems.append(_generic(error, file))
            break
        for fix in fixes:
            problems.append(Problem(fix.message, file, fix.line + 1, fix.column + 1))
            lines[fix.line] = fix.fixed
        error = _parse_error("\n".join(lines))
        if error is None:
            break
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _generic(exc: MarkedYAMLError, file: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    reason = (exc.problem or exc.context or "").strip()
    return Problem(msg("yaml.syntax", detail=Detail.of(reason)), file, line, col,
                   msg("yaml.hint.syntax"))


def _parse_error(text: str) -> MarkedYAMLError | None:
    """The parser's refusal of `text`, or None if it reads (events only: no values are built)."""
    parser = _Loader(io.StringIO(text))
    try:
        while not isinstance(parser.get_event(), StreamEndEvent):
            pass
    except MarkedYAMLError as exc:
        return exc
    except (YAMLError, ValueError, RecursionError):
        return None  # another kind of trouble: not a mistake of layout
    finally:
        parser.dispose()
    return None


def _where(exc: MarkedYAMLError) -> tuple[int, int]:
    mark = exc.problem_mark or exc.context_mark
    return (mark.line, mark.column) if mark is not None else (0, 0)


def _diagnose(lines: list[str], exc: MarkedYAMLError, budget: list[int]) -> list[_Fix]:
    """The mistake at or above the place the parser stopped whose fix gets it past that place:
    first the mistakes that are one character or two (a tab, a full-width colon or space, a
    missing space, a quote or bracket left open), from that place up; then an indentation that
    does not line up, on that line (a line wrongly indented is refused on itself; moving the
    lines above it would make a text of anything). `budget`: how many more readings of the text
    may be tried."""
    stop_line, stop_col = _where(exc)
    opened = exc.context_mark.line if exc.context_mark is not None else None
    last = min(stop_line, len(lines) - 1)
    unproven: dict[int, _Fix] = {}  # the first mistake a line may hold, where none got past
    for indentation in (False, True):
        if indentation and len(unproven) > 1:
            # mistakes that hide each other (`b:1` above `c：2`): together, or not at all
            trial = lines.copy()
            for fix in unproven.values():
                trial[fix.line] = fix.fixed
            budget[0] -= 1
            after = _parse_error("\n".join(trial))
            if budget[0] >= 0 and (after is None or _where(after)[0] > stop_line):
                return sorted(unproven.values(), key=lambda f: f.line)
        for number in range(last, -1 if not indentation else last - 1, -1):
            for fix in _candidates(lines, number, indentation):
                budget[0] -= 1
                if budget[0] < 0:
                    return []
                trial = lines.copy()
                trial[number] = fix.fixed
                after = _parse_error("\n".join(trial))
                if after is None:
                    return [fix]
                where = _where(after)
                # past the line where the parser stopped; or, for a quote or bracket the parser
                # says was opened on this line, past this line and stopping elsewhere
                if where[0] > stop_line or (opened == number and where[0] > number
                                            and where != (stop_line, stop_col)):
                    return [fix]
                # a tab where the parser stopped is a mistake whatever else is: named if putting
                # it right changes what the parser says (another mistake may still be above it)
                if number == stop_line and fix.message.code == "yaml.tab_indent" and (
                        where != (stop_line, stop_col) or after.problem != exc.problem):
                    return [fix]
                if not indentation:
                    unproven.setdefault(number, fix)
    return []


def _candidates(lines: list[str], number: int, indentation: bool) -> list[_Fix]:
    """The mistakes line `number` may hold, each with the line put right: a misplaced
    indentation when `indentation`, else the other mistakes."""
    line = lines[number]
    if not line.strip() or line.lstrip(" \t\u3000").startswith("#"):
        return []
    indent = _INDENT.match(line).group()  # type: ignore[union-attr]
    body = line[len(indent):]
    out: list[_Fix] = []
    if indentation:
        if indent and set(indent) == {" "}:
            for spaces, sibling, child in _indent_choices(lines, number, len(indent)):
                if spaces != len(indent):
                    if spaces == 0:
                        message = msg("yaml.bad_indent_top", line=sibling + 1)
                    else:
                        message = msg("yaml.bad_indent_child" if child else "yaml.bad_indent",
                                      found=len(indent), line=sibling + 1, spaces=spaces)
                    out.append(_Fix(number, len(indent), " " * spaces + body, message))
        return out
    if "\t" in indent or FULLWIDTH_SPACE in indent:
        code = "yaml.tab_indent" if "\t" in indent else "yaml.fullwidth_space"
        column = indent.index("\t" if "\t" in indent else FULLWIDTH_SPACE)
        for spaces, _, _ in _indent_choices(lines, number, _width(indent)):
            out.append(_Fix(number, column, " " * spaces + body, msg(code)))
    spaced = _KEY_FULLWIDTH_SPACE.match(body)
    if spaced:  # `S04.02:　100%`: a full-width space after the colon is no space to YAML
        fixed = indent + spaced.group(1) + ": " + body[spaced.end():].lstrip(" \u3000")
        out.append(_Fix(number, len(indent) + spaced.end(1) + 1, fixed,
                        msg("yaml.fullwidth_space_after_colon", meant=fixed.strip())))
    colon = _KEY_FULLWIDTH.match(body)
    if colon:
        fixed = indent + _fullwidth_colon_fixed(body)
        out.append(_Fix(number, len(indent) + colon.start(1), fixed,
                        msg("yaml.fullwidth_colon", meant=fixed.strip())))
    plain = _KEY_NO_SPACE.match(body)
    if plain and FULLWIDTH_COLON not in body[:plain.end()]:
        fixed = indent + body[:plain.end()] + " " + body[plain.end():]
        out.append(_Fix(number, len(indent) + plain.end() - 1, fixed,
                        msg("yaml.missing_space", meant=fixed.strip())))
    return out + _unclosed(number, indent, body)


def _fullwidth_colon_fixed(text: str) -> str:
    """`S03.02：96%` → `S03.02: 96%` (the first full-width colon, and the spaces after it)."""
    head, _, rest = text.partition(FULLWIDTH_COLON)
    rest = rest.lstrip(" \u3000")
    return f"{head}: {rest}" if rest else f"{head}:"


def _width(indent: str) -> int:
    """How wide an indentation looks: a tab to the next multiple of 4, a full-width space 2."""
    width = 0
    for ch in indent:
        width = (width // 4 + 1) * 4 if ch == "\t" else width + (2 if ch == FULLWIDTH_SPACE else 1)
    return width


def _indent_choices(lines: list[str], number: int, width: int) -> list[tuple[int, int, bool]]:
    """Indentations the line may have been meant to have, nearest to how it looks first: that of
    each line above it at a shallower level (spaces, that line, False), and, if the line just
    above opens a block (`key:` or `-` with nothing after), one step (2 spaces) deeper than it
    (spaces, that line, True)."""
    choices: dict[int, tuple[int, bool]] = {}
    deepest = None
    for above in range(number - 1, -1, -1):
        text = lines[above]
        if not text.strip() or text.lstrip(" \t\u3000").startswith("#"):
            continue
        indent = _INDENT.match(text).group()  # type: ignore[union-attr]
        if set(indent) - {" "}:
            continue
        spaces = len(indent)
        if deepest is None:
            if re.search(r"(:|^-|\s-)\s*(#.*)?$", text):  # it opens a block: a level below it
                choices[spaces + 2] = (above, True)
            deepest = spaces
        if spaces <= deepest:
            choices.setdefault(spaces, (above, False))
            deepest = spaces
        if spaces == 0:
            break
    return sorted(((s, line, child) for s, (line, child) in choices.items()),
                  key=lambda c: (abs(c[0] - width), -c[0]))  # a tie: the nearer line's level


def _unclosed(number: int, indent: str, body: str) -> list[_Fix]:
    """A quote or bracket opened on the line and not closed on it."""
    stack: list[tuple[str, int]] = []
    quote: tuple[str, int] | None = None
    i = 0
    while i < len(body):
        ch = body[i]
        if quote is not None:
            if ch == "\\" and quote[0] == '"':
                i += 1
            elif ch == quote[0]:
                if quote[0] == "'" and body[i + 1:i + 2] == "'":
                    i += 1
                else:
                    quote = None
        elif ch == "#" and (i == 0 or body[i - 1] in " \t"):
            break
        elif ch in "\"'" and (i == 0 or body[i - 1] in " \t[{,:-"):
            quote = (ch, i)
        elif ch in "[{" and (i == 0 or body[i - 1] in " \t[{,:"):
            stack.append((ch, i))
        elif ch in "]}" and stack and _CLOSER[stack[-1][0]] == ch:
            stack.pop()
        i += 1
    if quote is not None:  # closed at the end of the line, or before the brackets that end it
        text = body.rstrip()
        inner = text.rstrip("]}")
        ends = dict.fromkeys((inner + quote[0] + text[len(inner):], text + quote[0]))
        return [_Fix(number, len(indent) + quote[1], indent + fixed,
                     msg("yaml.unclosed_quote", quote=quote[0], meant=fixed))
                for fixed in ends]
    if stack:
        closers = "".join(_CLOSER[ch] for ch, _ in reversed(stack))
        comment = re.search(r"\s+#.*$", body)
        kept = body[:comment.start()] if comment else body.rstrip()
        fixed = indent + kept + closers + (body[comment.start():] if comment else "")
        opener, at = stack[0]
        return [_Fix(number, len(indent) + at, fixed,
                     msg("yaml.unclosed_bracket", bracket=opener, closer=closers,
                         meant=(indent + kept + closers).strip()))]
    return []
