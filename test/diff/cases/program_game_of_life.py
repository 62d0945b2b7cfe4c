# Conway's Game of Life on a wrapping grid with sets of live cells (tuples, not strings), pattern
# parsing, generation stepping, cycle detection and rendering.
GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
BEACON = """
##..
##..
..##
..##
"""

def parse(pattern, ox=0, oy=0):
    cells = set()
    for y, row in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x + ox, y + oy))
    return cells

class Life:
    def __init__(self, width, height, cells):
        self.w, self.h = width, height
        self.cells = {(x % width, y % height) for x, y in cells}
        self.generation = 0

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield ((x + dx) % self.w, (y + dy) % self.h)

    def step(self):
        counts = {}
        for x, y in self.cells:
            for n in self.neighbours(x, y):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.cells)}
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))

    def signature(self):
        return tuple(sorted(self.cells))

world = Life(8, 8, parse(GLIDER))
for _ in range(4):
    print(f"generation {world.generation}, population {len(world.cells)}")
    print(world.render())
    world.step()
seen = {}
while world.signature() not in seen:
    seen[world.signature()] = world.generation
    world.step()
print("glider cycle: generation", world.generation, "repeats", seen[world.signature()], "period", world.generation - seen[world.signature()])

for name, pattern in [("blinker", BLINKER), ("beacon", BEACON)]:
    life = Life(6, 6, parse(pattern, 1, 1))
    start = life.signature()
    life.step()
    mid = life.signature()
    life.step()
    print(name, "oscillates with period 2:", life.signature() == start and mid != start)

import random
rng = random.Random(7)
soup = Life(20, 10, {(rng.randrange(20), rng.randrange(10)) for _ in range(70)})
history = []
for _ in range(30):
    history.append(len(soup.cells))
    soup.step()
print("soup populations:", history)
print(soup.render())
