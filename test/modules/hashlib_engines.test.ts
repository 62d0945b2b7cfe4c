// Checks the hash engines behind _md5, _sha1, _sha3 and _blake2 directly (no VM): published test
// vectors (RFC 1321, FIPS 180/202, RFC 7693), a million 'a's, keyed and parameterised BLAKE2, and that
// splitting the input anywhere gives the same digest. Expected digests were printed by CPython 3.14.2
// (pyodide), which agree with the published vectors.
import { describe, expect, it } from 'vitest';
import { Md5 } from '../../vm/modules/hashlib/md5.js';
import { Sha1 } from '../../vm/modules/hashlib/sha1.js';
import { Keccak } from '../../vm/modules/hashlib/keccak.js';
import { Blake2, Blake2Params } from '../../vm/modules/hashlib/blake2.js';
import { toHex } from '../../vm/modules/hashlib/sha256.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Engine {
  update(d: Uint8Array): void;
  digest(): Uint8Array;
}

const SHA3: Record<string, [number, number]> = {
  sha3_224: [144, 28],
  sha3_256: [136, 32],
  sha3_384: [104, 48],
  sha3_512: [72, 64],
};

function blake(big: boolean, p: Partial<Blake2Params> = {}): Blake2 {
  return Blake2.create(big, {
    digestSize: big ? 64 : 32, key: new Uint8Array(0), salt: new Uint8Array(0), person: new Uint8Array(0),
    fanout: 1, depth: 1, leafSize: 0, nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode: false, ...p,
  });
}

const makers: Record<string, () => Engine> = {
  md5: () => new Md5(),
  sha1: () => new Sha1(),
  sha3_256: () => {
    const k = new Keccak(136, 0x06);
    return { update: (d) => k.update(d), digest: () => k.squeeze(32) };
  },
  blake2b: () => blake(true),
  blake2s: () => blake(false),
};

function hex(e: Engine, data: Uint8Array): string {
  e.update(data);
  return toHex(e.digest());
}

describe('MD5 (RFC 1321 test suite)', () => {
  const cases: [string, string][] = [
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ];
  for (const [input, digest] of cases) {
    it(`md5(${JSON.stringify(input.slice(0, 20))})`, () => expect(hex(new Md5(), enc(input))).toBe(digest));
  }
  it('a million a', () => expect(hex(new Md5(), new Uint8Array(1_000_000).fill(97))).toBe('7707d6ae4e027c70eea2a935c2296f21'));
});

describe('SHA-1', () => {
  it('empty', () => expect(hex(new Sha1(), enc(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709'));
  it('abc', () => expect(hex(new Sha1(), enc('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d'));
  it('two blocks', () => {
    expect(hex(new Sha1(), enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });
  it('a million a', () => expect(hex(new Sha1(), new Uint8Array(1_000_000).fill(97))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f'));
});

describe('SHA-3 and SHAKE (FIPS 202)', () => {
  const abc: Record<string, string> = {
    sha3_224: 'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
    sha3_256: '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    sha3_384: 'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
    sha3_512: 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
  };
  for (const [name, [rate, size]] of Object.entries(SHA3)) {
    it(`${name}('abc')`, () => {
      const k = new Keccak(rate, 0x06);
      k.update(enc('abc'));
      expect(toHex(k.squeeze(size))).toBe(abc[name]);
    });
  }
  it('sha3_256 of a million a', () => {
    const k = new Keccak(136, 0x06);
    k.update(new Uint8Array(1_000_000).fill(97));
    expect(toHex(k.squeeze(32))).toBe('5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1');
  });
  it('shake_128 and shake_256 of abc', () => {
    const a = new Keccak(168, 0x1f);
    a.update(enc('abc'));
    expect(toHex(a.squeeze(10))).toBe('5881092dd818bf5cf8a3');
    const b = new Keccak(136, 0x1f);
    b.update(enc('abc'));
    expect(toHex(b.squeeze(10))).toBe('483366601360a8771c68');
  });
  it('shake_256 output longer than the rate, and squeezing leaves the sponge usable', () => {
    const k = new Keccak(136, 0x1f);
    k.update(new Uint8Array(500).fill(120));
    expect(toHex(k.squeeze(400)).slice(-40)).toBe('318087e0b4d51d8852585bbabec6c5f11357c2d7');
    expect(toHex(k.squeeze(400)).slice(-40)).toBe('318087e0b4d51d8852585bbabec6c5f11357c2d7');
  });
});

describe('BLAKE2 (RFC 7693)', () => {
  it('blake2b-512(abc)', () => {
    expect(hex(blake(true), enc('abc'))).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    );
  });
  it('blake2s-256(abc)', () => {
    expect(hex(blake(false), enc('abc'))).toBe('508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982');
  });
  it('key, salt, person, digest size', () => {
    expect(hex(blake(true, { key: enc('k'), salt: enc('s'), person: enc('p'), digestSize: 20 }), enc('abc'))).toBe('0c694d1f89100a1db6ed58b7322cc3f244ac769a');
    expect(hex(blake(false, { key: new Uint8Array(32).fill(107), salt: new Uint8Array(8).fill(115), person: new Uint8Array(8).fill(112), digestSize: 16 }), enc('abc'))).toBe('6cd0658c2304de3595f65d8cf33a9b89');
  });
  it('tree parameters and last node', () => {
    const tree = { fanout: 2, depth: 3, leafSize: 5, nodeOffset: 7n, nodeDepth: 1, lastNode: true };
    expect(hex(blake(true, { ...tree, innerSize: 32 }), enc('abc'))).toBe(
      '7f5d204f2d26caa07ef5a3909626ebd8ae91d952c76e89bd27eed3528b40cb7bb9d8f672122e9b9aa125998310bcfaffa56190f2fd61fe48a1f5432cbf856fd4',
    );
    expect(hex(blake(false, { ...tree, innerSize: 16 }), enc('abc'))).toBe('edfae0ed28731bcf78cd73e47c11e5296918b6772b5682085416bc6ceb8efd7c');
  });
  it('a million a', () => {
    expect(hex(blake(false), new Uint8Array(1_000_000).fill(97))).toBe('bec0c0e6cde5b67acb73b81f79a67a4079ae1c60dac9d2661af18e9f8b50dfa5');
  });
});

describe('incremental updates give the digest of the whole input', () => {
  const data = new Uint8Array(1000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 131 + 7) & 0xff;
  for (const [name, make] of Object.entries(makers)) {
    it(name, () => {
      const whole = hex(make(), data);
      for (const cuts of [[1, 63, 64, 65], [127, 128, 129, 500], [136, 272, 999], [0, 0, 1000]]) {
        const e = make();
        let prev = 0;
        for (const c of [...cuts, data.length]) {
          e.update(data.subarray(prev, Math.max(prev, c)));
          prev = Math.max(prev, c);
        }
        expect(toHex(e.digest())).toBe(whole);
      }
    });
  }
});
