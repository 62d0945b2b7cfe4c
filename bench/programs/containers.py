# List and dict work: appends, indexing, dict counting, sorting, comprehensions.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
counts = {}
data = []
for i in range(300_000 // SCALE):
    k = (i * 7919) % 1000
    data.append(k)
    counts[k] = counts.get(k, 0) + 1
squares = [x * x for x in data if x % 2]
data.sort()
print(len(counts), sum(squares) % 1000003, data[len(data) // 2])
