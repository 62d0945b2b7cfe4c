# argv: --verbose report --limit 3 --sort size alpha.txt beta.log gamma.csv
"""A small file-catalogue CLI built on argparse, with subcommands."""
import argparse
import sys
from collections import namedtuple

Entry = namedtuple("Entry", "name size kind")

CATALOGUE = [
    Entry("alpha.txt", 1200, "text"),
    Entry("beta.log", 53000, "log"),
    Entry("gamma.csv", 880, "data"),
    Entry("delta.bin", 4096, "binary"),
    Entry("epsilon.txt", 77, "text"),
]


def human(n):
    for unit in ("B", "KiB", "MiB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


def build_parser():
    parser = argparse.ArgumentParser(prog="catalogue", description="Inspect a file catalogue.")
    parser.add_argument("-v", "--verbose", action="store_true", help="chatty output")
    parser.add_argument("--version", action="version", version="%(prog)s 1.0")
    sub = parser.add_subparsers(dest="command", required=True)

    rep = sub.add_parser("report", help="print a report")
    rep.add_argument("names", nargs="*", help="names to include")
    rep.add_argument("--limit", type=int, default=10)
    rep.add_argument("--sort", choices=["name", "size", "kind"], default="name")
    rep.add_argument("--reverse", action="store_true")

    find = sub.add_parser("find", help="find by kind")
    find.add_argument("kind")
    find.add_argument("--min-size", type=int, default=0, dest="min_size")
    return parser


def cmd_report(args):
    rows = [e for e in CATALOGUE if not args.names or e.name in args.names]
    rows.sort(key=lambda e: getattr(e, args.sort), reverse=args.reverse)
    for e in rows[: args.limit]:
        print(f"{e.name:<12} {human(e.size):>10} {e.kind}")
    return len(rows)


def cmd_find(args):
    hits = [e for e in CATALOGUE if e.kind == args.kind and e.size >= args.min_size]
    for e in hits:
        print(e.name)
    return len(hits)


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        print("args:", sorted(vars(args).items()))
    handler = {"report": cmd_report, "find": cmd_find}[args.command]
    count = handler(args)
    print(f"{count} entr{'y' if count == 1 else 'ies'}")
    return 0


if __name__ == "__main__":
    main()
    # Exercise other paths with explicit argv lists.
    main(["find", "text"])
    main(["find", "text", "--min-size", "100"])
    main(["report", "--sort", "kind", "--reverse"])
    for bad in (["report", "--sort", "colour"], ["find"], ["report", "--limit", "x"], []):
        try:
            main(bad)
        except SystemExit as e:
            print("exit status", e.code)
    parser = build_parser()
    print(parser.format_usage().strip())
    print(parser.format_help())
    ns = parser.parse_known_args(["report", "--extra", "a"])
    print(ns[1], ns[0].names)
    try:
        parser.parse_args(["--version"])
    except SystemExit as e:
        print("version exit", e.code)
    sys.stdout.flush()
