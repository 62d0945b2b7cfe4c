# An i18n layer: builds GNU .mo catalogs in memory (the binary format msgfmt writes, with plural forms
# and contexts), loads them with gettext.GNUTranslations, chains fallbacks, and formats messages.
import gettext
import io
import struct

def build_mo(messages, plural_forms='nplurals=2; plural=(n != 1);'):
    """messages: {msgid or (msgid, msgid_plural) or ('ctx', msgid): str or [str, ...]}"""
    entries = {'': f'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_forms}\nLanguage: xx\n'}
    for key, value in messages.items():
        if isinstance(key, tuple) and key[0].startswith('ctx:'):
            k = key[0][4:] + '\x04' + key[1]
        elif isinstance(key, tuple):
            k = key[0] + '\x00' + key[1]
        else:
            k = key
        entries[k] = '\x00'.join(value) if isinstance(value, list) else value
    keys = sorted(entries)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        kb, vb = k.encode(), entries[k].encode()
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b'\0'
        strs += vb + b'\0'
    n = len(keys)
    key_start = 7 * 4 + 16 * n
    value_start = key_start + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + key_start]
        voffsets += [l2, o2 + value_start]
    header = struct.pack('Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    return header + struct.pack(f'{len(koffsets)}i', *koffsets) + struct.pack(f'{len(voffsets)}i', *voffsets) + ids + strs

fr = build_mo({
    'Hello': 'Bonjour',
    'Goodbye, {name}!': 'Au revoir, {name} !',
    ('{n} file', '{n} files'): ['{n} fichier', '{n} fichiers'],
    ('ctx:menu', 'Open'): 'Ouvrir',
    ('ctx:door', 'Open'): 'Ouverte',
    'Save': 'Enregistrer',
}, plural_forms='nplurals=2; plural=(n > 1);')
pl = build_mo({
    'Hello': 'Cześć',
    ('{n} file', '{n} files'): ['{n} plik', '{n} pliki', '{n} plików'],
}, plural_forms='nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);')

print('mo sizes', len(fr), len(pl), fr[:4].hex())
t_fr = gettext.GNUTranslations(io.BytesIO(fr))
t_pl = gettext.GNUTranslations(io.BytesIO(pl))
print(t_fr.info()['language'], t_fr.charset(), sorted(t_fr.info()))
print(t_fr.gettext('Hello'), '|', t_fr.gettext('Missing'), '|', t_fr.gettext('Goodbye, {name}!').format(name='Ana'))
for n in (0, 1, 2, 5):
    print(n, t_fr.ngettext('{n} file', '{n} files', n).format(n=n), '/', t_pl.ngettext('{n} file', '{n} files', n).format(n=n))
for n in (12, 22, 25, 101, 104):
    print(n, t_pl.ngettext('{n} file', '{n} files', n).format(n=n))
print(t_fr.pgettext('menu', 'Open'), t_fr.pgettext('door', 'Open'), t_fr.pgettext('window', 'Open'))
print(t_fr.npgettext('menu', 'item', 'items', 3))
t_pl.add_fallback(t_fr)
print(t_pl.gettext('Save'), t_pl.gettext('Hello'), t_pl.gettext('Nope'))
null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('a', 'b', 1), null.ngettext('a', 'b', 2), null.pgettext('c', 'm'))
f = gettext.c2py('n != 1')
print([f(i) for i in range(4)], [gettext.c2py('n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2')(i) for i in (0, 1, 2, 11, 21, 111)])
for bad in ('n +', 'import os', 'n ** 2', '(n'):
    try:
        gettext.c2py(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    gettext.GNUTranslations(io.BytesIO(b'\x00' * 40))
except OSError as e:
    print('OSError', e.errno, e.strerror if isinstance(e.strerror, str) else '')
try:
    gettext.translation('nodomain', localedir='.', languages=['zz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
print(gettext.translation('nodomain', localedir='.', languages=['zz'], fallback=True).__class__.__name__)
print(gettext.find('nodomain', localedir='.', languages=['fr_FR.UTF-8@euro']), gettext._expand_lang('fr_FR.UTF-8@euro'))
t_fr.install(names=['ngettext'])
import builtins
print(_('Hello'), builtins.ngettext('{n} file', '{n} files', 2))
del builtins._, builtins.ngettext
print(gettext.textdomain(), gettext.gettext('plain'), gettext.dngettext('d', 's', 'p', 2))
