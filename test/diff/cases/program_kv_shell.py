# stdin: set name Ada Lovelace\nset lang python\nget name\nget missing\nlist\n
# stdin: incr counter\nincr counter 5\nincr name\n\nhelp\nhelp set\nbogus command\n? get\n
# stdin: split "quoted arg" 'single q' plain\\ escaped # comment\nsplit "unterminated\n
# stdin: del lang\nlist\nundo\nlist\nshell echo hi\n!ls\nhistory\nquit\nnever reached\n
# A key/value store shell driven by cmd.Cmd reading commands from stdin, using shlex to split arguments.
import cmd
import shlex
import sys

class KVShell(cmd.Cmd):
    intro = 'kv shell ready. Type help or ? to list commands.'
    prompt = '(kv) '
    doc_header = 'Documented commands (type help <topic>):'
    undoc_header = 'Undocumented:'
    ruler = '-'

    def __init__(self):
        super().__init__(stdin=sys.stdin, stdout=sys.stdout)
        self.use_rawinput = False
        self.store = {}
        self.journal = []
        self.history = []

    def precmd(self, line):
        self.history.append(line)
        return line.strip()

    def postcmd(self, stop, line):
        if line and not stop:
            print(f'   [{len(self.store)} keys]', file=self.stdout)
        return stop

    def emptyline(self):
        print('(empty line ignored)')

    def default(self, line):
        print(f'*** Unknown syntax: {line!r}')

    def do_set(self, arg):
        """set KEY VALUE...  store VALUE under KEY"""
        parts = arg.split(None, 1)
        if len(parts) != 2:
            print('usage: set KEY VALUE')
            return
        key, value = parts
        self.journal.append((key, self.store.get(key)))
        self.store[key] = value
        print(f'{key} = {value!r}')

    def do_get(self, arg):
        """get KEY  show a value"""
        print(self.store.get(arg, f'<{arg} not set>'))

    def complete_get(self, text, line, begidx, endidx):
        return [k for k in self.store if k.startswith(text)]

    def do_del(self, arg):
        """del KEY  remove a key"""
        if arg in self.store:
            self.journal.append((arg, self.store.pop(arg)))
            print('deleted', arg)
        else:
            print('no such key', arg)

    def do_incr(self, arg):
        """incr KEY [N]  add N (default 1) to an integer value"""
        key, _, n = arg.partition(' ')
        try:
            value = int(self.store.get(key, '0')) + int(n or '1')
        except ValueError as e:
            print('error:', e)
            return
        self.journal.append((key, self.store.get(key)))
        self.store[key] = str(value)
        print(key, '->', value)

    def do_list(self, arg):
        """list  show all keys sorted"""
        for k in sorted(self.store):
            print(f'  {k:10} {self.store[k]}')

    def do_undo(self, arg):
        if not self.journal:
            print('nothing to undo')
            return
        key, old = self.journal.pop()
        if old is None:
            self.store.pop(key, None)
        else:
            self.store[key] = old
        print('undone', key)

    def do_split(self, arg):
        """split ARGS  show how shlex splits ARGS"""
        try:
            print(shlex.split(arg, comments=True))
        except ValueError as e:
            print('shlex error:', e)

    def do_shell(self, arg):
        print('would run:', shlex.join(shlex.split(arg)) if arg else '(nothing)')

    def do_history(self, arg):
        print(len(self.history), self.history[-3:])

    def help_undo(self):
        print('undo  revert the last change')

    def do_quit(self, arg):
        """quit  leave the shell"""
        print('bye')
        return True

    do_EOF = do_quit

shell = KVShell()
print(shell.completenames('h'), shell.completenames('s'), shell.complete_get('n', 'get n', 4, 5))
shell.cmdloop()
print('store at exit:', sorted(shell.store.items()))
print('onecmd:', shell.onecmd('get name'))
print(shell.parseline('set a b'), shell.parseline('?x'), shell.parseline('!ls -l'), shell.parseline(''))

print('--- shlex')
for s in ['ls -la "my dir"', "echo 'a b' c\\ d", 'a=1 b="x y" cmd --opt=val', 'one "two three" # tail', "it's"]:
    try:
        print(repr(s), '->', shlex.split(s))
    except ValueError as e:
        print(repr(s), '-> ValueError', e)
print(shlex.split('a # b', comments=True), shlex.split('a "b\\"c"'), shlex.split('x', posix=False), shlex.split('"a b" c', posix=False))
for s in ['simple', 'with space', "it's", '', '$HOME', 'a"b']:
    print(repr(shlex.quote(s)))
print(shlex.join(['rm', '-rf', 'my files', "o'neil"]))
lex = shlex.shlex('a=b; c  && d|e > f', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key1 = "value 1", key2=val2', posix=True)
lex.whitespace_split = False
lex.wordchars += '.'
print(list(lex))
lex = shlex.shlex('alpha beta gamma')
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
