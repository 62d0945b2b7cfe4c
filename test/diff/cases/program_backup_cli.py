# argv: --verbose backup --exclude *.tmp --exclude cache/ --no-compress --level 7 src1 src2 -- --literal
# A backup command line: argparse subcommands dispatching through set_defaults(func=...), argument
# groups, BooleanOptionalAction, intermixed arguments, custom types and actions, argument files,
# and the help/usage/error texts each formatter class produces (errors captured from stderr).
import argparse
import contextlib
import io
import os
import sys

def level(value):
    n = int(value)
    if not 0 <= n <= 9:
        raise argparse.ArgumentTypeError(f'level must be 0..9, got {n}')
    return n

class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = dict(getattr(namespace, self.dest) or {})
        for item in values:
            key, sep, val = item.partition('=')
            if not sep:
                parser.error(f'{option_string} expects KEY=VALUE, got {item!r}')
            d[key] = val
        setattr(namespace, self.dest, d)

def do_backup(ns):
    return f'backup {ns.sources} -> {ns.dest} level={ns.level} compress={ns.compress} exclude={ns.exclude} rest={ns.rest}'

def do_restore(ns):
    return f'restore {ns.archive} into {ns.target} overwrite={ns.overwrite} tags={ns.tag}'

def build():
    p = argparse.ArgumentParser(prog='bk', description='Back up and restore directories.',
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog='examples:\n  bk backup src\n  bk restore a.tar', fromfile_prefix_chars='@')
    p.add_argument('--verbose', '-v', action='count', default=0)
    p.add_argument('--config', metavar='FILE', help='read settings from %(metavar)s (default: %(default)s)', default='bk.ini')
    sub = p.add_subparsers(title='commands', dest='cmd', required=True, help='what to do')
    b = sub.add_parser('backup', help='create an archive', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    b.add_argument('sources', nargs='+', help='directories to back up')
    g = b.add_argument_group('archive options', 'how the archive is written')
    g.add_argument('--dest', default='backup.tar', help='archive path')
    g.add_argument('--level', type=level, default=6, help='compression level')
    g.add_argument('--compress', action=argparse.BooleanOptionalAction, default=True, help='compress the archive')
    b.add_argument('--exclude', action='extend', nargs=1, default=[], metavar='GLOB')
    b.add_argument('rest', nargs=argparse.REMAINDER)
    b.set_defaults(func=do_backup)
    r = sub.add_parser('restore', help='unpack an archive', aliases=['rs'])
    r.add_argument('archive')
    r.add_argument('target', nargs='?', default='.')
    r.add_argument('--overwrite', action='store_true')
    r.add_argument('--tag', action=KeyValue, nargs='+', default={})
    r.set_defaults(func=do_restore)
    return p

def attempt(argv, intermixed=False):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_intermixed_args(argv) if intermixed else p.parse_args(argv)
            result = ns.func(ns)
        except SystemExit as e:
            result = f'exit {e.code}'
        except TypeError as e:
            result = f'TypeError: {e}'
    print('$ bk', ' '.join(argv))
    print('  =>', result)
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print('  |', line)

attempt(sys.argv[1:])
attempt(['backup', 'a', '--level', '12'])
attempt(['backup', 'a', '--level', 'x'])
attempt(['backup', '--compress', '--exclude', 'x', 'a', 'b'])
attempt(['restore', 'a.tar', '--tag', 'k=v', 'env=prod'])
attempt(['rs', 'a.tar', 'out', '--overwrite', '--tag', 'bad'])
attempt(['restore'])
attempt(['-vvv', 'restore', 'x', 'y', 'z'])
attempt(['backup', '-h'])
attempt(['-h'])
attempt(['--config'])
attempt(['bakup', 'x'])
attempt(['restore', 'a', '--tag', 'a=1', '--overwrite'], intermixed=True)
with open('bk_args.txt', 'w') as f:
    f.write('--verbose\nrestore\nfrom_file.tar\n')
try:
    attempt(['@bk_args.txt'])
finally:
    os.remove('bk_args.txt')

p = argparse.ArgumentParser(prog='mix', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('n', type=int)
p.add_argument('--ratio', type=float, default=0.5)
p.add_argument('items', nargs='*', type=str)
print(p.format_help())
print(p.parse_intermixed_args(['1', 'a', '--ratio', '2', 'b']))
p2 = argparse.ArgumentParser(prog='plus', prefix_chars='-+', add_help=False)
p2.add_argument('+x', action='store_true')
p2.add_argument('-y', type=int, choices=range(1, 4))
print(p2.parse_args(['+x', '-y', '2']), p2.format_usage(), end='')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p2.parse_args(['-y', '7'])
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue(), end='')
ns = argparse.Namespace(a=1)
print(ns, vars(ns), 'a' in ns, ns == argparse.Namespace(a=1))
