"""The ids a criteria pack or overlay gives (departments, sections, indicators, basic conditions,
measures, required documents): one safe pattern, checked where they are read, with file and line.

Ids become file names (`init` writes `<department>.yaml`) and Excel sheet names (`form export`),
so none may name a path (`../x`, `/abs`), hold a character Excel refuses in a sheet name
(`/ : * ? [ ]`) or be longer than its 31 characters, or take a name already taken.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from .errors import Refusal
from .messages import msg

SAFE_ID = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,29}[A-Za-z0-9_-])?$")
# names taken by the forms and the evidence folder (`city.yaml`, the `city` and `_meta` sheets)
# and the device names Windows refuses as files; compared without case, as Excel and Windows do
RESERVED_IDS = frozenset({"city", "_meta", "con", "prn", "aux", "nul",
                          *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})


def check_id(value: str, hint: str = "packs.hint.safe_id") -> str:
    """A safe id, or a Refusal saying what ids may be (with the hint of code `hint`)."""
    if not SAFE_ID.match(value):
        raise Refusal(msg("packs.unsafe_id", id=value), msg(hint))
    if value.lower() in RESERVED_IDS:
        raise Refusal(msg("packs.reserved_id", id=value), msg(hint))
    return value


def check_header_id(value: str) -> str:
    """The id of a pack (`pack.yaml`) or of an overlay: the same safe pattern as every other id
    (a pack's id names its folder among the bundled packs, `--criteria ID`), with a hint of its
    own."""
    return check_id(value, "packs.hint.safe_header_id")


def _as_text(value: object) -> object:
    """An id written as a whole number (`id: 3`) is its digits; one YAML read as a fraction
    (`id: 1.10`, the number 1.1) is refused: its digits as written are lost."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise Refusal(msg("structure.id_as_number", id=format(value, "g")),
                      msg("structure.hint_quote_id", id=format(value, "g")))
    return value


SafeId = Annotated[str, BeforeValidator(_as_text), AfterValidator(check_id)]
# the id of a pack or an overlay
HeaderId = Annotated[str, BeforeValidator(_as_text), AfterValidator(check_header_id)]
