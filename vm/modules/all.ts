// Registers the native modules (CPython's C modules implemented in TypeScript) with the importer,
// and makes sure the builtin iterator types have their methods. Each module file calls
// registerNativeModule() when imported.

import '../objects/builtin_iterators.js';
import './math.js';
import './time.js';
import './itertools.js';
import './collections.js';
import './functools.js';
import './random.js';
import './sha2.js';
import './weakref.js';
import './thread.js';
import './string.js';
import './posix.js';
import './stat.js';
import './errno.js';
import './sre/module.js';
import './typing.js';
import './heapq.js';
import './bisect.js';
import './atexit.js';
import './contextvars.js';
import './warnings.js';
import './marshal.js';
import './tokenize_native.js';
import './operator.js';
import './cmath.js';
import './hashlib/md5_module.js';
import './hashlib/sha3_module.js';
import './hashlib/blake2_module.js';
import './ast.js';
import './codecs.js';
import './struct.js';
import './imp.js';
import './importlib_bridge.js';
import './io/module.js';
import './opcode.js';
import './decimal/module.js';
import './unicodedata/module.js';
import './binascii.js';
