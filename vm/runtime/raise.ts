// Raising Python exceptions from TypeScript code.
//
// Every native function signals a Python exception by `throw`ing the value one of these functions
// returns, e.g. `throw zeroDivisionError('division by zero')`. The eval loop catches it, attaches the
// traceback and unwinds to the handler from the exception table. Nothing here formats tracebacks or
// decides control flow.
//
// Tests of pure modules read a thrown value back with pyErrorType(e) and pyErrorMessage(e).

import { newException, exceptionTypeName, exceptionMessage, isPyException } from '../objects/exceptions.js';

export const typeError = (msg: string) => newException('TypeError', msg);
export const valueError = (msg: string) => newException('ValueError', msg);
export const zeroDivisionError = (msg: string) => newException('ZeroDivisionError', msg);
export const overflowError = (msg: string) => newException('OverflowError', msg);
export const indexError = (msg: string) => newException('IndexError', msg);
export const attributeError = (msg: string) => newException('AttributeError', msg);
export const nameError = (msg: string) => newException('NameError', msg);
export const runtimeError = (msg: string) => newException('RuntimeError', msg);
export const notImplementedError = (msg: string) => newException('NotImplementedError', msg);
export const recursionError = (msg: string) => newException('RecursionError', msg);
export const unicodeError = (msg: string) => newException('UnicodeError', msg);
export const lookupError = (msg: string) => newException('LookupError', msg);
export const eofError = (msg: string) => newException('EOFError', msg);
export const importError = (msg: string) => newException('ImportError', msg);
export const moduleNotFoundError = (msg: string) => newException('ModuleNotFoundError', msg);
export const assertionError = (msg: string) => newException('AssertionError', msg);
export const systemError = (msg: string) => newException('SystemError', msg);
export const memoryError = (msg: string) => newException('MemoryError', msg);

/** The Python type name of a thrown value ('ZeroDivisionError'), or null if it is not a Python exception. */
export function pyErrorType(e: unknown): string | null {
  return isPyException(e) ? exceptionTypeName(e) : null;
}

/** str() of a thrown Python exception with one argument: its message. */
export function pyErrorMessage(e: unknown): string | null {
  return isPyException(e) ? exceptionMessage(e) : null;
}
