// Checks the MT19937 engine against CPython's `_random.Random`: the expected values below were produced
// by CPython itself (python3 3.11; the algorithm is unchanged through 3.14, confirmed on pyodide 3.14).
import { describe, expect, it } from 'vitest';
import { MersenneTwister, URANDOM_SEED_BYTES } from '../../vm/modules/random/mersenne_twister.js';
import { sha512 } from '../../vm/modules/hashlib/sha512.js';
import { pyErrorMessage, pyErrorType } from '../../vm/runtime/raise.js';

// Per seed: _random.Random(seed).getstate() head (6 words), tail (words 621..623), then 20 random();
// on a fresh generator getrandbits(1, 7, 32, 33, 64, 100, 1000), then the state index and 3 head words.
const SEEDS: Array<{ seed: bigint; head: number[]; tail: number[]; random: number[]; bits: string[]; afterIndex: number; afterHead: number[] }> = [
  {
    seed: 0n,
    head: [2147483648, 766982754, 497961170, 3952298588, 2331775348, 1811986599],
    tail: [4027610014, 1057334138, 2902720905],
    random: [0.8444218515250481, 0.7579544029403025, 0.420571580830845, 0.25891675029296335, 0.5112747213686085, 0.4049341374504143, 0.7837985890347726, 0.30331272607892745, 0.4765969541523558, 0.5833820394550312, 0.9081128851953352, 0.5046868558173903, 0.28183784439970383, 0.7558042041572239, 0.6183689966753316, 0.25050634136244054, 0.9097462559682401, 0.9827854760376531, 0.8102172359965896, 0.9021659504395827],
    bits: ["1", "49", "3255389356", "3823568514", "4776171008201404212", "513868133461680832233190503674", "7789313543272153437572177110818337958926389981584702047252030745497185734368840185129192763969566302991189460461561895261149184374463639834993728525899608101645210152347908149159787526234516803628370752100734134120302680369965232651956519775245115265623224910842918244384835714923176005642253061154739"],
    afterIndex: 43,
    afterHead: [1372342863, 3221959423, 4180954279],
  },
  {
    seed: 1n,
    head: [2147483648, 163610392, 3414454684, 213706556, 4107842212, 2345084137],
    tail: [402334646, 906313207, 1781494222],
    random: [0.13436424411240122, 0.8474337369372327, 0.763774618976614, 0.2550690257394217, 0.49543508709194095, 0.4494910647887381, 0.651592972722763, 0.7887233511355132, 0.0938595867742349, 0.02834747652200631, 0.8357651039198697, 0.43276706790505337, 0.762280082457942, 0.0021060533511106927, 0.4453871940548014, 0.7215400323407826, 0.22876222127045265, 0.9452706955539223, 0.9014274576114836, 0.030589983033553536],
    bits: ["0", "72", "3639700191", "7740669488", "4705193143269049553", "614886793670229279908878609289", "5803288362093906931736677718044384156815121090046559200510658844355907885678631185287201688206655305017225913114365152834496320652787623858150429515494852994895442715669556051296413069602664610937205022851078908874178320374416636525482299095236495280203718902207205567382217302567421199268284876525665"],
    afterIndex: 43,
    afterHead: [2145931878, 2812664348, 2124062512],
  },
  {
    seed: 42n,
    head: [2147483648, 3564348608, 1266698288, 4212342371, 3595291661, 3180588708],
    tail: [2629214347, 955801623, 3831079317],
    random: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926, 0.22321073814882275, 0.7364712141640124, 0.6766994874229113, 0.8921795677048454, 0.08693883262941615, 0.4219218196852704, 0.029797219438070344, 0.21863797480360336, 0.5053552881033624, 0.026535969683863625, 0.1988376506866485, 0.6498844377795232, 0.5449414806032167, 0.2204406220406967, 0.5892656838759087, 0.8094304566778266, 0.006498759678061017],
    bits: ["1", "14", "107420369", "3184935163", "4117511471858006928", "800402129360547565400942494185", "7457015953378763802413959751031804000916776212369606495435802671252786890741058315189638100583370909922251803578303552338187871276241562076179815141266737053030709746101303541221612748706397540380389326191203290453519385694597086199827560286107087836713502873182858429006147210892559577782140779914931"],
    afterIndex: 43,
    afterHead: [2468570525, 44967195, 2667364560],
  },
  {
    seed: 4294967301n,
    head: [2147483648, 3029627165, 109794771, 3981675779, 280500294, 1073297245],
    tail: [562053173, 3027087687, 656747425],
    random: [0.15727238718789782, 0.2824866316461999, 0.6044540318498407, 0.014523449205355199, 0.6277755437144577, 0.7776036706010475, 0.9289472909695745, 0.6628729848114159, 0.4957741404348125, 0.3544373582027327, 0.7543685952610543, 0.8142644408515617, 0.3147820661442504, 0.6752358513735146, 0.799219368333021, 0.8845467543828216, 0.19712939834361654, 0.502654024657032, 0.4030226726498448, 0.8185893429688457],
    bits: ["0", "62", "1213270837", "8117169770", "267910309641445477", "964311255119287955848603999805", "8199159541300584396876892625350366273956733953947432993172094881304375573902615698193015602433930960661102771721326025905716432697482125779097453750531988306174051251983315752899604185742017868697209511749131224973999581150962655179622365345818573832076229718870049252527829175584109140886586975138812"],
    afterIndex: 43,
    afterHead: [2886895634, 3367529012, 3706639483],
  },
  {
    seed: -7n,
    head: [2147483648, 2261207994, 869397079, 3419597362, 2889296379, 893986693],
    tail: [1209276805, 1612667482, 2448866966],
    random: [0.32383276483316237, 0.15084917392450192, 0.6509344730398537, 0.07243628666754276, 0.5358820043066892, 0.36568891691258554, 0.057998924774706806, 0.5074357331894203, 0.03749565844198488, 0.4336456836623859, 0.06985542357461894, 0.09071301334386506, 0.42451918914251396, 0.8268521246720381, 0.12380196114964559, 0.22323896460701453, 0.6274332224055893, 0.9477089424570057, 0.5771029486174987, 0.39668047465078016],
    bits: ["0", "121", "647892279", "5990721294", "1336213610742710224", "403598562939208673953046267940", "469667412485921722229709577048488105466262097248283221868350038126425639858438387725079988362778106755344818623346287211700784836530555156351285301643769384484328081916700548022386307943820045755962402906478505549053061089439131639502080891021048190263562834512798387549461277581868987074578863986781"],
    afterIndex: 43,
    afterHead: [2209797851, 1310782419, 3119086015],
  },
  {
    seed: 1267650600228229401496703205376n,
    head: [2147483648, 1263684736, 360048318, 2441538119, 3396925044, 429371047],
    tail: [3929463476, 2317133205, 2764263619],
    random: [0.7586581712996778, 0.22562004686918613, 0.9800682106697105, 0.1302886062605253, 0.8297582356302313, 0.7485811251618, 0.37493171827249283, 0.9797978783449974, 0.6911109346964933, 0.12593785530451396, 0.5387916911616037, 0.9552843843088263, 0.34347868431372175, 0.5073047145608687, 0.63316489827821, 0.18635644372898252, 0.37269035219418134, 0.41992004581692643, 0.22747092387531231, 0.5954891678387693],
    bits: ["1", "10", "969030735", "4647307849", "2403400569355483300", "885420533456300408351625406909", "6135378539314710999324123619628373682566915048590889204006955405537457701974122799699811790107620530936870906856789326918516686581314011517876646223756087734978912703930865146522264016283592886702150612685153575612894506230315784116029305872471959054755808341085418493157783587614212588549260991550095"],
    afterIndex: 43,
    afterHead: [4049679550, 150036610, 551581872],
  },
];

const BIT_SIZES = [1, 7, 32, 33, 64, 100, 1000];

function seeded(seed: bigint): MersenneTwister {
  const mt = new MersenneTwister();
  mt.seedFromInt(seed);
  return mt;
}

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('MersenneTwister seeding and random()', () => {
  for (const c of SEEDS) {
    it(`seed ${c.seed}: state after seeding`, () => {
      const state = seeded(c.seed).getState();
      expect(state).toHaveLength(625);
      expect(state.slice(0, 6)).toEqual(c.head);
      expect(state.slice(621, 624)).toEqual(c.tail);
      expect(state[624]).toBe(624);
    });

    it(`seed ${c.seed}: first 20 random()`, () => {
      const mt = seeded(c.seed);
      const got = Array.from({ length: 20 }, () => mt.random());
      expect(got).toEqual(c.random);
    });

    it(`seed ${c.seed}: getrandbits sequence and resulting state`, () => {
      const mt = seeded(c.seed);
      for (let i = 0; i < BIT_SIZES.length; i++) {
        const v = mt.getrandbits(BIT_SIZES[i]!);
        expect(String(v)).toBe(c.bits[i]);
        // Normalised Python int: a number exactly when it is a safe integer.
        expect(typeof v).toBe(BigInt(c.bits[i]!) <= BigInt(Number.MAX_SAFE_INTEGER) ? 'number' : 'bigint');
      }
      const state = mt.getState();
      expect(state[624]).toBe(c.afterIndex);
      expect(state.slice(0, 3)).toEqual(c.afterHead);
    });

    if (c.seed >= -BigInt(Number.MAX_SAFE_INTEGER) && c.seed <= BigInt(Number.MAX_SAFE_INTEGER)) {
      it(`seed ${c.seed} given as a number seeds the same`, () => {
        const mt = new MersenneTwister();
        mt.seedFromInt(Number(c.seed));
        expect(mt.getState()).toEqual(seeded(c.seed).getState());
      });
    }
  }

  it('seeds with abs(n): -7 and 7 agree, as do -(2**100) and 2**100', () => {
    expect(seeded(-7n).getState()).toEqual(seeded(7n).getState());
    expect(seeded(-(2n ** 100n)).getState()).toEqual(seeded(2n ** 100n).getState());
    expect(seeded(7n).getState()).not.toEqual(seeded(8n).getState());
  });

  it('random.py seeding from a str and bytes (int.from_bytes(a + sha512(a).digest()))', () => {
    const fromBytes = (a: Uint8Array): bigint => {
      const all = new Uint8Array(a.length + 64);
      all.set(a);
      all.set(sha512(a), a.length);
      let hex = '0x';
      for (const b of all) hex += b.toString(16).padStart(2, '0');
      return BigInt(hex);
    };
    const hello = fromBytes(new TextEncoder().encode('hello'));
    expect(hello.toString(16)).toBe(
      '68656c6c6f9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043',
    );
    const mt = seeded(hello);
    expect([mt.random(), mt.random(), mt.random()]).toEqual([0.3537754404730722, 0.6631985810268619, 0.5476053663383964]);

    const mt2 = seeded(fromBytes(new Uint8Array([0x00, 0xff])));
    expect([mt2.random(), mt2.random(), mt2.random()]).toEqual([0.09579186693672392, 0.35840736528296036, 0.27712763518440386]);
  });

  it('seedFromBytes reads little-endian 32-bit words like seed(None) reads urandom', () => {
    expect(URANDOM_SEED_BYTES).toBe(2496);
    const bytes = new Uint8Array(URANDOM_SEED_BYTES);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 255;
    const mt = new MersenneTwister();
    mt.seedFromBytes(bytes);
    // CPython: _random.Random(int.from_bytes(bytes, 'little')) -- the same 624 key words.
    expect([mt.random(), mt.random(), mt.random()]).toEqual([0.7160462598536599, 0.6134502566619703, 0.7716040535303046]);
  });

  it('seedFromHash casts a negative hash to size_t: _random.Random(-3.5)', () => {
    const mt = new MersenneTwister();
    mt.seedFromHash(-1152921504606846979n); // hash(-3.5) on 64-bit CPython
    expect([mt.random(), mt.random(), mt.random()]).toEqual([0.4125139924995227, 0.9438666893960546, 0.5996012376791487]);
    const viaInt = new MersenneTwister();
    viaInt.seedFromInt(2n ** 64n - 1152921504606846979n);
    const viaHash = new MersenneTwister();
    viaHash.seedFromHash(-1152921504606846979n);
    expect(viaHash.getState()).toEqual(viaInt.getState());
    const pos = new MersenneTwister();
    pos.seedFromHash(12345);
    expect(pos.getState()).toEqual(seeded(12345n).getState());
  });

  it('initGenrand matches the reference MT19937 (seed 5489 gives 3499211612 first)', () => {
    const mt = new MersenneTwister();
    mt.initGenrand(5489);
    expect(mt.nextUint32()).toBe(3499211612);
    expect(mt.nextUint32()).toBe(581869302);
  });

  it('initByArray matches the reference mt19937ar.out key {0x123, 0x234, 0x345, 0x456}', () => {
    const mt = new MersenneTwister();
    mt.initByArray([0x123, 0x234, 0x345, 0x456]);
    expect([mt.nextUint32(), mt.nextUint32(), mt.nextUint32(), mt.nextUint32(), mt.nextUint32()]).toEqual([
      1067595299, 955945823, 477289528, 4107218783, 4228976476,
    ]);
  });
});

describe('MersenneTwister.getrandbits', () => {
  it('k = 31, 53, 54 around the number/bigint boundary (seed 5)', () => {
    const mt = seeded(5n);
    expect(mt.getrandbits(31)).toBe(1337671202);
    expect(mt.getrandbits(53)).toBe(6681424021477433);
    expect(mt.getrandbits(54)).toBe(14324932947803068n);
  });

  it('k = 0 returns 0 without consuming output', () => {
    const a = seeded(9n);
    const b = seeded(9n);
    expect(a.getrandbits(0)).toBe(0);
    expect(a.getrandbits(0n)).toBe(0);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('a wide result that happens to be small is normalised to a number', () => {
    // getrandbits(96) whose two high words are 0 can only be constructed via setState: untempered 0 -> 0.
    const mt = seeded(1n);
    const state = mt.getState();
    state[1] = 0;
    state[2] = 0;
    state[624] = 0;
    mt.setState(state);
    const v = mt.getrandbits(96);
    expect(typeof v).toBe('number');
  });

  it('k < 0 is a ValueError with 3.14 message, huge k an OverflowError / MemoryError', () => {
    const mt = seeded(1n);
    let e = caught(() => mt.getrandbits(-1));
    expect(pyErrorType(e)).toBe('ValueError');
    expect(pyErrorMessage(e)).toBe('Cannot convert negative int');
    e = caught(() => mt.getrandbits(-(2n ** 70n)));
    expect(pyErrorType(e)).toBe('ValueError');
    e = caught(() => mt.getrandbits(2n ** 64n));
    expect(pyErrorType(e)).toBe('OverflowError');
    expect(pyErrorMessage(e)).toBe('Python int too large for C uint64_t');
    e = caught(() => mt.getrandbits(2n ** 63n));
    expect(pyErrorType(e)).toBe('MemoryError');
  });
});

describe('MersenneTwister state', () => {
  it('setState(getState()) replays the same outputs', () => {
    const mt = seeded(42n);
    for (let i = 0; i < 700; i++) mt.nextUint32();
    const saved = mt.getState();
    const expected = Array.from({ length: 10 }, () => mt.random());
    const other = seeded(1n);
    other.setState(saved);
    expect(Array.from({ length: 10 }, () => other.random())).toEqual(expected);
  });

  it('copy() is independent', () => {
    const mt = seeded(3n);
    const twin = mt.copy();
    expect(twin.random()).toBe(mt.random());
    mt.random();
    expect(twin.getState()).not.toEqual(mt.getState());
  });

  it('words are truncated to 32 bits as C unsigned long -> uint32_t', () => {
    const mt = seeded(42n);
    const state: Array<number | bigint> = mt.getState();
    state[0] = 2 ** 32 + 5;
    state[1] = 2n ** 63n + 7n;
    mt.setState(state);
    const got = mt.getState();
    expect(got[0]).toBe(5);
    expect(got[1]).toBe(7);
  });

  it('rejects bad states with CPython messages and leaves the state untouched', () => {
    const mt = seeded(42n);
    const good = mt.getState();
    const cases: Array<[Array<number | bigint>, string, string]> = [
      [[1, 2, 3], 'ValueError', 'state vector is the wrong size'],
      [good.slice(0, 624), 'ValueError', 'state vector is the wrong size'],
      [[...good.slice(0, 624), 625], 'ValueError', 'invalid state'],
      [[...good.slice(0, 624), -1], 'ValueError', 'invalid state'],
      [[-1, ...good.slice(1)], 'OverflowError', "can't convert negative value to unsigned int"],
      [[2n ** 64n, ...good.slice(1)], 'OverflowError', 'Python int too large to convert to C unsigned long'],
      [[...good.slice(0, 624), 2n ** 70n], 'OverflowError', 'Python int too large to convert to C long'],
      // Words are converted before the index is looked at.
      [[-1, ...good.slice(1, 624), 999], 'OverflowError', "can't convert negative value to unsigned int"],
    ];
    for (const [state, type, message] of cases) {
      const e = caught(() => mt.setState(state));
      expect(pyErrorType(e)).toBe(type);
      expect(pyErrorMessage(e)).toBe(message);
    }
    expect(mt.getState()).toEqual(good);
  });

  it('index 0 restarts reading at word 0 without a twist (CPython: 2282758660, 1815045055)', () => {
    const state = seeded(42n).getState();
    state[624] = 0;
    const mt = new MersenneTwister();
    mt.setState(state);
    expect(mt.getrandbits(32)).toBe(2282758660);
    expect(mt.getrandbits(32)).toBe(1815045055);
  });
});
