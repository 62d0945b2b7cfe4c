# argv: ["-v", "-v", "build", "src/main.c", "-O", "2", "--define", "A=1", "--define", "B"]
# argparse: sys.argv parsing with positionals, options (type, choices, default, action=append/count/
# store_true), subcommands, parse_args on explicit lists, help text printed to stdout, errors caught as
# SystemExit(2) with usage on stderr, mutually exclusive groups, nargs, and a final --help exiting 0.
import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog='tool', description='A small build tool.', epilog='Have fun.')
    parser.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    parser.add_argument('--version', action='version', version='tool 1.0')
    sub = parser.add_subparsers(dest='command', required=True, help='what to do')
    b = sub.add_parser('build', help='compile sources')
    b.add_argument('sources', nargs='+', help='files to compile')
    b.add_argument('-O', dest='opt', type=int, choices=[0, 1, 2, 3], default=0, help='optimisation level')
    b.add_argument('--define', action='append', default=[], metavar='NAME[=VALUE]')
    b.add_argument('--out', default='a.out')
    c = sub.add_parser('clean', help='remove outputs')
    c.add_argument('--all', action='store_true')
    group = c.add_mutually_exclusive_group()
    group.add_argument('--dry-run', action='store_true')
    group.add_argument('--force', action='store_true')
    r = sub.add_parser('run', help='run the program')
    r.add_argument('args', nargs=argparse.REMAINDER)
    r.add_argument('--times', type=int, default=1)
    return parser


parser = build_parser()
ns = parser.parse_args()
print('from argv', sorted(vars(ns).items()))


def attempt(argv):
    try:
        ns = parser.parse_args(argv)
        print('ok', argv, sorted(vars(ns).items()))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit', argv, e.code)


attempt(['clean', '--all', '--force'])
attempt(['run', '--times', '3', 'prog', '--flag', 'x'])
attempt(['build', 'a.c', '-O', '7'])
attempt(['build'])
attempt(['clean', '--dry-run', '--force'])
attempt(['frobnicate'])
attempt(['build', 'a.c', '-O', 'two'])
attempt(['build', 'a.c', '--unknown'])
attempt(['--version'])

known, extra = parser.parse_known_args(['clean', '--all', '--mystery', 'z'])
print('known', sorted(vars(known).items()), extra)

simple = argparse.ArgumentParser(prog='simple')
simple.add_argument('n', type=int, nargs='?', default=5)
simple.add_argument('--scale', type=float, default=1.0)
simple.add_argument('--mode', choices=['fast', 'slow'], default='fast')
simple.add_argument('--pair', nargs=2, metavar=('X', 'Y'))
simple.set_defaults(extra='yes')
print('simple', sorted(vars(simple.parse_args(['7', '--scale', '2.5', '--pair', 'a', 'b'])).items()))
print('simple defaults', sorted(vars(simple.parse_args([])).items()))
print(simple.format_usage().strip())
print('--- help of simple')
simple.print_help()
print('--- help of tool build')
try:
    parser.parse_args(['build', '--help'])
except SystemExit as e:
    print('help exit', e.code)
print('--- top-level help, then exit 0')
parser.parse_args(['--help'])
print('not reached')
