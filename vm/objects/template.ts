// Template strings (PEP 750): string.templatelib.Template and Interpolation, what t"..." literals
// evaluate to, as CPython 3.14's Objects/templateobject.c and interpolationobject.c make them. The
// BUILD_INTERPOLATION and BUILD_TEMPLATE opcodes call buildInterpolation()/buildTemplate(); the methods
// are in template_methods.ts, since the opcode dispatcher imports this file (nothing registers here).

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { PyTuple } from './tuple.js';
import { PyIterator } from './iterator_base.js';
import { None } from './singletons.js';

function templatelibType(name: string) {
  const t = makeBuiltinType(name, undefined, 'string.templatelib');
  t.attrs.set('__module__', 'string.templatelib');
  t.isBaseType = false;
  return t;
}

export const templateType = templatelibType('Template');
export const interpolationType = templatelibType('Interpolation');
export const templateIterType = templatelibType('TemplateIter');

export class PyInterpolation extends PyObject {
  constructor(
    readonly value: PyValue,
    readonly expression: PyValue,
    /** None, or one of 's', 'r', 'a'. */
    readonly conversion: PyValue,
    readonly formatSpec: PyValue,
  ) {
    super(interpolationType);
  }
}

/** strings has one more item than interpolations: the text around and between them. */
export class PyTemplate extends PyObject {
  constructor(
    readonly strings: PyTuple,
    readonly interpolations: PyTuple,
  ) {
    super(templateType);
  }
}

/** Iterates a template's non-empty strings and its interpolations, in order. */
export class TemplateIterator extends PyIterator {
  private i = 0;
  private atString = true;

  constructor(readonly template: PyTemplate) {
    super(templateIterType);
  }

  next(): PyValue | undefined {
    const { strings, interpolations } = this.template;
    for (;;) {
      if (this.atString) {
        if (this.i >= strings.items.length) return undefined;
        this.atString = false;
        const s = strings.items[this.i];
        if (s !== '') return s;
      } else {
        const i = this.i++;
        this.atString = true;
        if (i < interpolations.items.length) return interpolations.items[i];
      }
    }
  }
}

const CONVERSIONS: readonly PyValue[] = [None, 's', 'r', 'a'];

/** BUILD_INTERPOLATION: oparg >> 2 is the conversion (0 none, 1 !s, 2 !r, 3 !a); no spec is ''. */
export function buildInterpolation(value: PyValue, expression: PyValue, conversion: number, formatSpec: PyValue | null): PyInterpolation {
  return new PyInterpolation(value, expression, CONVERSIONS[conversion] ?? None, formatSpec ?? '');
}

/** BUILD_TEMPLATE: the compiler gives the strings (one more than interpolations) and interpolations. */
export function buildTemplate(strings: PyValue, interpolations: PyValue): PyTemplate {
  return new PyTemplate(strings as PyTuple, interpolations as PyTuple);
}
