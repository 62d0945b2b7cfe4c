# Float arithmetic: a numerical integration and a Mandelbrot-style iteration.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h

def escape(cr, ci, limit):
    zr = zi = 0.0
    for k in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return k
    return limit

print(round(integrate(1_000_000 // SCALE), 10))
print(sum(escape(-2.0 + x * 0.05, -1.0 + y * 0.05, 50) for x in range(60) for y in range(40)))
