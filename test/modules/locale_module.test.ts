// The _locale module as glibc's CPython behaves on a system with only the built-in locales. The
// differential corpus (program_locale_report.py) covers what glibc and pyodide's musl agree on; these
// are the glibc-only parts (checked against the machine's glibc CPython): the composite LC_ALL name,
// refusing unknown locales, the start-up LC_CTYPE taken from the environment, the C locale's CODESET.

import { describe, expect, it } from 'vitest';
import '../../vm/index.js';
import { nativeModuleFactory } from '../../vm/modules/registry.js';
import { PyModule } from '../../vm/objects/module.js';
import { PyNativeFunction } from '../../vm/objects/native.js';
import { PyValue } from '../../vm/objects/object.js';
import { None } from '../../vm/objects/singletons.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { createInterpreter } from '../../vm/runtime/main.js';
import { NodeHost } from '../../host/node/node_host.js';

/** A fresh _locale module for an interpreter whose host has exactly `env` as its environment. */
function localeModule(env: Record<string, string>): PyModule {
  const host = new NodeHost();
  host.env = () => env;
  return nativeModuleFactory('_locale')!(createInterpreter(host, ['locale_test'], process.cwd()));
}

function call(mod: PyModule, name: string, ...args: PyValue[]): PyValue {
  return (mod.dict.getStr(name) as PyNativeFunction).fn(args, null);
}

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
  return 'no error';
}

const STARTUP_ALL =
  'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;' +
  'LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C';

describe('_locale', () => {
  it('starts with LC_CTYPE from the environment, the C locale coerced to C.UTF-8', () => {
    expect(call(localeModule({ LANG: 'C.UTF-8' }), 'setlocale', 0)).toBe('C.UTF-8');
    expect(call(localeModule({ LANG: 'C.utf8' }), 'setlocale', 0)).toBe('C.utf8');
    expect(call(localeModule({}), 'setlocale', 0)).toBe('C.UTF-8');
    expect(call(localeModule({ LANG: 'C' }), 'setlocale', 0)).toBe('C.UTF-8');
    expect(call(localeModule({ LANG: 'de_DE.UTF-8' }), 'setlocale', 0)).toBe('C.UTF-8');
    expect(call(localeModule({ LANG: 'C.UTF-8' }), 'setlocale', 6)).toBe(STARTUP_ALL);
    expect(call(localeModule({ LANG: 'C.UTF-8' }), 'setlocale', 1)).toBe('C');
  });

  it('sets LC_ALL from names, "" (the environment) and its own composite name', () => {
    const m = localeModule({ LANG: 'C.UTF-8', LC_TIME: 'POSIX' });
    expect(call(m, 'setlocale', 6, 'C')).toBe('C');
    expect(call(m, 'nl_langinfo', 14)).toBe('ANSI_X3.4-1968');
    expect(call(m, 'getencoding')).toBe('ANSI_X3.4-1968');
    expect(call(m, 'setlocale', 6, 'POSIX')).toBe('C');
    expect(call(m, 'setlocale', 6, 'C.UTF-8@euro')).toBe('C.UTF-8@euro');
    expect(call(m, 'nl_langinfo', 14)).toBe('UTF-8');
    // LC_TIME comes from its own variable, the others from LANG.
    expect(call(m, 'setlocale', 6, '')).toBe(STARTUP_ALL.replace(/=C(;|$)/g, '=C.UTF-8$1').replace('LC_TIME=C.UTF-8', 'LC_TIME=C'));
    expect(call(m, 'setlocale', 6, STARTUP_ALL)).toBe(STARTUP_ALL);
    expect(call(m, 'setlocale', 7)).toBe('C');
    expect(call(m, 'setlocale', 7, 'C.UTF-8')).toBe('C.UTF-8');
    expect(call(m, 'setlocale', 6)).toBe(STARTUP_ALL.replace('LC_PAPER=C', 'LC_PAPER=C.UTF-8'));
  });

  it('refuses locales that are not installed, leaving the settings alone', () => {
    const m = localeModule({ LANG: 'C.UTF-8' });
    for (const name of ['en_US.UTF-8', 'c.utf8', 'C.ascii', 'C@x', ' C', 'LC_CTYPE=C;LC_NUMERIC=C.UTF-8', 'C;C']) {
      expect(failure(() => call(m, 'setlocale', 6, name))).toBe('Error: unsupported locale setting');
    }
    expect(failure(() => call(m, 'setlocale', 0, 'fr_FR'))).toBe('Error: unsupported locale setting');
    expect(failure(() => call(m, 'setlocale', 13))).toBe('Error: locale query failed');
    expect(failure(() => call(m, 'setlocale', -1, 'C'))).toBe('Error: unsupported locale setting');
    expect(failure(() => call(localeModule({ LANG: 'xx_YY' }), 'setlocale', 6, ''))).toBe('Error: unsupported locale setting');
    expect(call(m, 'setlocale', 6)).toBe(STARTUP_ALL);
  });

  it('collates by code point, not by UTF-16 unit', () => {
    const m = localeModule({});
    expect(call(m, 'strcoll', '\u{1F600}', '\uffff')).toBe(1);
    expect(call(m, 'strcoll', 'a', 'B')).toBe(1);
    expect(call(m, 'strcoll', 'ab', 'ab')).toBe(0);
    expect(call(m, 'strcoll', 'a', 'ab')).toBe(-1);
    expect(failure(() => call(m, 'strcoll', 'a\0', 'b'))).toBe('ValueError: embedded null character');
  });

  it('has glibc-only langinfo items and gettext without catalogs', () => {
    const m = localeModule({});
    expect(call(m, 'nl_langinfo', m.dict.getStr('_DATE_FMT')!)).toBe('%a %b %e %H:%M:%S %Z %Y');
    expect(call(m, 'nl_langinfo', m.dict.getStr('CRNCYSTR')!)).toBe('-');
    expect(call(m, 'nl_langinfo', m.dict.getStr('D_T_FMT')!)).toBe('%a %b %e %H:%M:%S %Y');
    expect(call(m, 'textdomain', None)).toBe('messages');
    expect(call(m, 'textdomain', 'app')).toBe('app');
    expect(call(m, 'textdomain', '')).toBe('messages');
    expect(call(m, 'bindtextdomain', 'app', None)).toBe('/usr/share/locale');
    expect(call(m, 'bindtextdomain', 'app', '/x')).toBe('/x');
    expect(call(m, 'bind_textdomain_codeset', 'app', None)).toBe(None);
    expect(call(m, 'bind_textdomain_codeset', 'app', 'UTF-8')).toBe('UTF-8');
    expect(call(m, 'dcgettext', None, 'hello', 5)).toBe('hello');
  });
});
