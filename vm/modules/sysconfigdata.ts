// _sysconfigdata__linux_x86_64-linux-gnu: the build-time configuration that sysconfig reads
// (sysconfig.get_config_var, get_config_vars, get_platform), which pydoc, help(), zoneinfo and others
// import. CPython generates this module when it is built; its name follows sys.platform and
// sys.implementation._multiarch, which pyrewind reports as a 64-bit Linux CPython 3.14 (vm/modules/sys.ts).
//
// It holds only the variables that are true of pyrewind: the interpreter's version and ABI, sizes of the
// 64-bit build it behaves as, the feature switches that change Python-level behaviour, and where
// zoneinfo looks for time zone files. Variables that describe a C toolchain or a build tree (CC, CFLAGS,
// LIBDIR, Makefile paths ...) are absent, so get_config_var returns None for them: pyrewind was not
// built by a C compiler and cannot build or load extension modules. Must not import Node modules.

import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { registerNativeModule } from './registry.js';

const BUILD_TIME_VARS: [string, string | number][] = [
  ['ABIFLAGS', ''],
  ['EXT_SUFFIX', '.cpython-314-x86_64-linux-gnu.so'],
  ['HOST_GNU_TYPE', 'x86_64-pc-linux-gnu'],
  ['MACHDEP', 'linux'],
  ['MULTIARCH', 'x86_64-linux-gnu'],
  ['Py_DEBUG', 0],
  ['Py_ENABLE_SHARED', 0],
  ['Py_GIL_DISABLED', 0],
  ['Py_STATS', 0],
  ['Py_TRACE_REFS', 0],
  ['SHLIB_SUFFIX', '.so'],
  ['SIZEOF_DOUBLE', 8],
  ['SIZEOF_FLOAT', 4],
  ['SIZEOF_INT', 4],
  ['SIZEOF_LONG', 8],
  ['SIZEOF_LONG_LONG', 8],
  ['SIZEOF_SIZE_T', 8],
  ['SIZEOF_VOID_P', 8],
  ['SIZEOF_WCHAR_T', 4],
  ['SOABI', 'cpython-314-x86_64-linux-gnu'],
  ['TZPATH', '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'],
  ['VERSION', '3.14'],
  ['WITH_DOC_STRINGS', 1],
  ['WITH_PYMALLOC', 1],
];

function makeSysconfigData(): PyModule {
  const mod = new PyModule('_sysconfigdata__linux_x86_64-linux-gnu');
  const vars = new PyDict();
  for (const [k, v] of BUILD_TIME_VARS) vars.setStr(k, v);
  mod.dict.setStr('build_time_vars', vars);
  return mod;
}

registerNativeModule('_sysconfigdata__linux_x86_64-linux-gnu', makeSysconfigData);
