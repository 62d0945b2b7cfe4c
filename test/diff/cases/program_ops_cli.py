# argv: deploy --env staging --replicas 3 web api
# exit: 2
# An operations CLI with subcommands; several command lines are parsed in-process (errors captured),
# and finally the real argv is parsed and fails on purpose (argparse exits with status 2).
import argparse
import contextlib
import io
import sys

def build_parser():
    p = argparse.ArgumentParser(prog='opsctl', description='Operate services.',
                                epilog='See the manual for details.')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('--version', action='version', version='%(prog)s 1.4.2')
    sub = p.add_subparsers(dest='command', required=True, metavar='COMMAND')

    d = sub.add_parser('deploy', help='deploy services', aliases=['dp'])
    d.add_argument('services', nargs='+', help='services to deploy')
    d.add_argument('--env', choices=['dev', 'staging', 'prod'], required=True)
    d.add_argument('--replicas', type=int, default=1)
    d.add_argument('--dry-run', action='store_true')
    d.add_argument('--tag', action='append', default=[])

    s = sub.add_parser('scale', help='scale a service')
    s.add_argument('service')
    s.add_argument('count', type=int)
    g = s.add_mutually_exclusive_group()
    g.add_argument('--up', action='store_true')
    g.add_argument('--down', action='store_true')

    l = sub.add_parser('logs', help='show logs')
    l.add_argument('service')
    l.add_argument('-n', '--lines', type=int, default=10, metavar='N')
    l.add_argument('--since', default=None)
    l.add_argument('--level', type=str.upper, choices=['DEBUG', 'INFO', 'ERROR'], default='INFO')
    return p

def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
        except SystemExit as e:
            ns = None
            code = e.code
    print('argv:', argv)
    if ns is not None:
        print('  ->', sorted(vars(ns).items()))
    if code is not None:
        print('  exit', code)
    for line in out.getvalue().splitlines():
        print('  out|', line)
    for line in err.getvalue().splitlines():
        print('  err|', line)

run(['deploy', '--env', 'prod', 'web'])
run(['-vv', 'dp', '--env', 'dev', '--tag', 'a', '--tag', 'b', '--dry-run', 'web', 'db'])
run(['deploy', 'web'])
run(['deploy', '--env', 'qa', 'web'])
run(['deploy', '--env', 'dev', '--replicas', 'many', 'web'])
run(['scale', 'web', '5', '--up'])
run(['scale', 'web', '5', '--up', '--down'])
run(['scale', 'web'])
run(['logs', 'api', '-n', '50', '--level', 'error'])
run(['logs', 'api', '--level', 'trace'])
run(['logs', 'api', '--lines=7', '--since=1h'])
run(['launch'])
run([])
run(['--version'])
run(['-h'])
run(['deploy', '-h'])
run(['scale', 'web', '3', '--unknown'])
run(['logs', 'api', '--lin', '3'])

parser = build_parser()
ns, rest = parser.parse_known_args(['scale', 'db', '2', '--extra', 'x'])
print(sorted(vars(ns).items()), rest)
print(parser.format_usage(), end='')

# ArgumentParser errors raised to the caller with exit_on_error=False
p2 = argparse.ArgumentParser(prog='calc', exit_on_error=False)
p2.add_argument('n', type=int)
try:
    p2.parse_args(['x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
p3 = argparse.ArgumentParser(prog='conf', fromfile_prefix_chars='@', allow_abbrev=False,
                             formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p3.add_argument('--name', default='anon', help='your name')
p3.add_argument('--size', type=float, default=1.5, help='size in m')
p3.add_argument('--mode', nargs='?', const='auto', default='off', help='mode')
p3.print_help()
print(p3.parse_args(['--mode']), p3.parse_args([]))
try:
    p3.add_argument('--name')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
sys.stdout.flush()
build_parser().parse_args(sys.argv[1:] + ['--replicas'])
