// The _sqlite3 module (CPython's Modules/_sqlite/module.c), which Lib/sqlite3 wraps: connect(), the
// adapter and converter registries, adapt(), complete_statement(), enable_callback_tracebacks(), the
// types, the exceptions, the SQLITE_* constants and sqlite_version, taken from the host's engine.
// SQLite itself is the host's (Host.sqlite); a host without it makes `import _sqlite3` fail.

import { PyValue, makeBuiltinType, objectType, typeName, isInstance, strType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { PyNativeFunction, bindArgs, defNew } from '../../objects/native.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { strValue, truthy } from '../../runtime/protocols.js';
import { importError, typeError } from '../../runtime/raise.js';
import { registerNativeModule } from '../registry.js';
import { SQLITE_CONSTANTS } from './constants.js';
import { SQLITE_EXCEPTIONS } from './exceptions.js';
import { SqliteState, adapt, registerAdapter, prepareProtocolType, setCurrentState } from './adapters.js';
import { connectionType, cursorType, LEGACY_TRANSACTION_CONTROL } from './objects.js';
import { rowType } from './row.js';
import { isCompleteStatement } from './complete_statement.js';
import { CONNECT_POSITIONAL, deprecated } from './connection.js';
import './cursor.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** sqlite3.Blob: made only by Connection.blobopen(), which this engine does not provide. */
export const blobType = makeBuiltinType('Blob', objectType, 'sqlite3');
blobType.isBaseType = false;
defNew(blobType, () => {
  throw typeError("cannot create 'sqlite3.Blob' instances");
});

/** sqlite3_threadsafe() is 2 (multi-thread) in better-sqlite3's build, which DB-API calls level 1. */
const THREADSAFETY = 1;

function makeSqlite3(interp: import('../../runtime/interpreter.js').Interpreter): PyModule {
  const engine = interp.host.sqlite;
  if (engine === undefined) throw importError('_sqlite3 is not available: this host provides no SQLite engine');
  const state: SqliteState = {
    engine,
    adapters: new PyDict(),
    converters: new PyDict(),
    baseTypeAdapted: false,
    enableCallbackTracebacks: false,
  };
  setCurrentState(state);
  const mod = new PyModule('_sqlite3');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  for (const [name, cls] of SQLITE_EXCEPTIONS) d.setStr(name, cls);
  d.setStr('Connection', connectionType);
  d.setStr('Cursor', cursorType);
  d.setStr('Row', rowType);
  d.setStr('PrepareProtocol', prepareProtocolType);
  d.setStr('Blob', blobType);
  for (const [name, value] of SQLITE_CONSTANTS) d.setStr(name, value);
  d.setStr('LEGACY_TRANSACTION_CONTROL', LEGACY_TRANSACTION_CONTROL);
  d.setStr('PARSE_DECLTYPES', 1);
  d.setStr('PARSE_COLNAMES', 2);
  d.setStr('adapters', state.adapters);
  d.setStr('converters', state.converters);
  d.setStr('sqlite_version', engine.version);
  d.setStr('threadsafety', THREADSAFETY);

  def('connect', (args, kw) => {
    if (args.length > 1) deprecated(CONNECT_POSITIONAL.replace('%s', 'sqlite3.connect()'));
    const factory = kw?.get('factory') ?? connectionType;
    return callObject(factory, args, kw);
  });
  def('register_adapter', (args, kw) => {
    const [type, adapter] = bindArgs('register_adapter', ['type', 'adapter'], args, kw, 2, 2);
    registerAdapter(state, type!, adapter!);
    return None;
  });
  def('register_converter', (args, kw) => {
    const [name, converter] = bindArgs('register_converter', ['typename', 'converter'], args, kw, 2, 2);
    if (typeof name !== 'string' && !isInstance(name!, strType)) {
      throw typeError(`register_converter() argument 1 must be str, not ${typeName(name!)}`);
    }
    state.converters.set(callObject(getAttr(name!, 'upper'), []), converter!);
    return None;
  });
  def('adapt', (args, kw) => {
    const [obj, proto, alt] = bindArgs('adapt', ['obj', 'proto', 'alt'], args, kw, 1, 3);
    return adapt(state, obj!, proto ?? prepareProtocolType, alt);
  });
  def('complete_statement', (args, kw) => {
    const [sql] = bindArgs('complete_statement', ['statement'], args, kw, 1);
    if (typeof sql !== 'string' && !isInstance(sql!, strType)) {
      throw typeError(`complete_statement() argument 'statement' must be str, not ${typeName(sql!)}`);
    }
    return isCompleteStatement(typeof sql === 'string' ? sql : strValue(sql as never));
  });
  def('enable_callback_tracebacks', (args, kw) => {
    const [enable] = bindArgs('enable_callback_tracebacks', ['enable'], args, kw, 1, 1);
    state.enableCallbackTracebacks = truthy(enable!);
    return None;
  });
  return mod;
}

registerNativeModule('_sqlite3', makeSqlite3);
