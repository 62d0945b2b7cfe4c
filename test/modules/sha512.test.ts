// Checks the SHA-512 engine against the FIPS 180-4 example vectors and against Node's OpenSSL for
// every message length around the padding boundaries, one-shot and incremental.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha512, sha512, SHA512_BLOCK_SIZE, SHA512_DIGEST_SIZE } from '../../vm/modules/hashlib/sha512.js';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const reference = (b: Uint8Array): string => createHash('sha512').update(b).digest('hex');

describe('sha512 standard vectors', () => {
  it('empty message', () => {
    expect(hex(sha512(new Uint8Array(0)))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce' +
        '47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
  });

  it('"abc"', () => {
    expect(hex(sha512(ascii('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
        '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  it('the 896-bit message (two blocks after padding)', () => {
    const msg =
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
    expect(msg.length * 8).toBe(896);
    expect(hex(sha512(ascii(msg)))).toBe(
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018' +
        '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
    );
  });

  it('one million "a", one-shot and fed in uneven pieces', () => {
    const expected =
      'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb' +
      'de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b';
    const million = new Uint8Array(1_000_000).fill(0x61);
    expect(hex(sha512(million))).toBe(expected);
    const h = new Sha512();
    for (let pos = 0, step = 1; pos < million.length; pos += step, step = (step * 7 + 3) % 1000) {
      h.update(million.subarray(pos, Math.min(million.length, pos + step)));
    }
    expect(hex(h.digest())).toBe(expected);
  });
});

describe('sha512 against OpenSSL', () => {
  it('every length 0..300 (covers the 111/112/128-byte padding edges)', () => {
    const data = new Uint8Array(300);
    for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 17) & 255;
    for (let n = 0; n <= 300; n++) {
      const msg = data.subarray(0, n);
      expect(hex(sha512(msg)), `length ${n}`).toBe(reference(msg));
    }
  });

  it('a message with every byte value and high bits set', () => {
    const data = new Uint8Array(1024);
    for (let i = 0; i < data.length; i++) data[i] = 255 - (i & 255);
    expect(hex(sha512(data))).toBe(reference(data));
  });
});

describe('Sha512 incremental object', () => {
  it('has hashlib sizes', () => {
    expect(SHA512_DIGEST_SIZE).toBe(64);
    expect(SHA512_BLOCK_SIZE).toBe(128);
    expect(sha512(ascii('x'))).toHaveLength(64);
  });

  it('constructor data equals a first update', () => {
    const a = new Sha512(ascii('hello '));
    a.update(ascii('world'));
    expect(hex(a.digest())).toBe(reference(ascii('hello world')));
  });

  it('digest() does not finalise: further updates continue the same message', () => {
    const h = new Sha512();
    h.update(ascii('abc'));
    const first = h.hexdigest();
    expect(h.hexdigest()).toBe(first);
    h.update(ascii('def'));
    expect(h.hexdigest()).toBe(reference(ascii('abcdef')));
  });

  it('copy() is independent of the original', () => {
    const block = new Uint8Array(200).fill(7);
    const h = new Sha512(block.subarray(0, 150));
    const twin = h.copy();
    h.update(ascii('left'));
    twin.update(ascii('right'));
    const prefix = block.subarray(0, 150);
    const join = (a: Uint8Array, b: Uint8Array) => {
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return out;
    };
    expect(hex(h.digest())).toBe(reference(join(prefix, ascii('left'))));
    expect(hex(twin.digest())).toBe(reference(join(prefix, ascii('right'))));
  });

  it('empty updates change nothing', () => {
    const h = new Sha512();
    h.update(new Uint8Array(0));
    h.update(ascii('abc'));
    h.update(new Uint8Array(0));
    expect(h.hexdigest()).toBe(reference(ascii('abc')));
  });
});
