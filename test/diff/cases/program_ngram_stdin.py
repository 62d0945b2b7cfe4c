# stdin: The Road Not Taken\n\nTwo roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler, long I stood\nAnd looked down one as far as I could\nTo where it bent in the undergrowth;\n\nThen took the other, as just as fair,\nAnd having perhaps the better claim,\nBecause it was grassy and wanted wear;\nThough as for that the passing there\nHad worn them really about the same,\n\nAnd both that morning equally lay\nIn leaves no step had trodden black.\nOh, I kept the first for another day!\nYet knowing how way leads on to way,\nI doubted if I should ever come back.\n\nI shall be telling this with a sigh\nSomewhere ages and ages hence:\nTwo roads diverged in a wood, and I—\nI took the one less traveled by,\nAnd that has made all the difference.\n
"""Read a poem from stdin, build word and character n-gram models, generate text deterministically, print stats."""
import heapq
import itertools
import random
import string
import sys
from bisect import bisect_right
from collections import ChainMap, Counter, defaultdict, deque
from itertools import accumulate, batched, chain, islice, pairwise, starmap, tee


def read_stanzas(stream):
    title = stream.readline().rstrip("\n")
    rest = stream.read()
    stanzas = [s.splitlines() for s in rest.strip("\n").split("\n\n")]
    return title, stanzas


def words_of(line):
    table = str.maketrans({c: " " for c in string.punctuation + "\u2014"})
    return line.translate(table).lower().split()


def ngrams(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


title, stanzas = read_stanzas(sys.stdin)
print(f"title={title!r} stanzas={len(stanzas)} lines={sum(map(len, stanzas))}")
print("stdin at EOF:", repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readable(), sys.stdin.encoding.lower())
lines = list(chain.from_iterable(stanzas))
words = [w for ln in lines for w in words_of(ln)]
print("words:", len(words), "distinct:", len(set(words)), "chars:", sum(len(ln) for ln in lines))

freq = Counter(words)
print("top:", freq.most_common(8))
print("hapax:", sorted(w for w, c in freq.items() if c == 1)[:12])
print("by length:", sorted(Counter(map(len, words)).items()))
longest = heapq.nlargest(5, set(words), key=lambda w: (len(w), w))
shortest = heapq.nsmallest(5, set(words), key=lambda w: (len(w), w))
print("longest:", longest, "shortest:", shortest)

bigrams = Counter(ngrams(words, 2))
trigrams = Counter(ngrams(words, 3))
print("bigrams:", [(" ".join(k), v) for k, v in bigrams.most_common(5)])
print("trigrams:", [(" ".join(k), v) for k, v in trigrams.most_common(3)])
print("pairwise same as ngrams:", list(pairwise(words[:5])) == list(ngrams(words[:5], 2)))

# Character trigram model over letters only, with cumulative weights for sampling.
letters = "".join(c if c.isalpha() else " " for c in " ".join(lines).lower())
letters = " ".join(letters.split())
model = defaultdict(Counter)
for a, b, c in ngrams(letters, 3):
    model[a + b][c] += 1
print("contexts:", len(model), "after 'th':", sorted(model["th"].items()), "after 'ro':", dict(model["ro"]))


def sample(counter, rng):
    keys = sorted(counter)
    cum = list(accumulate(counter[k] for k in keys))
    return keys[bisect_right(cum, rng.random() * cum[-1])]


rng = random.Random(2024)
text = "tw"
for _ in range(80):
    ctx = text[-2:]
    if ctx not in model:
        break
    text += sample(model[ctx], rng)
print("generated:", text)

# Word-level Markov chain
follow = defaultdict(list)
for a, b in pairwise(words):
    follow[a].append(b)
rng = random.Random(7)
w = "two"
out = [w]
for _ in range(15):
    w = rng.choice(follow.get(w, words))
    out.append(w)
print("markov:", " ".join(out))
print("choices:", rng.choices(["a", "b", "c"], weights=[5, 1, 1], k=8), rng.sample(range(100), 5), rng.randint(1, 6))
shuffled = list(range(10))
rng.shuffle(shuffled)
print("shuffled:", shuffled, round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6), rng.randrange(0, 100, 7), rng.getrandbits(40))

# Rhyme-ish grouping by last two letters of line endings
endings = defaultdict(list)
for ln in lines:
    last = words_of(ln)[-1]
    endings[last[-2:]].append(last)
print("endings:", {k: v for k, v in sorted(endings.items()) if len(v) > 1})

# Sliding window: the most repeated word within any 10-word window
window = deque(maxlen=10)
best = (0, "", 0)
counts = Counter()
for i, w in enumerate(words):
    if len(window) == window.maxlen:
        counts[window[0]] -= 1
    window.append(w)
    counts[w] += 1
    top, n = counts.most_common(1)[0]
    if n > best[0]:
        best = (n, top, i)
print("densest window:", best, "counts <= freq:", counts <= freq, +counts == counts)

# Layout: line numbers, widths, column stats
width = max(map(len, lines))
for n, ln in enumerate(lines[:6], 1):
    print(f"{n:>3}| {ln:<{width}} |{len(words_of(ln)):>3}")
for chunk in batched(words[:23], 6):
    print("   ", " ".join(f"{w:<9.9}" for w in chunk))
try:
    list(batched("abcdefg", 3, strict=True))
except ValueError as exc:
    print("ValueError:", exc)
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as exc:
    print("ValueError:", exc)

caps = Counter(c for c in " ".join(lines) if c.isupper())
vowels = Counter(c for c in letters if c in "aeiou")
print("caps:", sorted(caps.elements())[:20], "vowels:", vowels.most_common(), "total", vowels.total())
cfg = ChainMap({"width": 40}, {"width": 80, "indent": 2})
print(cfg["width"], cfg["indent"], len(cfg), cfg.maps[1], dict(cfg.new_child({"x": 1})))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(islice(itertools.cycle("ab"), 5)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.dropwhile(lambda w: len(w) < 5, words[:8])))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(words[:30], key=len), key=len)])
print(list(itertools.combinations("abcd", 2))[:4], list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=10)))
print(string.ascii_letters[:30], string.hexdigits, repr(string.whitespace), string.Formatter().vformat("{0}-{x}", ("a",), {"x": "b"}))
