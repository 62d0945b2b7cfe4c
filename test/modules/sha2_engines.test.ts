// Checks the SHA-224, SHA-256 and SHA-384 engines (vm/modules/hashlib/sha256.ts) against the FIPS 180-4
// example vectors and against Node's OpenSSL for every message length around the padding boundaries,
// one-shot, incremental and after copy().
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, Sha384, SHA224_DIGEST_SIZE, SHA256_DIGEST_SIZE, SHA384_DIGEST_SIZE } from '../../vm/modules/hashlib/sha256.js';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const reference = (algo: string, b: Uint8Array): string => createHash(algo).update(b).digest('hex');

type Engine = { update(d: Uint8Array): void; digest(): Uint8Array; hexdigest(): string; copy(): Engine };
const ENGINES: Array<{ algo: string; make: () => Engine; size: number }> = [
  { algo: 'sha224', make: () => new Sha256(true), size: SHA224_DIGEST_SIZE },
  { algo: 'sha256', make: () => new Sha256(false), size: SHA256_DIGEST_SIZE },
  { algo: 'sha384', make: () => Sha384.create(), size: SHA384_DIGEST_SIZE },
];

describe('standard vectors', () => {
  const abc = ascii('abc');
  const two = ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
  it('sha256', () => {
    expect(new Sha256(false, new Uint8Array(0)).hexdigest()).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(new Sha256(false, abc).hexdigest()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(new Sha256(false, two).hexdigest()).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
  it('sha224', () => {
    expect(new Sha256(true, abc).hexdigest()).toBe('23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
    expect(new Sha256(true, two).hexdigest()).toBe('75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525');
  });
  it('sha384', () => {
    expect(Sha384.create(abc).hexdigest()).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
  });
});

for (const { algo, make, size } of ENGINES) {
  describe(`${algo} against OpenSSL`, () => {
    it('every length from 0 to 300 bytes, one-shot', () => {
      const data = new Uint8Array(300);
      for (let i = 0; i < data.length; i++) data[i] = (i * 37 + 11) & 0xff;
      for (let n = 0; n <= 300; n++) {
        const e = make();
        e.update(data.subarray(0, n));
        expect(e.digest().length).toBe(size);
        expect(hex(e.digest()), `length ${n}`).toBe(reference(algo, data.subarray(0, n)));
      }
    });

    it('fed in uneven pieces, with digests taken midway and copies diverging', () => {
      const data = new Uint8Array(5000);
      for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 7) & 0xff;
      const e = make();
      let pos = 0;
      for (let step = 1; pos < data.length; step = (step * 7 + 3) % 257) {
        const end = Math.min(data.length, pos + step);
        e.update(data.subarray(pos, end));
        pos = end;
        // digest() must not disturb the running state.
        expect(e.hexdigest()).toBe(reference(algo, data.subarray(0, pos)));
      }
      const twin = e.copy();
      twin.update(ascii('more'));
      expect(e.hexdigest()).toBe(reference(algo, data));
      const joined = new Uint8Array(data.length + 4);
      joined.set(data);
      joined.set(ascii('more'), data.length);
      expect(twin.hexdigest()).toBe(reference(algo, joined));
    });
  });
}

describe('one million "a"', () => {
  it('sha256', () => {
    const million = new Uint8Array(1_000_000).fill(0x61);
    expect(new Sha256(false, million).hexdigest()).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
});
