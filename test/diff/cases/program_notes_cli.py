# argv: ["--verbose", "add", "buy milk", "--tag", "home", "--tag", "errand", "--priority", "2"]
"""A notes command-line tool: argparse subcommands and help, logging with a custom Formatter, pprint."""
import argparse
import json
import logging
import pprint
import sys
import textwrap


class BracketFormatter(logging.Formatter):
    """Formats records as '[LEVEL] logger: message' with an indented continuation for extra lines."""
    def format(self, record):
        base = f"[{record.levelname:<7}] {record.name}: {record.getMessage()}"
        if getattr(record, "detail", None):
            base += "\n" + textwrap.indent(str(record.detail), "    | ")
        if record.exc_info:
            etype, evalue, _ = record.exc_info
            base += f"\n    ! {etype.__name__}: {evalue}"
        return base


class CountingFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def filter(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1
        return not record.getMessage().startswith("secret")


def setup_logging(verbose):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(BracketFormatter())
    counter = CountingFilter()
    handler.addFilter(counter)
    root = logging.getLogger("notes")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root.propagate = False
    return root, counter


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value


def build_parser():
    parser = argparse.ArgumentParser(prog="notes", description="Keep short notes with tags.",
                                     epilog="Run 'notes <command> -h' for more.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND", required=True)
    add = sub.add_parser("add", help="add a note")
    add.add_argument("text", help="the note text")
    add.add_argument("-t", "--tag", action="append", default=[], help="tag (repeatable)")
    add.add_argument("-p", "--priority", type=positive, default=3, metavar="N")
    ls = sub.add_parser("list", aliases=["ls"], help="list notes")
    ls.add_argument("--tag", dest="tags", nargs="*", default=None)
    group = ls.add_mutually_exclusive_group()
    group.add_argument("--oldest", action="store_true")
    group.add_argument("--newest", action="store_true")
    rm = sub.add_parser("rm", help="remove notes by id")
    rm.add_argument("ids", nargs="+", type=int)
    rm.add_argument("--force", action=argparse.BooleanOptionalAction, default=False)
    return parser


class Store:
    def __init__(self, log):
        self.notes = {}
        self.next_id = 1
        self.log = log

    def add(self, text, tags, priority):
        nid = self.next_id
        self.next_id += 1
        self.notes[nid] = {"id": nid, "text": text, "tags": sorted(set(tags)), "priority": priority}
        self.log.debug("added note %d", nid, extra={"detail": pprint.pformat(self.notes[nid], width=40)})
        return nid

    def remove(self, ids, force):
        removed = []
        for i in ids:
            if i not in self.notes:
                if not force:
                    self.log.error("no note %s", i)
                    continue
                self.log.warning("ignoring missing %s", i)
                continue
            removed.append(self.notes.pop(i))
        return removed

    def query(self, tags=None, newest=False):
        items = [n for n in self.notes.values() if not tags or set(tags) & set(n["tags"])]
        return sorted(items, key=lambda n: (n["priority"], n["id"]), reverse=newest)


def run(argv, store, out_format=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    fmt = out_format or args.format
    if args.command == "add":
        nid = store.add(args.text, args.tag, args.priority)
        print(f"added #{nid}")
    elif args.command in ("list", "ls"):
        notes = store.query(args.tags, args.newest)
        if fmt == "json":
            print(json.dumps(notes, indent=2, sort_keys=True))
        else:
            for n in notes:
                print(f"#{n['id']:<3} p{n['priority']} {n['text']:<20} {','.join(n['tags'])}")
    elif args.command == "rm":
        gone = store.remove(args.ids, args.force)
        print("removed:", [n["id"] for n in gone])
    return args


def main():
    parser = build_parser()
    args = parser.parse_args()
    log, counter = setup_logging(args.verbose)
    print("parsed sys.argv:", sorted(vars(args).items()))
    store = Store(log)
    run(sys.argv[1:], store)
    for argv in (["add", "call bob", "-t", "work", "-p", "1"],
                 ["add", "water plants", "--tag", "home", "--tag", "home"],
                 ["ls"], ["list", "--tag", "home", "--newest"],
                 ["--format", "json", "list", "--tag", "work"],
                 ["rm", "2", "9"], ["rm", "9", "--force"], ["list"]):
        print(">>> notes", " ".join(argv))
        ns = run(argv, store)
        print("    namespace:", ns)

    parser.print_help(file=sys.stdout)
    for name in ("add", "list", "rm"):
        print("-" * 20, name)
        parser._subparsers._group_actions[0].choices[name].print_help(file=sys.stdout)
    for bad in (["add"], ["add", "x", "-p", "0"], ["list", "--oldest", "--newest"],
                ["frobnicate"], ["--format", "xml", "ls"], ["rm", "one"]):
        print(">>> notes", " ".join(bad))
        err = sys.stderr
        sys.stderr = sys.stdout
        try:
            run(bad, store)
        except SystemExit as e:
            print("    exit status", e.code)
        finally:
            sys.stderr = err

    try:
        raise KeyError("missing-index")
    except KeyError:
        log.exception("lookup failed")
    log.info("secret token %s", "abc")
    log.critical("shutting down with %d notes", len(store.notes))
    child = logging.getLogger("notes.sync")
    child.warning("child logger message: %r", {"remote": None})
    print("effective level:", logging.getLevelName(child.getEffectiveLevel()), child.parent.name)
    print("filter counts:", dict(sorted(counter.counts.items())))
    pprint.pprint(store.notes, width=60)
    pprint.pprint({"nested": [list(range(12)), {"deep": {"deeper": ("a" * 30, "b" * 30)}}]}, width=50, sort_dicts=False)
    print(pprint.pformat(set(range(5)), compact=True), pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": object}))


main()
