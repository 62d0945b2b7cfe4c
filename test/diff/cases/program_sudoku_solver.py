# A sudoku solver: parsing a grid, constraint propagation with sets of candidates, backtracking search
# with the most-constrained-cell heuristic, validation and pretty printing.
PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]

DIGITS = set(range(1, 10))

def parse(text):
    grid = [[0] * 9 for _ in range(9)]
    for i, ch in enumerate(text):
        grid[i // 9][i % 9] = 0 if ch == "." else int(ch)
    return grid

def peers(r, c):
    cells = {(r, j) for j in range(9)} | {(i, c) for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    cells |= {(br + i, bc + j) for i in range(3) for j in range(3)}
    cells.discard((r, c))
    return cells

PEERS = {(r, c): peers(r, c) for r in range(9) for c in range(9)}

def candidates(grid, r, c):
    return DIGITS - {grid[pr][pc] for pr, pc in PEERS[(r, c)]}

class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.backtracks = 0

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        cands = candidates(self.grid, r, c)
                        if not cands:
                            return False
                        if len(cands) == 1:
                            self.grid[r][c] = cands.pop()
                            changed = True
        return True

    def best_cell(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    n = len(candidates(self.grid, r, c))
                    if best is None or n < best[0]:
                        best = (n, r, c)
        return best

    def solve(self):
        saved = [row[:] for row in self.grid]
        if not self.propagate():
            self.grid = saved
            return False
        cell = self.best_cell()
        if cell is None:
            return True
        _, r, c = cell
        for d in sorted(candidates(self.grid, r, c)):
            self.guesses += 1
            before = [row[:] for row in self.grid]
            self.grid[r][c] = d
            if self.solve():
                return True
            self.backtracks += 1
            self.grid = before
        self.grid = saved
        return False

def valid(grid):
    units = [[(r, c) for c in range(9)] for r in range(9)]
    units += [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[r][c] for r, c in unit) == list(range(1, 10)) for unit in units)

def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)

for n, text in enumerate(PUZZLES, 1):
    grid = parse(text)
    solver = Solver(grid)
    ok = solver.solve()
    print(f"Puzzle {n}: {'solved' if ok else 'no solution'}; givens={sum(ch != '.' for ch in text)} guesses={solver.guesses} backtracks={solver.backtracks}")
    print(show(solver.grid))
    print("valid:", valid(solver.grid))
    print()
bad = parse("12345678." + "........9" + "." * 63)
print("contradiction:", Solver(bad).solve())
