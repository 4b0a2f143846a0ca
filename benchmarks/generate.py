"""Write N synthetic cities' evidence folders from a criteria pack.

    python benchmarks/generate.py 1000 /tmp/cities --seed 7
    python benchmarks/generate.py 2100 /tmp/national --national   # cities and counties
    nsc-check batch /tmp/cities
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate, generate_national  # noqa: E402

from nsc_check.errors import InputError  # noqa: E402
from nsc_check.pack import load_pack  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many cities")
    parser.add_argument("outdir", type=Path, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="the same seed writes the same cities")
    parser.add_argument("--criteria", default=None, help="pack id or folder (default: nsc-2010)")
    parser.add_argument("--national", action="store_true",
                        help="one place in three a city, the others (smaller) counties")
    args = parser.parse_args(argv)
    try:
        pack = load_pack(args.criteria)
    except InputError as exc:
        print(exc, file=sys.stderr)
        return 2
    make = generate_national if args.national else generate
    folders = make(pack, args.count, args.outdir, args.seed)
    print(f"wrote {len(folders)} {'places' if args.national else 'cities'} under {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
