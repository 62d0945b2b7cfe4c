# argv: ["add", "buy milk", "--priority", "high"]
# A command-line to-do manager: argparse on sys.argv, a JSON file store in the current directory (unique
# name, removed at the end), subcommands run in sequence as a real session would, and table output.
import argparse
import json
import os
import sys

STORE = "pyrewind_todo_cli_store.json"

def load():
    if not os.path.exists(STORE):
        return []
    with open(STORE, encoding="utf-8") as f:
        return json.load(f)

def save(tasks):
    with open(STORE, "w", encoding="utf-8") as f:
        json.dump(tasks, f, indent=1)

def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="A tiny task list.")
    sub = p.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title")
    add.add_argument("--priority", choices=["low", "normal", "high"], default="normal")
    done = sub.add_parser("done", help="complete a task")
    done.add_argument("id", type=int)
    ls = sub.add_parser("list", help="show tasks")
    ls.add_argument("--all", action="store_true")
    sub.add_parser("clear", help="remove completed tasks")
    return p

ORDER = {"high": 0, "normal": 1, "low": 2}

def run(argv):
    args = build_parser().parse_args(argv)
    tasks = load()
    if args.command == "add":
        next_id = max((t["id"] for t in tasks), default=0) + 1
        tasks.append({"id": next_id, "title": args.title, "priority": args.priority, "done": False})
        print(f"added #{next_id}: {args.title} ({args.priority})")
    elif args.command == "done":
        for t in tasks:
            if t["id"] == args.id:
                t["done"] = True
                print(f"completed #{t['id']}: {t['title']}")
                break
        else:
            print(f"no task #{args.id}")
            return 1
    elif args.command == "list":
        shown = [t for t in tasks if args.all or not t["done"]]
        shown.sort(key=lambda t: (t["done"], ORDER[t["priority"]], t["id"]))
        print(f"{'id':>3}  {'pri':<6} {'title':<20} state")
        for t in shown:
            print(f"{t['id']:>3}  {t['priority']:<6} {t['title']:<20} {'done' if t['done'] else 'open'}")
        print(f"{len(shown)} shown, {sum(not t['done'] for t in tasks)} open")
    elif args.command == "clear":
        before = len(tasks)
        tasks = [t for t in tasks if not t["done"]]
        print(f"removed {before - len(tasks)} completed task(s)")
    save(tasks)
    return 0

if os.path.exists(STORE):
    os.remove(STORE)
print("command line:", sys.argv[1:])
status = run(sys.argv[1:])
session = [["add", "write report"], ["add", "call mum", "--priority", "low"], ["add", "fix bug 42", "--priority=high"],
           ["list"], ["done", "2"], ["done", "9"], ["list", "--all"], ["clear"], ["list", "--all"]]
for argv in session:
    print("$ todo", " ".join(argv))
    status = run(argv)
    if status:
        print("exit status", status)
for bad in (["add"], ["frobnicate"], ["add", "x", "--priority", "urgent"], ["done", "abc"]):
    print("$ todo", " ".join(bad))
    try:
        run(bad)
    except SystemExit as e:
        print("argparse exit code", e.code)
with open(STORE, encoding="utf-8") as f:
    print("stored:", json.load(f))
os.remove(STORE)
print("store removed:", not os.path.exists(STORE))
