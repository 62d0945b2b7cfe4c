# A note-taking store on disk with pathlib: creates a tree under the current directory, walks, globs,
# renames and reads it back with stat information, then removes everything it made.
import os
import shutil
import stat
from pathlib import Path, PurePosixPath, PurePath

root = Path('notebook_fs_data')
if root.exists():
    shutil.rmtree(root)
try:
    (root / 'work' / 'meetings').mkdir(parents=True)
    (root / 'home').mkdir()
    notes = {
        'work/meetings/2024-01-10.md': '# Standup\n- shipped v2\n- blocked on review\n',
        'work/meetings/2024-01-17.md': '# Standup\n- planning\n',
        'work/todo.txt': 'write report\nreview PR 12\n',
        'home/groceries.txt': 'milk\neggs\nbread\n',
        'home/ideas.md': '# Ideas\n\nA garden.\n',
        'README': 'notebook root\n',
    }
    for rel, text in notes.items():
        p = root / rel
        print('write', p, p.write_text(text, encoding='utf-8'))
    print(sorted(str(p) for p in root.iterdir()))
    print(sorted(p.name for p in root.glob('*/*.txt')))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob('*.md')))
    print(sorted(p.as_posix() for p in root.glob('**/')))
    print(sorted(p.name for p in root.glob('work/**/*')))
    for p in sorted(root.rglob('*')):
        kind = 'dir ' if p.is_dir() else 'file'
        size = p.stat().st_size if p.is_file() else '-'
        print(f'  {kind} {p.relative_to(root)!s:32} {size}')
    todo = root / 'work' / 'todo.txt'
    with todo.open('a') as f:
        f.write('call Bob\n')
    print(todo.read_text().splitlines(), len(todo.read_bytes()))
    print(todo.suffix, todo.stem, todo.name, todo.parent.name, todo.with_suffix('.bak').name, todo.with_stem('done').name)
    moved = todo.rename(root / 'work' / 'todo-2024.txt')
    print(moved, todo.exists(), moved.exists(), moved.is_file())
    (root / 'home' / 'groceries.txt').replace(root / 'home' / 'shopping.txt')
    print(sorted(os.listdir(root / 'home')))
    link_ok = True
    try:
        (root / 'latest').symlink_to(Path('work') / 'meetings' / '2024-01-17.md')
    except OSError:
        link_ok = False
    if link_ok:
        latest = root / 'latest'
        print('symlink', latest.is_symlink(), latest.readlink().as_posix(), latest.read_text().splitlines()[0], latest.resolve().name)
        latest.unlink()
    mode = (root / 'README').stat().st_mode
    print(stat.S_ISREG(mode), stat.S_ISDIR((root / 'home').stat().st_mode), stat.filemode(mode)[0])
    (root / 'README').chmod(0o600)
    print(oct((root / 'README').stat().st_mode & 0o777))
    try:
        (root / 'home').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.strerror, Path(e.filename).name)
    (root / 'home').mkdir(exist_ok=True)
    try:
        (root / 'nope' / 'x').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    try:
        (root / 'work').rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, Path(e.filename).name)
    (root / 'missing.txt').unlink(missing_ok=True)
    (root / 'empty').touch()
    print((root / 'empty').stat().st_size, (root / 'empty').exists())
    print(Path('notebook_fs_data/work/../home').resolve() == (root / 'home').resolve(), (root / 'home').absolute().is_absolute())
    print(root.joinpath('a', 'b').as_posix(), (root / 'home').samefile(root / 'home'), Path.cwd() == Path(os.getcwd()))
    for dirpath, dirnames, filenames in root.walk():
        dirnames.sort()
        print('walk', dirpath.relative_to(root).as_posix(), dirnames, sorted(filenames))
finally:
    shutil.rmtree(root, ignore_errors=True)
print('cleaned', root.exists())

p = PurePosixPath('/srv/app/releases/v1.2.3/bin/run.tar.gz')
print(p.parts, p.drive, p.root, p.anchor, p.suffixes, p.stem, p.parent.parent, list(p.parents)[-2:])
print(p.match('*.gz'), p.match('bin/*.tar.gz'), p.match('/srv/*'), p.full_match('/srv/**/*.gz'), p.is_relative_to('/srv'))
print(p.relative_to('/srv/app'), p.with_name('x.zip'), PurePosixPath('a/b') / '../c', PurePosixPath('//x/y'), PurePosixPath('/a/./b//c/'))
try:
    p.relative_to('/etc')
except ValueError as e:
    print('ValueError', e)
try:
    PurePosixPath('a').with_suffix('bad')
except ValueError as e:
    print('ValueError', e)
try:
    PurePosixPath('/').with_name('x')
except ValueError as e:
    print('ValueError', e)
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath('x.tar.gz').with_suffix(''), PurePosixPath('.bashrc').suffix, PurePosixPath('a/b').as_uri() if False else PurePosixPath('/a b/c').as_uri())
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]), PurePosixPath('A') == PurePosixPath('a'), hash(PurePosixPath('x')) == hash(PurePosixPath('x')))
print(repr(PurePath('x/y')), str(Path('~')), Path('a/b').is_absolute(), PurePosixPath('/x').is_reserved() if hasattr(PurePosixPath, 'is_reserved') and False else '')
print(PurePosixPath('/a/b/c').relative_to('/a/x', walk_up=True), Path('a').with_segments('q', 'r'))
