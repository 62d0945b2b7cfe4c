# Maze solving: parse an ASCII maze, breadth-first search with a deque, depth-first search with an
# explicit stack, A* with heapq, path reconstruction and drawing the path back into the maze.
from collections import deque
import heapq

MAZE = """\
###############
#S    #       #
# ### # ##### #
# #   #     # #
# # ##### # # #
# #     # #   #
# ##### # ### #
#     #   #  E#
###############"""

grid = [list(row) for row in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, goal = find("S"), find("E")
print("size", W, "x", H, "start", start, "goal", goal)

def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield (nr, nc)

def rebuild(came_from, end):
    path = [end]
    while came_from[path[-1]] is not None:
        path.append(came_from[path[-1]])
    return path[::-1]

def bfs():
    came_from = {start: None}
    queue = deque([start])
    expanded = 0
    while queue:
        cur = queue.popleft()
        expanded += 1
        if cur == goal:
            return rebuild(came_from, cur), expanded
        for n in neighbours(cur):
            if n not in came_from:
                came_from[n] = cur
                queue.append(n)
    return None, expanded

def dfs():
    came_from = {start: None}
    stack = [start]
    expanded = 0
    while stack:
        cur = stack.pop()
        expanded += 1
        if cur == goal:
            return rebuild(came_from, cur), expanded
        for n in neighbours(cur):
            if n not in came_from:
                came_from[n] = cur
                stack.append(n)
    return None, expanded

def astar():
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    came_from = {start: None}
    cost = {start: 0}
    heap = [(h(start), 0, start)]
    expanded = 0
    while heap:
        _, g, cur = heapq.heappop(heap)
        if g > cost[cur]:
            continue
        expanded += 1
        if cur == goal:
            return rebuild(came_from, cur), expanded
        for n in neighbours(cur):
            ng = g + 1
            if ng < cost.get(n, float("inf")):
                cost[n] = ng
                came_from[n] = cur
                heapq.heappush(heap, (ng + h(n), ng, n))
    return None, expanded

for name, algo in (("bfs", bfs), ("dfs", dfs), ("a*", astar)):
    path, expanded = algo()
    print(f"{name}: length {len(path) - 1}, expanded {expanded}")
path, _ = bfs()
drawn = [row[:] for row in grid]
for r, c in path[1:-1]:
    drawn[r][c] = "."
print("\n".join("".join(row) for row in drawn))
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns on shortest path:", turns)
grid[7][12] = "#"
print("after blocking exit:", bfs()[0])
