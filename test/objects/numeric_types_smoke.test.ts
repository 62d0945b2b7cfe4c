import { describe, it, expect } from 'vitest';
import '../../vm/objects/exceptions.js';
import '../../vm/objects/int_type.js';
import '../../vm/objects/bool_type.js';
import '../../vm/objects/float_type.js';
import '../../vm/objects/complex_type.js';
import { intType } from '../../vm/objects/object.js';
import { PyMethodDescriptor } from '../../vm/objects/native.js';
describe('smoke', () => {
  it('adds', () => {
    expect((intType.attrs.get('__add__') as PyMethodDescriptor).fn(3, [4], null)).toBe(7);
  });
});
