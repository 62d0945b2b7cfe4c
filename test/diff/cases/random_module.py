# random with fixed seeds: the Mersenne Twister sequences must be identical (random, randint, randrange,
# choice, choices, shuffle, sample, uniform, gauss, getrandbits, Random instances, getstate/setstate,
# seeding with str/bytes). Distributions computed with the C library's log/exp/cos (gauss, ...) are
# rounded to 12 digits: their last bits are the C library's, not CPython's.
import random

def r12(values):
    return [round(v, 12) for v in values]

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

random.seed(42)
show("random", lambda: [random.random() for _ in range(5)])
random.seed(42)
show("same again", lambda: random.random())
show("randint", lambda: [random.randint(1, 6) for _ in range(20)])
show("randrange", lambda: [random.randrange(0, 100, 5) for _ in range(10)] + [random.randrange(10) for _ in range(5)])
show("randrange big", lambda: [random.randrange(10 ** 30) for _ in range(3)])
show("choice", lambda: [random.choice("abcdefg") for _ in range(10)])
show("choice empty", lambda: random.choice([]))
show("choices", lambda: (random.choices(range(10), k=5), random.choices("abc", weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 2], k=4)))
def shuffled():
    deck = list(range(20))
    random.shuffle(deck)
    return deck
show("shuffle", shuffled)
show("sample", lambda: (random.sample(range(100), 5), random.sample("abcdef", 3), random.sample(range(5), 5)))
show("sample too big", lambda: random.sample(range(3), 5))
show("uniform", lambda: [random.uniform(-1, 1) for _ in range(3)])
show("gauss", lambda: r12([random.gauss(0, 1) for _ in range(4)]))
show("normalvariate", lambda: r12([random.normalvariate(10, 2) for _ in range(2)]))
show("expovariate triangular", lambda: (r12([random.expovariate(1.5)]), random.triangular(0, 10, 3)))
show("betavariate gammavariate", lambda: r12([random.betavariate(2, 3), random.gammavariate(2, 1)]))
show("getrandbits", lambda: (random.getrandbits(1), random.getrandbits(32), random.getrandbits(100)))
show("randbytes", lambda: random.randbytes(8))
show("binomialvariate", lambda: [random.binomialvariate(10, 0.3) for _ in range(5)])
def instances():
    a = random.Random(7)
    b = random.Random(7)
    return [a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.randint(0, 1000)
show("independent instances", instances)
def state():
    r = random.Random(123)
    st = r.getstate()
    first = [r.random() for _ in range(3)]
    r.setstate(st)
    return first == [r.random() for _ in range(3)]
show("getstate/setstate", state)
def str_seed():
    random.seed("hello world")
    a = random.random()
    random.seed(b"hello world")
    b = random.random()
    random.seed(2 ** 100 + 17)
    c = random.random()
    random.seed(-5)
    d = random.random()
    return a, b, c, d
show("seed kinds", str_seed)
def float_seed():
    random.seed(3.5)
show("seed float", float_seed)
random.seed(0)
def monte_carlo():
    inside = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1)
    return inside, 4 * inside / 5000
show("monte carlo", monte_carlo)
def dice_histogram():
    rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
    return [rolls.count(n) for n in range(2, 13)]
show("dice histogram", dice_histogram)
show("randint bad", lambda: random.randint(5, 1))
show("randrange step zero", lambda: random.randrange(0, 10, 0))
show("randrange float", lambda: random.randrange(1.5))
