# argv: -v --dest=sorted --pattern *.log -x tmp_* extra1 extra2
# A file organizer: parses options with getopt, builds a scratch tree under a temp directory in the
# current directory, matches files with fnmatch/glob, moves and copies them with shutil, then cleans up.
import fnmatch
import getopt
import glob
import os
import shutil
import sys
import tempfile

try:
    opts, args = getopt.getopt(sys.argv[1:], 'vx:', ['dest=', 'pattern=', 'dry-run'])
except getopt.GetoptError as e:
    print('error', e)
    sys.exit(2)
print('opts', opts)
print('args', args)
for bad in (['-q'], ['--dest'], ['--pat=1'], ['--dry-run=yes'], ['-x']):
    try:
        getopt.getopt(bad, 'vx:', ['dest=', 'pattern=', 'dry-run', 'patience'])
    except getopt.GetoptError as e:
        print('GetoptError', e.msg, repr(e.opt))
print(getopt.gnu_getopt(['a', '-v', 'b', '--dest', 'd', 'c'], 'v', ['dest=']))
print(getopt.getopt(['-vxval', '--', '-v'], 'vx:'))

settings = {'verbose': False, 'dest': 'out', 'pattern': '*', 'exclude': []}
for o, a in opts:
    if o == '-v':
        settings['verbose'] = True
    elif o == '--dest':
        settings['dest'] = a
    elif o == '--pattern':
        settings['pattern'] = a
    elif o == '-x':
        settings['exclude'].append(a)
print(settings)

names = ['app.log', 'app.log.1', 'Error.LOG', 'tmp_scratch.log', 'data.csv', 'notes.txt',
         'report-2024.pdf', '[draft].txt', 'img01.png', 'img02.png', 'img10.png', '.hidden.log']
for pat in ['*.log', '*.LOG', 'img0?.png', 'img[!0]*.png', 'report-[0-9]*', '[[]draft].txt', '.*', '*']:
    print(f'{pat:16}', fnmatch.filter(names, pat))
print(fnmatch.fnmatchcase('Error.LOG', '*.log'), fnmatch.fnmatch('a.txt', 'A.TXT') == (os.path.normcase('A') == 'a'))
print(fnmatch.translate('img[!0]*.p?g'))

old_cwd = os.getcwd()
root = tempfile.mkdtemp(prefix='organizer_', dir='.')
print('temp dir is relative to cwd:', os.path.dirname(os.path.abspath(root)) == old_cwd, os.path.basename(root).startswith('organizer_'))
try:
    for n in names:
        sub = 'logs' if n.endswith(('.log', '.LOG', '.1')) else 'misc'
        os.makedirs(os.path.join(root, 'in', sub), exist_ok=True)
        with open(os.path.join(root, 'in', sub, n), 'w') as f:
            f.write(n * 3)
    os.makedirs(os.path.join(root, 'in', 'misc', 'deep', 'er'))
    with open(os.path.join(root, 'in', 'misc', 'deep', 'er', 'x.log'), 'w') as f:
        f.write('deep')
    os.chdir(root)
    print(sorted(glob.glob('in/*')))
    print(sorted(glob.glob('in/*/*.log')))
    print(sorted(glob.glob('in/**/*.log', recursive=True)))
    print(sorted(glob.glob('**/', recursive=True)))
    print(sorted(glob.glob('in/*/.*')), sorted(glob.glob('in/*/*', include_hidden=True))[:2])
    print(sorted(glob.glob('*.log', root_dir='in/logs')), glob.escape('[draft].txt'), glob.has_magic('a*'))
    print(sorted(glob.iglob('in/misc/img[01]?.png')))
    print(sorted(glob.glob(glob.escape('in/misc/[draft].txt'))))

    dest = settings['dest']
    os.mkdir(dest)
    moved = []
    for path in sorted(glob.glob(os.path.join('in', '**', settings['pattern']), recursive=True)):
        base = os.path.basename(path)
        if any(fnmatch.fnmatch(base, x) for x in settings['exclude']):
            print('skip', path)
            continue
        target = shutil.move(path, dest)
        moved.append(target)
    print('moved', moved)
    print(sorted(os.listdir(dest)))
    shutil.copytree('in', 'copy', ignore=shutil.ignore_patterns('*.png', 'deep'))
    for dirpath, dirnames, filenames in sorted(os.walk('copy')):
        dirnames.sort()
        print(dirpath, sorted(filenames))
    shutil.copyfile(os.path.join(dest, 'app.log'), 'copied.log')
    shutil.copy2('copied.log', 'copied2.log')
    print(open('copied2.log').read(), os.path.getsize('copied2.log'))
    try:
        shutil.copyfile('copied.log', 'copied.log')
    except shutil.SameFileError as e:
        print('SameFileError', type(e).__mro__[1].__name__)
    try:
        shutil.move('nowhere.txt', dest)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, e.filename)
    try:
        shutil.move(os.path.join(dest, 'app.log'), dest)
    except shutil.Error as e:
        print('shutil.Error', e)
    with tempfile.NamedTemporaryFile('w+', suffix='.tmp', dir='.', delete=True) as tf:
        tf.write('temporary data')
        tf.seek(0)
        print(tf.read(), os.path.exists(tf.name), tf.name.endswith('.tmp'))
    print(os.path.exists(tf.name))
    with tempfile.TemporaryDirectory(dir='.') as td:
        open(os.path.join(td, 'f'), 'w').close()
        print(os.listdir(td))
    print(os.path.exists(td))
    with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as sp:
        sp.write('short')
        print('rolled', sp._rolled)
        sp.write(' and now longer than ten')
        print('rolled', sp._rolled)
        sp.seek(0)
        print(sp.read())
    fd, path = tempfile.mkstemp(suffix='.dat', dir='.')
    os.write(fd, b'raw')
    os.close(fd)
    print(open(path, 'rb').read())
    os.remove(path)
    print(shutil.which('definitely-not-a-command-xyz'))
    print(shutil.get_terminal_size((91, 33)).columns > 0)
    archive = shutil.make_archive('bundle', 'zip', root_dir='copy')
    print(os.path.basename(archive), sorted(n for n, _ in zip(__import__('zipfile').ZipFile(archive).namelist(), range(99))))
finally:
    os.chdir(old_cwd)
    shutil.rmtree(root)
print('cleaned', os.path.exists(root))
try:
    shutil.rmtree(root)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
shutil.rmtree(root, ignore_errors=True)
