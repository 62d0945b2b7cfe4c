// Checks the cmath module against CPython 3.14: the expected output was printed by CPython (pyodide
// 3.14.2) running the same programs. EXACT covers everything CPython computes exactly (C99 Annex G
// special values for every function over all classes of real and imaginary parts, signed zeros and
// branch cuts, errors, exact square roots, argument conversion and messages, constants) and must match
// line for line. APPROX runs every function on ordinary arguments; there the real functions underneath
// (JavaScript's exp, log, sin, cosh, ... against the C library of CPython's build) may differ in the last
// bits, so each part must be within 8 ulps, or within 2**-50 of the result's larger part (complex
// functions are accurate normwise, and a small part can carry the cancellation error of the large one).
import { beforeAll, describe, expect, it } from 'vitest';
import { runPyrewind } from '../harness/pyrewind.js';
import type { RunResult } from '../harness/program.js';

function run(name: string, program: string): Promise<RunResult> {
  return runPyrewind({
    name,
    files: new Map([['main.py', new TextEncoder().encode(program)]]),
    main: 'main.py',
    argv: [],
    stdin: '',
  });
}

const EXACT_PROGRAM = String.raw`import cmath, math
inf = math.inf; nan = math.nan
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
reps = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'rect']:
    f = getattr(cmath, name)
    row = []
    for x in reps:
        for y in reps:
            if math.isfinite(x) and math.isfinite(y):
                continue
            try:
                r = f(x, y) if name == 'rect' else f(complex(x, y))
                row.append(repr(r))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, ' '.join(row))
zeros = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    show(name + ' zeros', lambda: [getattr(cmath, name)(z) for z in zeros])
show('log zeros', lambda: cmath.log(complex(-0.0, 0.0)))
show('rect zeros', lambda: [cmath.rect(x, y) for x in (0.0, -0.0, 2.0, -2.0) for y in (0.0, -0.0)])
show('sqrt exact', lambda: [cmath.sqrt(z) for z in (-1, -4, 4, complex(-4, -0.0), 3+4j, -3+4j, 3-4j, -9j, 2j, complex(5e-324, 5e-324), complex(1e308, 1e308), complex(-1e-320, 0))])
show('atanh poles', lambda: cmath.atanh(1))
show('atanh -1', lambda: cmath.atanh(-1))
show('atanh 1-0j', lambda: cmath.atanh(complex(1, -0.0)))
show('atan i', lambda: cmath.atan(1j))
show('atan -i', lambda: cmath.atan(-1j))
show('log 0', lambda: cmath.log(0))
show('log10 0', lambda: cmath.log10(0j))
show('log 0 base 2', lambda: cmath.log(0, 2))
show('log base 1', lambda: cmath.log(2, 1))
show('log base 0', lambda: cmath.log(2, 0))
show('log 8 base 2', lambda: cmath.log(8, 2))
show('log 1', lambda: cmath.log(1))
show('log -1', lambda: cmath.log(-1))
show('log10 100', lambda: cmath.log10(100))
show('exp 0', lambda: cmath.exp(0))
show('exp ovf', lambda: cmath.exp(1000))
show('exp ovf2', lambda: cmath.exp(complex(710, 1)))
show('exp under', lambda: cmath.exp(-1000))
show('cosh ovf', lambda: cmath.cosh(1000))
show('sinh ovf', lambda: cmath.sinh(complex(-1000, 1)))
show('cos ovf', lambda: cmath.cos(1000j))
show('sin ovf', lambda: cmath.sin(complex(1, 1000)))
show('tanh big', lambda: (cmath.tanh(1000), cmath.tanh(complex(-1000, 2)), cmath.tan(complex(1, 1000))))
show('cos inf', lambda: cmath.cos(inf))
show('sin inf', lambda: cmath.sin(complex(inf, 0)))
show('tan inf', lambda: cmath.tan(inf))
show('rect inf', lambda: cmath.rect(1, inf))
show('rect 0 inf', lambda: cmath.rect(0, inf))
show('rect nan inf', lambda: cmath.rect(nan, inf))
show('rect inf phi', lambda: [cmath.rect(r, phi) for r in (inf, -inf) for phi in (1.0, 2.0, -1.0, -2.0, 4.0)])
show('exp inf phi', lambda: [cmath.exp(complex(x, y)) for x in (inf, -inf) for y in (1.0, 2.0, -1.0, -2.0, 4.0)])
show('cosh inf phi', lambda: [cmath.cosh(complex(x, y)) for x in (inf, -inf) for y in (1.0, 2.0, -1.0, -2.0, 4.0)])
show('sinh inf phi', lambda: [cmath.sinh(complex(x, y)) for x in (inf, -inf) for y in (1.0, 2.0, -1.0, -2.0, 4.0)])
show('tanh inf phi', lambda: [cmath.tanh(complex(x, y)) for x in (inf, -inf) for y in (1.0, 2.0, -1.0, -2.0, 4.0)])
show('branch cuts sqrt', lambda: (cmath.sqrt(complex(-2, 0.0)), cmath.sqrt(complex(-2, -0.0))))
show('branch cuts log', lambda: (cmath.log(complex(-2, 0.0)).imag, cmath.log(complex(-2, -0.0)).imag))
show('branch cuts acos', lambda: (cmath.acos(complex(2, 0.0)).imag > 0, cmath.acos(complex(2, -0.0)).imag > 0))
show('branch cuts asin', lambda: (cmath.asin(complex(2, 0.0)).imag > 0, cmath.asin(complex(2, -0.0)).imag > 0))
show('branch cuts atan', lambda: (cmath.atan(complex(0.0, 2)).real > 0, cmath.atan(complex(-0.0, 2)).real > 0))
show('branch cuts atanh', lambda: (cmath.atanh(complex(2, 0.0)).imag > 0, cmath.atanh(complex(2, -0.0)).imag > 0))
show('branch cuts acosh', lambda: (cmath.acosh(complex(-2, 0.0)).imag > 0, cmath.acosh(complex(-2, -0.0)).imag > 0))
show('branch cuts asinh', lambda: (cmath.asinh(complex(0.0, 2)).real > 0, cmath.asinh(complex(-0.0, 2)).real > 0))
show('phase', lambda: (cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(complex(0.0, -0.0)), cmath.phase(complex('nan')), cmath.phase(1j), cmath.phase(complex(-inf, inf))))
show('polar', lambda: (cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, -inf)), cmath.polar(complex(nan, 1))))
show('polar big', lambda: cmath.polar(complex(1e308, 1e308)))
show('polar ovf', lambda: cmath.polar(complex(1.7e308, 1.7e308)))
show('isclose', lambda: (cmath.isclose(1, 1 + 1e-10), cmath.isclose(1, 1 + 1e-8), cmath.isclose(1j, 1.0000000001j), cmath.isclose(0, 1e-10), cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isclose(1, 1.1, rel_tol=0.1)))
show('isclose special', lambda: (cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(1e308j, -1e308j, abs_tol=inf), cmath.isclose(complex(inf, 1), complex(inf, 2))))
show('isclose kw only', lambda: cmath.isclose(a=1, b=1))
show('isclose 3 pos', lambda: cmath.isclose(1, 2, 3))
show('isclose 1 arg', lambda: cmath.isclose(1))
show('isclose neg tol', lambda: cmath.isclose(1, 2, rel_tol=-1))
show('isclose neg abs', lambda: cmath.isclose(1, 2, abs_tol=-0.5))
show('isclose bad kw', lambda: cmath.isclose(1, 2, foo=1))
show('isclose str tol', lambda: cmath.isclose(1, 2, rel_tol='x'))
show('isclose str arg', lambda: cmath.isclose('a', 2))
show('isfinite', lambda: (cmath.isfinite(1), cmath.isfinite(complex(inf, 0)), cmath.isfinite(complex(0, nan)), cmath.isfinite(10**300)))
show('isinf', lambda: (cmath.isinf(1), cmath.isinf(complex(1, -inf)), cmath.isinf(complex(nan, 0))))
show('isnan', lambda: (cmath.isnan(1), cmath.isnan(complex(0, nan)), cmath.isnan(complex(inf, 0))))
show('consts', lambda: (cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.nan).__name__, type(cmath.nanj).__name__))
show('names', lambda: sorted(n for n in dir(cmath) if not n.startswith('_')))
show('doc', lambda: cmath.__doc__)
class C:
    def __complex__(self): return 1+2j
class CF:
    def __complex__(self): return 1.5
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return -7
class FF:
    def __float__(self): return 'x'
class Both:
    def __complex__(self): return -4+0j
    def __float__(self): return 1.0
class CBad:
    def __complex__(self): raise KeyError('k')
class CSub(complex): pass
class FSub(float): pass
show('arg str', lambda: cmath.sqrt('x'))
show('arg none', lambda: cmath.exp(None))
show('arg __complex__', lambda: cmath.sqrt(C()) == cmath.sqrt(1+2j))
show('arg __complex__ float', lambda: cmath.sqrt(CF()))
show('arg __float__', lambda: cmath.sqrt(F()) == cmath.sqrt(2.5))
show('arg __index__', lambda: cmath.sqrt(I()))
show('arg bad __float__', lambda: cmath.sqrt(FF()))
show('arg both', lambda: cmath.sqrt(Both()))
show('arg raising', lambda: cmath.sqrt(CBad()))
show('arg huge int', lambda: cmath.sqrt(10**400))
show('arg bool', lambda: cmath.sqrt(True))
show('arg subclasses', lambda: (cmath.sqrt(CSub(-4, 0)), cmath.sqrt(FSub(-4.0))))
show('0 args', lambda: cmath.sqrt())
show('2 args', lambda: cmath.acos(1, 2))
show('kw', lambda: cmath.tanh(z=1))
show('log 0 args', lambda: cmath.log())
show('log 3 args', lambda: cmath.log(1, 2, 3))
show('log kw', lambda: cmath.log(1, base=2))
show('log bad base', lambda: cmath.log(1, 'x'))
show('log None base', lambda: cmath.log(8, None))
show('rect 1 arg', lambda: cmath.rect(1))
show('rect 3 args', lambda: cmath.rect(1, 2, 3))
show('rect str', lambda: cmath.rect('a', 1))
show('rect complex', lambda: cmath.rect(1j, 1))
show('rect kw', lambda: cmath.rect(r=1, phi=1))
show('polar 2 args', lambda: cmath.polar(3, 4))
show('phase str', lambda: cmath.phase('s'))
`;

const EXACT_EXPECTED = String.raw`acos (2.356194490192345+infj) (3.141592653589793+infj) (3.141592653589793+infj) (3.141592653589793-infj) (3.141592653589793-infj) (2.356194490192345-infj) (nan+infj) (1.5707963267948966+infj) (1.5707963267948966-infj) (nan+nanj) (1.5707963267948966+infj) (1.5707963267948966-infj) (1.5707963267948966+nanj) (1.5707963267948966+infj) (1.5707963267948966-infj) (1.5707963267948966+nanj) (1.5707963267948966+infj) (1.5707963267948966-infj) (nan+nanj) (0.7853981633974483+infj) infj infj -infj -infj (0.7853981633974483-infj) (nan+infj) (nan+infj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (nan-infj) (nan+nanj)
acosh (inf-2.356194490192345j) (inf-3.141592653589793j) (inf-3.141592653589793j) (inf+3.141592653589793j) (inf+3.141592653589793j) (inf+2.356194490192345j) (inf+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+1.5707963267948966j) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+1.5707963267948966j) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-0.7853981633974483j) (inf-0j) (inf-0j) (inf+0j) (inf+0j) (inf+0.7853981633974483j) (inf+nanj) (inf+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (inf+nanj) (nan+nanj)
asin (-0.7853981633974483-infj) (-1.5707963267948966-infj) (-1.5707963267948966-infj) (-1.5707963267948966+infj) (-1.5707963267948966+infj) (-0.7853981633974483+infj) (nan-infj) (-0-infj) (-0+infj) (nan+nanj) (-0-infj) (-0+infj) (-0+nanj) -infj infj nanj -infj infj (nan+nanj) (0.7853981633974483-infj) (1.5707963267948966-infj) (1.5707963267948966-infj) (1.5707963267948966+infj) (1.5707963267948966+infj) (0.7853981633974483+infj) (nan-infj) (nan-infj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+infj) (nan+nanj)
asinh (-inf-0.7853981633974483j) (-inf-0j) (-inf-0j) (-inf+0j) (-inf+0j) (-inf+0.7853981633974483j) (-inf+nanj) (-inf-1.5707963267948966j) (-inf+1.5707963267948966j) (nan+nanj) (-inf-1.5707963267948966j) (-inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-0.7853981633974483j) (inf-0j) (inf-0j) (inf+0j) (inf+0j) (inf+0.7853981633974483j) (inf+nanj) (inf+nanj) (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) (inf+nanj) (nan+nanj)
atan (-1.5707963267948966-0j) (-1.5707963267948966-0j) (-1.5707963267948966-0j) (-1.5707963267948966+0j) (-1.5707963267948966+0j) (-1.5707963267948966+0j) (-1.5707963267948966-0j) (-1.5707963267948966-0j) (-1.5707963267948966+0j) (nan+nanj) (-1.5707963267948966-0j) (-1.5707963267948966+0j) (nan+nanj) (1.5707963267948966-0j) (1.5707963267948966+0j) (nan+nanj) (1.5707963267948966-0j) (1.5707963267948966+0j) (nan+nanj) (1.5707963267948966-0j) (1.5707963267948966-0j) (1.5707963267948966-0j) (1.5707963267948966+0j) (1.5707963267948966+0j) (1.5707963267948966+0j) (1.5707963267948966-0j) (nan-0j) (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) (nan+0j) (nan+nanj)
atanh (-0-1.5707963267948966j) (-0-1.5707963267948966j) (-0-1.5707963267948966j) (-0+1.5707963267948966j) (-0+1.5707963267948966j) (-0+1.5707963267948966j) (-0+nanj) (-0-1.5707963267948966j) (-0+1.5707963267948966j) (nan+nanj) (-0-1.5707963267948966j) (-0+1.5707963267948966j) (-0+nanj) -1.5707963267948966j 1.5707963267948966j nanj -1.5707963267948966j 1.5707963267948966j (nan+nanj) -1.5707963267948966j -1.5707963267948966j -1.5707963267948966j 1.5707963267948966j 1.5707963267948966j 1.5707963267948966j nanj -1.5707963267948966j (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) 1.5707963267948966j (nan+nanj)
cos ValueError ValueError ValueError ValueError ValueError ValueError (nan+nanj) (-inf-infj) (-inf+infj) (nan+nanj) (inf-0j) (inf+0j) (nan+0j) (inf+0j) (inf-0j) (nan+0j) (-inf+infj) (-inf-infj) (nan+nanj) ValueError ValueError ValueError ValueError ValueError ValueError (nan+nanj) (inf+nanj) (nan+nanj) (nan+0j) (nan+0j) (nan+nanj) (inf+nanj) (nan+nanj)
cosh ValueError (-inf+infj) (inf+0j) (inf-0j) (-inf-infj) ValueError (inf+nanj) ValueError ValueError (nan+nanj) ValueError ValueError (nan+0j) ValueError ValueError (nan+0j) ValueError ValueError (nan+nanj) ValueError (-inf-infj) (inf-0j) (inf+0j) (-inf+infj) ValueError (inf+nanj) (nan+nanj) (nan+nanj) (nan+0j) (nan+0j) (nan+nanj) (nan+nanj) (nan+nanj)
exp 0j (-0-0j) -0j 0j (-0+0j) 0j 0j ValueError ValueError (nan+nanj) ValueError ValueError (nan+nanj) ValueError ValueError (nan+nanj) ValueError ValueError (nan+nanj) ValueError (-inf-infj) (inf-0j) (inf+0j) (-inf+infj) ValueError (inf+nanj) (nan+nanj) (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) (nan+nanj) (nan+nanj)
log (inf-2.356194490192345j) (inf-3.141592653589793j) (inf-3.141592653589793j) (inf+3.141592653589793j) (inf+3.141592653589793j) (inf+2.356194490192345j) (inf+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-1.5707963267948966j) (inf+1.5707963267948966j) (nan+nanj) (inf-0.7853981633974483j) (inf-0j) (inf-0j) (inf+0j) (inf+0j) (inf+0.7853981633974483j) (inf+nanj) (inf+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (inf+nanj) (nan+nanj)
log10 (inf-1.023282265381381j) (inf-1.3643763538418412j) (inf-1.3643763538418412j) (inf+1.3643763538418412j) (inf+1.3643763538418412j) (inf+1.023282265381381j) (inf+nanj) (inf-0.6821881769209206j) (inf+0.6821881769209206j) (nan+nanj) (inf-0.6821881769209206j) (inf+0.6821881769209206j) (nan+nanj) (inf-0.6821881769209206j) (inf+0.6821881769209206j) (nan+nanj) (inf-0.6821881769209206j) (inf+0.6821881769209206j) (nan+nanj) (inf-0.3410940884604603j) (inf-0j) (inf-0j) (inf+0j) (inf+0j) (inf+0.3410940884604603j) (inf+nanj) (inf+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (inf+nanj) (nan+nanj)
sin ValueError ValueError ValueError ValueError ValueError ValueError (nan+nanj) (-inf+infj) (-inf-infj) (nan+nanj) (-0-infj) (-0+infj) (-0+nanj) -infj infj nanj (inf+infj) (inf-infj) (nan+nanj) ValueError ValueError ValueError ValueError ValueError ValueError (nan+nanj) (nan-infj) (nan+nanj) (nan-0j) (nan-0j) (nan+nanj) (nan-infj) (nan+nanj)
sinh ValueError (inf-infj) (-inf-0j) (-inf+0j) (inf+infj) ValueError (inf+nanj) ValueError ValueError (nan+nanj) ValueError ValueError nanj ValueError ValueError nanj ValueError ValueError (nan+nanj) ValueError (-inf-infj) (inf-0j) (inf+0j) (-inf+infj) ValueError (inf+nanj) (nan+nanj) (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) (nan+nanj) (nan+nanj)
sqrt (inf-infj) -infj -infj infj infj (inf+infj) (nan+infj) (inf-infj) (inf+infj) (nan+nanj) (inf-infj) (inf+infj) (nan+nanj) (inf-infj) (inf+infj) (nan+nanj) (inf-infj) (inf+infj) (nan+nanj) (inf-infj) (inf-0j) (inf-0j) (inf+0j) (inf+0j) (inf+infj) (inf+nanj) (inf-infj) (nan+nanj) (nan+nanj) (nan+nanj) (nan+nanj) (inf+infj) (nan+nanj)
tan -1j ValueError ValueError ValueError ValueError 1j (nan+nanj) -1j 1j (nan+nanj) (-0-1j) (-0+1j) (-0+nanj) -1j 1j nanj (-0-1j) (-0+1j) (nan+nanj) -1j ValueError ValueError ValueError ValueError 1j (nan+nanj) -1j (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) 1j (nan+nanj)
tanh (-1+0j) (-1+0j) (-1-0j) (-1+0j) (-1-0j) (-1+0j) (-1+0j) ValueError ValueError (nan+nanj) ValueError ValueError (-0+nanj) ValueError ValueError nanj ValueError ValueError (nan+nanj) (1+0j) (1+0j) (1-0j) (1+0j) (1-0j) (1+0j) (1+0j) (nan+nanj) (nan+nanj) (nan-0j) (nan+0j) (nan+nanj) (nan+nanj) (nan+nanj)
rect ValueError (inf+infj) (-inf+0j) (-inf-0j) (inf-infj) ValueError (inf+nanj) ValueError ValueError (nan+nanj) 0j 0j 0j 0j 0j 0j ValueError ValueError (nan+nanj) ValueError (-inf-infj) (inf-0j) (inf+0j) (-inf+infj) ValueError (inf+nanj) (nan+nanj) (nan+nanj) (nan+0j) (nan+0j) (nan+nanj) (nan+nanj) (nan+nanj)
acos zeros [(1.5707963267948966-0j), (1.5707963267948966-0j), (1.5707963267948966+0j), (1.5707963267948966+0j)]
acosh zeros [1.5707963267948966j, 1.5707963267948966j, -1.5707963267948966j, -1.5707963267948966j]
asin zeros [0j, (-0+0j), -0j, (-0-0j)]
asinh zeros [0j, (-0+0j), -0j, (-0-0j)]
atan zeros [0j, (-0+0j), -0j, (-0-0j)]
atanh zeros [0j, (-0+0j), -0j, (-0-0j)]
cos zeros [(1-0j), (1+0j), (1+0j), (1-0j)]
cosh zeros [(1+0j), (1-0j), (1-0j), (1+0j)]
exp zeros [(1+0j), (1+0j), (1-0j), (1-0j)]
sin zeros [0j, (-0+0j), -0j, (-0-0j)]
sinh zeros [0j, (-0+0j), -0j, (-0-0j)]
sqrt zeros [0j, 0j, -0j, -0j]
tan zeros [0j, (-0+0j), -0j, (-0-0j)]
tanh zeros [0j, (-0+0j), -0j, (-0-0j)]
log zeros ValueError math domain error
rect zeros [0j, -0j, (-0-0j), (-0+0j), (2+0j), (2-0j), (-2-0j), (-2+0j)]
sqrt exact [1j, 2j, (2+0j), -2j, (2+1j), (1+2j), (2-1j), (2.1213203435596424-2.121320343559643j), (1+1j), (2.4421097261308304e-162+1.0115549693666347e-162j), (1.09868411346781e+154+4.5508986056222734e+153j), 9.99994433575849e-161j]
atanh poles ValueError math domain error
atanh -1 ValueError math domain error
atanh 1-0j ValueError math domain error
atan i ValueError math domain error
atan -i ValueError math domain error
log 0 ValueError math domain error
log10 0 ValueError math domain error
log 0 base 2 (-inf+nanj)
log base 1 ValueError math domain error
log base 0 ValueError math domain error
log 8 base 2 (3+0j)
log 1 0j
log -1 3.141592653589793j
log10 100 (2+0j)
exp 0 (1+0j)
exp ovf OverflowError math range error
exp ovf2 OverflowError math range error
exp under 0j
cosh ovf OverflowError math range error
sinh ovf OverflowError math range error
cos ovf OverflowError math range error
sin ovf OverflowError math range error
tanh big ((1+0j), (-1-0j), 1j)
cos inf ValueError math domain error
sin inf ValueError math domain error
tan inf ValueError math domain error
rect inf ValueError math domain error
rect 0 inf 0j
rect nan inf (nan+nanj)
rect inf phi [(inf+infj), (-inf+infj), (inf-infj), (-inf-infj), (-inf-infj), (-inf-infj), (inf-infj), (-inf+infj), (inf+infj), (inf+infj)]
exp inf phi [(inf+infj), (-inf+infj), (inf-infj), (-inf-infj), (-inf-infj), 0j, (-0+0j), -0j, (-0-0j), (-0-0j)]
cosh inf phi [(inf+infj), (-inf+infj), (inf-infj), (-inf-infj), (-inf-infj), (inf-infj), (-inf-infj), (inf+infj), (-inf+infj), (-inf+infj)]
sinh inf phi [(inf+infj), (-inf+infj), (inf-infj), (-inf-infj), (-inf-infj), (-inf+infj), (inf+infj), (-inf-infj), (inf-infj), (inf-infj)]
tanh inf phi [(1+0j), (1-0j), (1-0j), (1+0j), (1+0j), (-1+0j), (-1-0j), (-1-0j), (-1+0j), (-1+0j)]
branch cuts sqrt (1.4142135623730951j, -1.4142135623730951j)
branch cuts log (3.141592653589793, -3.141592653589793)
branch cuts acos (False, True)
branch cuts asin (True, False)
branch cuts atan (True, False)
branch cuts atanh (True, False)
branch cuts acosh (True, False)
branch cuts asinh (True, False)
phase (3.141592653589793, -3.141592653589793, 3.141592653589793, -0.0, nan, 1.5707963267948966, 2.356194490192345)
polar ((5.0, 0.9272952180016122), (1.0, 3.141592653589793), (inf, nan), (inf, nan), (nan, nan))
polar big (1.4142135623730951e+308, 0.7853981633974483)
polar ovf OverflowError math range error
isclose (True, False, True, False, True, True)
isclose special (True, False, False, True, False)
isclose kw only True
isclose 3 pos TypeError isclose() takes exactly 2 positional arguments (3 given)
isclose 1 arg TypeError isclose() missing required argument 'b' (pos 2)
isclose neg tol ValueError tolerances must be non-negative
isclose neg abs ValueError tolerances must be non-negative
isclose bad kw TypeError isclose() got an unexpected keyword argument 'foo'
isclose str tol TypeError must be real number, not str
isclose str arg TypeError must be real number, not str
isfinite (True, False, False, True)
isinf (False, True, False)
isnan (False, True, False)
consts (3.141592653589793, 2.718281828459045, 6.283185307179586, inf, infj, nan, nanj, 'float', 'complex')
names ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']
doc 'This module provides access to mathematical functions for complex\nnumbers.'
arg str TypeError must be real number, not str
arg none TypeError must be real number, not NoneType
arg __complex__ True
arg __complex__ float TypeError __complex__ returned non-complex (type float)
arg __float__ True
arg __index__ 2.6457513110645907j
arg bad __float__ TypeError FF.__float__ returned non-float (type str)
arg both 2j
arg raising KeyError 'k'
arg huge int OverflowError int too large to convert to float
arg bool (1+0j)
arg subclasses (2j, 2j)
0 args TypeError cmath.sqrt() takes exactly one argument (0 given)
2 args TypeError cmath.acos() takes exactly one argument (2 given)
kw TypeError cmath.tanh() takes no keyword arguments
log 0 args TypeError log expected at least 1 argument, got 0
log 3 args TypeError log expected at most 2 arguments, got 3
log kw TypeError cmath.log() takes no keyword arguments
log bad base TypeError must be real number, not str
log None base TypeError must be real number, not NoneType
rect 1 arg TypeError rect expected 2 arguments, got 1
rect 3 args TypeError rect expected 2 arguments, got 3
rect str TypeError must be real number, not str
rect complex TypeError must be real number, not complex
rect kw TypeError cmath.rect() takes no keyword arguments
polar 2 args TypeError cmath.polar() takes exactly one argument (2 given)
phase str TypeError must be real number, not str
`;

const APPROX_PROGRAM = String.raw`import cmath
Z = [complex(float.fromhex(a), float.fromhex(b)) for a, b in (
    ('0x1.8p+0', '0x1.4p+1'), ('-0x1.3333333333333p-2', '0x1.999999999999ap-1'), ('0x1.921fb54442d18p+1', '-0x1p-3'),
    ('-0x1.5p+3', '-0x1.2p+2'), ('0x1.0p-30', '0x1.0p+0'), ('0x1.c71c71c71c71cp-1', '0x1.0p-20'), ('0x1.5bf0a8b145769p+1', '0x1.0p+1'),
    ('-0x1.0p+9', '0x1.8p+0'), ('0x1.6p+9', '-0x1.0p-1'), ('0x1.0p+500', '0x1.0p+499'), ('-0x1.0p-600', '0x1.8p-600'),
    ('0x1.9999999999999ap-4', '-0x1.47ae147ae147bp-7'), ('0x1.0p+0', '0x1.0p-40'), ('-0x1.0p+0', '-0x1.0p-40'),
    ('0x1.6a09e667f3bcdp-1', '0x1.6a09e667f3bcdp-1'), ('0x1.4cccccccccccdp+0', '-0x1.e666666666666p-1'),
    ('0x1.0p+1000', '-0x1.0p+1000'), ('0x1.2p+6', '0x1.2p+6'), ('-0x1.8p+5', '0x1.0p+0'), ('0x1.0p-1070', '0x1.0p-1072'),
)]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'rect', 'logbase', 'polar', 'phase']:
    out = []
    for z in Z:
        try:
            if name == 'rect': r = cmath.rect(z.real, z.imag)
            elif name == 'logbase': r = cmath.log(z, 3 - 1j)
            else: r = getattr(cmath, name)(z)
            if isinstance(r, tuple): r = complex(*r)
            if isinstance(r, float): r = complex(r, 0)
            out.append(r.real.hex() + ',' + r.imag.hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
`;

const APPROX_EXPECTED = String.raw`acos 0x1.0e24b9cd468f8p+0,-0x1.c714e1aeb87c4p+0 0x1.cdfc4d0875ffap+0,-0x1.8006841e3aa03p-1 0x1.5798f6b93abc1p-5,0x1.cffd0275c363ep+0 0x1.5e1e938bd3504p+1,0x1.905257bf43698p+1 0x1.921fb5416ebddp+0,-0x1.c34366179d427p-1 0x1.e74dad2c39ceep-2,-0x1.1766aa8f5d802p-19 0x1.4fb3b30bc839ap-1,-0x1.e74fed71019cfp+0 0x1.91bfb54a42d6bp+1,-0x1.bb9d49eb8dd6bp+2 0x1.745d2bc9e48edp-11,0x1.cffec69ed9a51p+2 0x1.dac670561bb4ep-2,-0x1.5b60d8dfc535ap+8 0x1.921fb54442d18p+0,-0x1.8000000000000p-600 0x1.787b77f599eccp+0,0x1.495338655c1cbp-7 0x1.ffffffffffd55p-21,-0x1.0000000000155p-20 0x1.921fad4442d18p+1,0x1.0000000000155p-20 0x1.ff74baf5a37bap-1,-0x1.87506c7cc99c0p-1 0x1.75097e5681bfap-1,0x1.2749eff9e5b6dp+0 0x1.921fb54442d18p-1,0x1.5b17ec61ffa69p+9 0x1.9222de5a62521p-1,-0x1.543faecd23dc7p+2 0x1.8f74fdf8d4d08p+1,-0x1.24200f4f13e1ap+2 0x1.921fb54442d18p+0,-0x0.0000000000004p-1022
acosh 0x1.c714e1aeb87c4p+0,0x1.0e24b9cd468f8p+0 0x1.8006841e3aa03p-1,0x1.cdfc4d0875ffap+0 0x1.cffd0275c363ep+0,-0x1.5798f6b93abc1p-5 0x1.905257bf43698p+1,-0x1.5e1e938bd3504p+1 0x1.c34366179d427p-1,0x1.921fb5416ebddp+0 0x1.1766aa8f5d802p-19,0x1.e74dad2c39ceep-2 0x1.e74fed71019cfp+0,0x1.4fb3b30bc839ap-1 0x1.bb9d49eb8dd6bp+2,0x1.91bfb54a42d6bp+1 0x1.cffec69ed9a51p+2,-0x1.745d2bc9e48edp-11 0x1.5b60d8dfc535ap+8,0x1.dac670561bb4ep-2 0x1.8000000000000p-600,0x1.921fb54442d18p+0 0x1.495338655c1cbp-7,-0x1.787b77f599eccp+0 0x1.0000000000156p-20,0x1.ffffffffffd54p-21 0x1.0000000000155p-20,-0x1.921fad4442d18p+1 0x1.87506c7cc99c0p-1,0x1.ff74baf5a37bap-1 0x1.2749eff9e5b6dp+0,-0x1.75097e5681bfap-1 0x1.5b17ec61ffa69p+9,-0x1.921fb54442d18p-1 0x1.543faecd23dc7p+2,0x1.9222de5a62521p-1 0x1.24200f4f13e1ap+2,0x1.8f74fdf8d4d08p+1 0x0.0000000000004p-1022,0x1.921fb54442d18p+0
asin 0x1.07f5f6edf8840p-1,0x1.c714e1aeb87c4p+0 -0x1.dee4be2199711p-3,0x1.8006841e3aa03p-1 0x1.8762ed8e78fbap+0,-0x1.cffd0275c363ep+0 -0x1.2a1d71d363cefp+0,-0x1.905257bf43698p+1 0x1.6a09e667f3bcdp-31,0x1.c34366179d427p-1 0x1.184c49f9345ddp+0,0x1.1766aa8f5d802p-19 0x1.d48bb77cbd696p-1,0x1.e74fed71019cfp+0 -0x1.915fb55042dbep+0,0x1.bb9d49eb8dd6bp+2 0x1.91f1299ec994fp+0,-0x1.cffec69ed9a51p+2 0x1.1b6e192ebbe44p+0,0x1.5b60d8dfc535ap+8 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.9a43d4ea8e4c0p-4,-0x1.495338655c1cbp-7 0x1.921fa54442d18p+0,0x1.0000000000155p-20 -0x1.921fa54442d18p+0,-0x1.0000000000155p-20 0x1.24caaf92e2276p-1,0x1.87506c7cc99c0p-1 0x1.af35ec3203e38p-1,-0x1.2749eff9e5b6dp+0 0x1.921fb54442d18p-1,-0x1.5b17ec61ffa69p+9 0x1.921c8c2e2350fp-1,0x1.543faecd23dc7p+2 -0x1.8cca46ad66cf9p+0,0x1.24200f4f13e1ap+2 0x0.0000000000010p-1022,0x0.0000000000004p-1022
asinh 0x1.c009bfccfe5efp+0,0x1.00dc60f0eb917p+0 -0x1.b58f2d951507ap-2,0x1.a495950185969p-1 0x1.dcec4617ad5f8p+0,-0x1.36773ef6f835bp-5 -0x1.90a8ed257d478p+1,-0x1.9d31bbda99f80p-2 0x1.0000000055555p-15,0x1.921db54442d23p+0 0x1.99e64fda18053p-1,0x1.7eac6f28f1994p-21 0x1.eaa4766ddeb31p+0,0x1.3a43c57f9b8efp-1 -0x1.bb9d51eb8056bp+2,0x1.7fff8800574c8p-9 0x1.cffecada1694ap+2,-0x1.745cfa8cef507p-11 0x1.5b60d8dfc535ap+8,0x1.dac670561bb4fp-2 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.98f0c8e233bd9p-4,-0x1.460f1b1a78ee8p-7 0x1.c34366179d427p-1,0x1.6a09e667f3bccp-41 -0x1.c34366179d427p-1,-0x1.6a09e667f3bccp-41 0x1.87506c7cc99c0p-1,0x1.24caaf92e2276p-1 0x1.3529c923eb448p+0,-0x1.18c80bdcf0c3ep-1 0x1.5b17ec61ffa69p+9,-0x1.921fb54442d18p-1 0x1.543faecd23dc7p+2,0x1.921c8c2e2350fp-1 -0x1.24239c58c99cep+2,0x1.5535c11963913p-6 0x0.0000000000010p-1022,0x0.0000000000004p-1022
atan 0x1.616b466d73d60p+0,0x1.2b89ca241f628p-2 -0x1.25df8d9c88eaap-1,0x1.9f20f3db63e77p-1 0x1.4356bc807306bp+0,-0x1.785b1ce3bdc54p-7 -0x1.7d8bd5a78f328p+0,-0x1.18c607372b83dp-5 0x1.921fb54642d19p-1,0x1.57cd0e7026820p+3 0x1.740a77023c689p-1,0x1.1e0387f1e00fcp-21 0x1.5469e3ab18e24p+0,0x1.56e10e4d4045ap-3 -0x1.919fb596ed2e1p+0,0x1.7ffec801457e8p-18 0x1.91c29e059f958p+0,-0x1.0ecf29fb624f1p-20 0x1.921fb54442d18p+0,0x1.999999999999ap-502 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.98486fe5dfdb4p-4,-0x1.4472284e3fc95p-7 0x1.921fb54442d18p-1,0x1.0000000000000p-41 -0x1.921fb54442d18p-1,-0x1.0000000000000p-41 0x1.921fb54442d19p-1,0x1.c34366179d426p-2 0x1.0f67d628c5e78p+0,-0x1.2d5b756f57f82p-2 0x1.921fb54442d18p+0,-0x1.fffffffffffffp-1002 0x1.905895139f1a0p+0,0x1.c718b2ce17c9dp-8 -0x1.8ccb29fe96142p+0,0x1.c6b76cf086062p-12 0x0.0000000000010p-1022,0x0.0000000000004p-1022
atanh 0x1.4ecf732f0038ap-3,0x1.46dc09ec29433p+0 -0x1.72825604d981dp-3,0x1.6753b9e523540p-1 0x1.510ac8295c65dp-2,-0x1.8e85f8c0657e5p+0 -0x1.49e17277c9745p-4,-0x1.893e0d1b97970p+0 0x1.0000000000000p-31,0x1.921fb54442d18p-1 0x1.6aa6bc1f93c98p+0,0x1.30f0f0f0d28f3p-18 0x1.e21112f4259f4p-3,0x1.631497964d5cdp+0 -0x1.ffff0aaac3115p-10,0x1.921f554460d19p+0 0x1.745d1b6039f32p-10,-0x1.921fa4574bb7ep+0 0x1.999999999999ap-501,0x1.921fb54442d18p+0 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.9aee8a3ed87bfp-4,-0x1.4afa7232bf5d4p-7 0x1.c6b45d6b09a3ap+3,0x1.921fb54443519p-1 -0x1.c6b45d6b09a3ap+3,-0x1.921fb54443519p-1 0x1.c34366179d426p-2,0x1.921fb54442d19p-1 0x1.d4b3b59f6d13cp-2,-0x1.225a1dd39b073p+0 0x1.fffffffffffffp-1002,-0x1.921fb54442d18p+0 0x1.c718b2ce17c9dp-8,0x1.905895139f1a0p+0 -0x1.553c0945db0afp-6,0x1.9203437d9e3d1p+0 0x0.0000000000010p-1022,0x0.0000000000004p-1022
cos 0x1.bc3115f967c56p-2,-0x1.823e3ca43e839p+2 0x1.47175fb20389cp+0,0x1.0cc08c5c02943p-2 -0x1.0200aac16db6fp+0,0x1.1b1eca7309ff8p-56 -0x1.567e7843b37fep+4,0x1.3cb62fa994d0bp+5 0x1.8b07551d9f550p+0,-0x1.2cd9fc44eb982p-30 0x1.42b3695666686p-1,-0x1.8d809ed709ffap-21 -0x1.b70e37dd3cc11p+1,-0x1.7d6692d6f307cp+0 -0x1.2c27aa04f0d8ap+1,0x1.5ac2ebe21a9e8p-3 0x1.152b6e3d6ed20p+0,0x1.2a41404495808p-3 OverflowError 0x1.0000000000000p+0,0x0.0p+0 0x1.fd77b4f51a1c6p-1,0x1.05b6303cc9332p-10 0x1.14a280fb5068cp-1,-0x1.aed548f090ceep-41 0x1.14a280fb5068cp-1,-0x1.aed548f090ceep-41 0x1.eaadeaccbf2cdp-1,-0x1.fe93fbbcb12e1p-2 0x1.971ae5655333cp-2,0x1.0f35f5c2a7b02p+0 OverflowError -0x1.c5d43041e6235p+102,-0x1.dc5ecd31ce1b8p+100 -0x1.f9c02dcd041c3p-1,-0x1.ce42da4546575p-1 0x1.0000000000000p+0,-0x0.0p+0
cosh -0x1.e2765254aac84p+0,0x1.463978a06e3cfp+0 0x1.74e2ff749e9adp-1,-0x1.bf6271de7c6a4p-3 0x1.700c5c9974e6bp+3,-0x1.70991794e617bp+0 -0x1.de727c9d9e02ep+11,-0x1.1556fec230c30p+14 0x1.14a280fb5068cp-1,0x1.aed548f090ceep-31 0x1.6bf90b7969fadp+0,0x1.02ba63c6b43ebp-20 -0x1.955df2284e175p+1,0x1.b70804ec881d8p+2 0x1.c9c4b2443ebcap+733,-0x1.9372f053576d1p+737 0x1.625253753adebp+1014,-0x1.83222ef8df7bbp+1013 OverflowError 0x1.0000000000000p+0,-0x0.0p+0 0x1.0144a8f4f0af6p+0,-0x1.0693a5cfe59a7p-10 0x1.8b07551d9f550p+0,0x1.2cd9fc44eb982p-40 0x1.8b07551d9f550p+0,0x1.2cd9fc44eb982p-40 0x1.eaadeaccbf2cdp-1,0x1.fe93fbbcb12e1p-2 0x1.257d94fb04645p+0,-0x1.61a95e532ee93p+0 OverflowError -0x1.c5d43041e6235p+102,0x1.dc5ecd31ce1b8p+100 0x1.48d4a19639b4ep+67,-0x1.000fc85b952adp+68 0x1.0000000000000p+0,0x0.0p+0
exp -0x1.cb94bc9c08a3fp+1,0x1.575137ba63328p+1 0x1.0842967b6bebbp-1,0x1.1017a7541fbcdp-1 0x1.6f5cbd11d0d2ap+4,-0x1.7149a2bfa07c1p+1 -0x1.8589b76644260p-18,0x1.c39aad91abf86p-16 0x1.14a280ffa2f2cp-1,0x1.aed548f74c240p-1 0x1.3759b7a00ef1ap+1,0x1.3759b7a00f597p-19 -0x1.939c0794eb767p+2,0x1.b8f38fd049dafp+3 0x1.6ec66f2f950f0p-743,0x1.4340cd95b0d6cp-739 0x1.625253753adebp+1015,-0x1.83222ef8df7bbp+1014 OverflowError 0x1.0000000000000p+0,0x1.8000000000000p-600 0x1.1ae8dc21f49b5p+0,-0x1.6a22e931ab998p-7 0x1.5bf0a8b145769p+1,0x1.5bf0a8b145769p-39 0x1.78b56362cef38p-2,-0x1.78b56362cef38p-42 0x1.8ab79042e892cp+0,0x1.514a3278eef7dp+0 0x1.1132f6fc172f0p+1,-0x1.7e096e402f605p+1 OverflowError -0x1.c5d43041e6235p+103,0x1.dc5ecd31ce1b8p+101 0x1.d172bcabe6ccfp-71,0x1.6a7241009228ep-70 0x1.0000000000000p+0,0x0.0000000000004p-1022
log 0x1.11edb023bf0fep+0,0x1.07c6c6947a6a8p+0 -0x1.42438893252f3p-3,0x1.edf81a4bd64d5p+0 0x1.2540da6cea3c9p+0,-0x1.45c708d443772p-5 0x1.37c49435e3957p+1,-0x1.5e4c36ca0118ap+1 0x1.0000000000000p-61,0x1.921fb54042d18p+0 -0x1.e27076e2a50eap-4,0x1.1fffffffff868p-20 0x1.37612b9a6f422p+0,0x1.44c6283c49626p-1 0x1.8f40c7ed9302dp+2,0x1.91bfb55642cb7p+1 0x1.a3a242be83c3ep+2,-0x1.745d132b677e9p-11 0x1.5aaf66c7cd63dp+8,0x1.dac670561bb4fp-2 -0x1.9f4c8a0218775p+8,0x1.145385fa3af72p+1 -0x1.26181504eeffap+1,-0x1.983e282e2cc4cp-4 0x1.0000000000000p-81,0x1.0000000000000p-40 0x1.0000000000000p-81,-0x1.921fb54442518p+1 0x1.fffffffffffffp-54,0x1.921fb54442d18p-1 0x1.e7be284de41c4p-2,-0x1.431cd664bcf6ep-1 0x1.5abf335603bdbp+9,-0x1.921fb54442d18p-1 0x1.27e328ce3fadep+2,0x1.921fb54442d18p-1 0x1.ef8a9fd1b78d0p+1,0x1.8f7523e099c2bp+1 -0x1.72d18ed0cf767p+9,0x1.f5b75f92c80ddp-3
log10 0x1.dbdccc2473e2ep-2,0x1.ca3a0636d7173p-2 -0x1.17ea2f2f25cdep-4,0x1.ad0e600ef633ep-1 0x1.fd6ee7514e464p-2,-0x1.1af77b1f7bfe7p-6 0x1.0ecc53435b834p+0,-0x1.3043c51280c61p+0 0x1.bcb7b1526e50dp-63,0x1.5d47c4c7b64aap-1 -0x1.a30a9d6096336p-5,0x1.f44ea77cbb47ep-22 0x1.0e75fae23b680p-1,0x1.1a185c3273cebp-2 0x1.5ac96b4da76a1p+1,0x1.5cf4626992b54p+0 0x1.6c7d43b538d5ap+1,-0x1.436e4eda1e06ap-12 0x1.2d207ce3f4587p+7,0x1.9c626bc5dcb73p-3 -0x1.68b95f5df76a1p+7,0x1.e00723797d9adp-1 -0x1.fee4cb60ee049p-1,-0x1.62985e729e21dp-5 0x1.bcb7b1526e50dp-83,0x1.bcb7b1526e50dp-42 0x1.bcb7b1526e50dp-83,-0x1.5d47c4cb2f4adp+0 0x1.bcb7b1526e50dp-55,0x1.5d47c4cb2fba0p-2 0x1.a7a5e456b721cp-3,-0x1.18a6eea17a3a0p-2 0x1.2d2e35f25d112p+8,-0x1.5d47c4cb2fba0p-2 0x1.0101258d9badep+1,0x1.5d47c4cb2fba0p-2 0x1.ae6c004330da0p+0,0x1.5af6e5d366d8fp+0 -0x1.4216c42cc4df8p+8,0x1.b3c905ae9d74ap-4
sin 0x1.877bbfa14732ep+2,0x1.b63ef4d4e6231p-2 -0x1.94b98bc518d8cp-2,0x1.b266bbff46c9cp-1 0x1.1c97e4525b5d2p-53,0x1.00aaccd00d2f1p-3 0x1.3cca3349508ebp+5,0x1.5668d4e97e6f0p+4 0x1.8b07551d9f550p-30,0x1.2cd9fc44eb982p+0 0x1.8d809ed70a841p-1,0x1.42b3695665fcdp-21 0x1.8ba1ee00b38c5p+0,-0x1.a742fb78ff991p+1 -0x1.7f1959950df98p-3,-0x1.0faf49ad97d29p+1 0x1.42b4706a90e69p-2,-0x1.002b719be5f7cp-1 OverflowError -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.98f028ac9a715p-4,-0x1.460c63dfb8681p-7 0x1.aed548f090ceep-1,0x1.14a280fb5068cp-41 -0x1.aed548f090ceep-1,-0x1.14a280fb5068cp-41 0x1.a34a67138558ap-1,0x1.2ac135b911f8ap-1 0x1.6e9bc900fa888p+0,-0x1.2d2b5f7907758p-2 OverflowError 0x1.dc5ecd31ce1b8p+100,-0x1.c5d43041e6235p+102 0x1.2f7b8b68c658ep+0,-0x1.812d413ba547dp-1 0x0.0000000000010p-1022,0x0.0000000000004p-1022
sinh -0x1.b4b326e3667f9p+0,0x1.6868f6d458282p+0 -0x1.b281a3e4cabc7p-3,0x1.7ff043cbbed76p-1 0x1.6ead1d8a2cbeap+3,-0x1.71fa2dea5ae06p+0 0x1.de727c9171b52p+11,0x1.1556fec93f2dcp+14 0x1.14a280fb5068cp-31,0x1.aed548f090ceep-1 0x1.02ba63c6b3e87p+0,0x1.6bf90b796a743p-20 -0x1.91da1d0188d58p+1,0x1.badf1ab40b985p+2 -0x1.c9c4b2443ebcap+733,0x1.9372f053576d1p+737 0x1.625253753adebp+1014,-0x1.83222ef8df7bbp+1013 OverflowError -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.9a4332d03ebe4p-4,-0x1.49507477aee62p-7 0x1.2cd9fc44eb982p+0,0x1.8b07551d9f550p-40 -0x1.2cd9fc44eb982p+0,-0x1.8b07551d9f550p-40 0x1.2ac135b911f8ap-1,0x1.a34a67138558ap-1 0x1.f9d0b1fa53f34p-1,-0x1.9a697e2d2fd76p+0 OverflowError -0x1.c5d43041e6235p+102,0x1.dc5ecd31ce1b8p+100 -0x1.48d4a19639b4ep+67,0x1.000fc85b952adp+68 0x0.0000000000010p-1022,0x0.0000000000004p-1022
sqrt 0x1.7c60653db07aap+0,0x1.aebb2811125d9p-1 0x1.0d9126b7bb83cp-1,0x1.84fc3ccff9da4p-1 0x1.c5d682e896dd3p+0,-0x1.20ced5490eae6p-5 0x1.5bf1fdf500c67p-1,-0x1.a7ca702631912p+1 0x1.6a09e66ac7d09p-1,0x1.6a09e6651fa90p-1 0x1.e2b7dddfeff2cp-1,0x1.0f876ccdf6a2ap-21 0x1.bed47a67e0ceap+0,0x1.2556676d2424cp-1 0x1.0f8759b675d9fp-5,0x1.6a09ffdca1769p+4 0x1.a8872b00ed514p+4,-0x1.34bf628aba9c7p-7 0x1.077225f1da572p+250,0x1.f18773c56f721p+247 0x1.4460e515f27b6p-301,0x1.2f0daa6a94158p-300 0x1.443882c91add1p-2,-0x1.02bb3b87874e5p-6 0x1.0000000000000p+0,0x1.0000000000000p-41 0x1.0000000000000p-41,-0x1.0000000000000p+0 0x1.d906bcf328d46p-1,0x1.87de2a6aea963p-2 0x1.34cd6d12fb338p+0,-0x1.933adf210bbd0p-2 0x1.19435caffa9f9p+500,-0x1.d203138f6c828p+498 0x1.2a53192ee0502p+3,0x1.ee47c7645e7ccp+1 0x1.279659835d42ap-4,0x1.bb6dd6dbe1624p+2 0x1.01f650ca464ecp-535,0x1.fc1b02aed37aep-539
tan 0x1.f93dd59c4ef24p-10,0x1.0370118336018p+0 -0x1.53d58cfc2fd71p-3,0x1.65702eebc7a83p-1 -0x1.16048349b266ep-53,-0x1.fd5992bc4b834p-4 -0x1.b1207386f441ap-13,-0x1.0008dbe9aa51ep+0 0x1.ae0dc0f990c46p-32,0x1.85efab514f394p-1 0x1.3b572712b553ep+0,0x1.4237cbe9d0f2bp-19 -0x1.b6c1ed89a6e7cp-6,0x1.f3899716566f2p-1 0x1.d5e80522e2316p-7,0x1.cff74f43b9769p-1 0x1.cc7b4b675bb5bp-3,-0x1.f82d6eb028c47p-2 0x0.0p+0,0x1.0000000000000p+0 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.9aede72f86ea2p-4,-0x1.4af7a7d0f7644p-7 0x1.8eb245cbee3a6p+0,0x1.b67766959dae3p-39 -0x1.8eb245cbee3a6p+0,-0x1.b67766959dae3p-39 0x1.b15737e1cfcb7p-2,0x1.a876eb0d3c151p-1 0x1.9c43efa7e5674p-3,-0x1.46b56faedb60cp+0 -0x0.0p+0,-0x1.0000000000000p+0 -0x1.2b5e02b008691p-208,0x1.0000000000000p+0 -0x1.19334e02e9588p-2,0x1.03391c9f98b6fp+0 0x0.0000000000010p-1022,0x0.0000000000004p-1022
tanh 0x1.ef81c0717e40ap-1,-0x1.7b71cfd25230ep-4 -0x1.19e9cb8986bc5p-1,0x1.ba9db1776e65cp-1 0x1.fe267b0f032dfp-1,-0x1.e2b4fb8ef6121p-11 -0x1.00000005ef3d3p+0,-0x1.57967d8e92a11p-31 0x1.b67766959dae3p-29,0x1.8eb245cbee3a6p+0 0x1.6bf3cf6814fcap-1,0x1.fa92a99b6e82ep-22 0x1.0174b106f5c94p+0,-0x1.b26770adf66eep-8 -0x1.0000000000000p+0,0x0.0p+0 0x1.0000000000000p+0,-0x0.0p+0 0x1.0000000000000p+0,0x0.0p+0 -0x1.0000000000000p-600,0x1.8000000000000p-600 0x1.9847d0a00121cp-4,-0x1.446f7752b3da5p-7 0x1.85efab514f394p-1,0x1.ae0dc0f990c46p-42 -0x1.85efab514f394p-1,-0x1.ae0dc0f990c46p-42 0x1.a876eb0d3c151p-1,0x1.b15737e1cfcb7p-2 0x1.09e3d6a0c7dddp+0,-0x1.2cab1611d8e55p-3 0x1.0000000000000p+0,0x0.0p+0 0x1.0000000000000p+0,-0x1.2b5e02b008691p-208 -0x1.0000000000000p+0,0x1.497dfd0922480p-138 0x0.0000000000010p-1022,0x0.0000000000004p-1022
rect -0x1.33a39f3a4289ep+0,0x1.cba0694b7b008p-1 -0x1.ac0e7d7bb83acp-3,-0x1.b8be5b67ffe8fp-3 0x1.8efc81cb21cefp+1,-0x1.9113d5b978f12p-2 0x1.1b4f3ef59e84ep+1,-0x1.48733b08ac254p+3 0x1.14a280fb5068cp-31,0x1.aed548f090ceep-31 0x1.c71c71c71b8e3p-1,0x1.c71c71c71c25fp-21 -0x1.21969c4953cd1p+0,0x1.3c618a2274afdp+1 -0x1.21bd54fc5f9a7p+5,-0x1.feb7a9b2c6d8bp+8 0x1.34e8b845ee627p+9,-0x1.5183fcff39415p+8 -0x1.f3741f1232a67p+499,-0x1.c299f67ebde94p+497 -0x1.0000000000000p-600,-0x0.0p+0 0x1.99945b6f14622p-4,-0x1.0623bedab2006p-10 0x1.0000000000000p+0,0x1.0000000000000p-40 -0x1.0000000000000p+0,0x1.0000000000000p-40 0x1.133ce9ead8768p-1,0x1.d6632bf327ff7p-2 0x1.832b135f4c238p-1,-0x1.0eb465e877f62p+0 0x1.f9785160c8815p+999,0x1.460b8ae1c886ep+997 -0x1.1691738d21d95p+6,0x1.24678e391b4a7p+4 -0x1.9ef3c178f89d2p+4,-0x1.431ff6b46c9b2p+5 0x0.0000000000010p-1022,0x0.0p+0
logbase 0x1.429b1bd94bcd9p-1,0x1.12314799cb25bp+0 -0x1.1f59fa991d37ep-1,0x1.84e73ac70b1a4p+0 0x1.dd1ca66609de2p-1,0x1.ce9c38b839bf8p-3 0x1.4a0d78fac27e5p+1,-0x1.a80cee299fc2fp+0 -0x1.6a2a771b14eadp-2,0x1.43fa107c66895p+0 -0x1.84af6246afb01p-4,-0x1.b27c874662dbbp-6 0x1.ac9bf75e67032p-1,0x1.91e0ce1ea1a29p-1 0x1.146f7598683a8p+2,0x1.f77700fe6eda4p+1 0x1.52181de99b2d1p+2,0x1.79ca193e7dce4p+0 0x1.17351b0c3d1b6p+8,0x1.39baeb7da1155p+6 -0x1.4f13de36a4224p+8,-0x1.6f1323376072bp+6 -0x1.d4231fb6fb745p+0,-0x1.31fbeade76e9bp-1 -0x1.cd1fb93e1c03ap-43,0x1.9c8005febc495p-41 0x1.6a2a771eaeb71p-1,-0x1.43fa107f9f224p+1 -0x1.6a2a771eaf2a2p-3,0x1.43fa107f9f896p-1 0x1.0d3adbe3572f1p-1,-0x1.9ad243152928ap-2 0x1.177331d2e0a63p+9,0x1.3706a9b036cf7p+7 0x1.c622e6bc47349p+1,0x1.ac7965cbf7655p+0 0x1.354c86d530165p+1,0x1.b167661a447fbp+1 -0x1.2ac8691a0beabp+9,-0x1.4d939b3036907p+7
polar 0x1.752e50db3a3a2p+1,0x1.07c6c6947a6a8p+0 0x1.b573f7449baa0p-1,0x1.edf81a4bd64d5p+0 0x1.927129c602e69p+1,-0x1.45c708d443772p-5 0x1.6d8e9eb365354p+3,-0x1.5e4c36ca0118ap+1 0x1.0000000000000p+0,0x1.921fb54042d18p+0 0x1.c71c71c71d91cp-1,0x1.1fffffffff868p-20 0x1.aff8622ba46cfp+1,0x1.44c6283c49626p-1 0x1.000047fff5e00p+9,0x1.91bfb55642cb7p+1 0x1.600005d17450dp+9,-0x1.745d132b677e9p-11 0x1.1e3779b97f4a8p+500,0x1.dac670561bb4fp-2 0x1.cd82b446159f3p-600,0x1.145385fa3af72p+1 0x1.9ba4957373fecp-4,-0x1.983e282e2cc4cp-4 0x1.0000000000000p+0,0x1.0000000000000p-40 0x1.0000000000000p+0,-0x1.921fb54442518p+1 0x1.0000000000000p+0,0x1.921fb54442d18p-1 0x1.9c3119ce49d9fp+0,-0x1.431cd664bcf6ep-1 0x1.6a09e667f3bcdp+1000,-0x1.921fb54442d18p-1 0x1.974b2334f2346p+6,0x1.921fb54442d18p-1 0x1.801554bda99c6p+5,0x1.8f7523e099c2bp+1 0x0.0000000000010p-1022,0x1.f5b75f92c80ddp-3
phase 0x1.07c6c6947a6a8p+0,0x0.0p+0 0x1.edf81a4bd64d5p+0,0x0.0p+0 -0x1.45c708d443772p-5,0x0.0p+0 -0x1.5e4c36ca0118ap+1,0x0.0p+0 0x1.921fb54042d18p+0,0x0.0p+0 0x1.1fffffffff868p-20,0x0.0p+0 0x1.44c6283c49626p-1,0x0.0p+0 0x1.91bfb55642cb7p+1,0x0.0p+0 -0x1.745d132b677e9p-11,0x0.0p+0 0x1.dac670561bb4fp-2,0x0.0p+0 0x1.145385fa3af72p+1,0x0.0p+0 -0x1.983e282e2cc4cp-4,0x0.0p+0 0x1.0000000000000p-40,0x0.0p+0 -0x1.921fb54442518p+1,0x0.0p+0 0x1.921fb54442d18p-1,0x0.0p+0 -0x1.431cd664bcf6ep-1,0x0.0p+0 -0x1.921fb54442d18p-1,0x0.0p+0 0x1.921fb54442d18p-1,0x0.0p+0 0x1.8f7523e099c2bp+1,0x0.0p+0 0x1.f5b75f92c80ddp-3,0x0.0p+0
`;

/** float.fromhex for the '0x1.8p+0' / 'inf' / 'nan' forms float.hex() prints. */
function fromHex(s: string): number {
  if (s === 'nan' || s === '-nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (m === null) throw new Error(`not a float.hex() string: ${s}`);
  const mantissa = Number.parseInt(m[2] + m[3], 16) / 16 ** m[3].length;
  const value = mantissa * 2 ** Number(m[4]);
  return m[1] === '-' ? -value : value;
}

const view = new DataView(new ArrayBuffer(8));
/** Distance in units in the last place (doubles of the same sign, ordered as integers). */
function ulps(a: number, b: number): number {
  const key = (x: number): bigint => {
    view.setFloat64(0, x);
    const v = view.getBigInt64(0);
    return v < 0n ? -(v & 0x7fffffffffffffffn) : v;
  };
  const d = key(a) - key(b);
  return Number(d < 0n ? -d : d);
}

/** Whether `got` (re,im) is close enough to CPython's `want`; both as 'hex,hex' or an exception name. */
function close(got: string, want: string): boolean {
  if (got === want) return true;
  if (!want.includes(',') || !got.includes(',')) return false;
  const [wr, wi] = want.split(',').map(fromHex);
  const [gr, gi] = got.split(',').map(fromHex);
  const scale = Math.max(Math.abs(wr), Math.abs(wi));
  const part = (g: number, w: number): boolean => {
    if (Number.isNaN(w) || Number.isNaN(g)) return Number.isNaN(w) && Number.isNaN(g);
    if (!Number.isFinite(w) || !Number.isFinite(g)) return g === w;
    if (Object.is(w, -0) !== Object.is(g, -0) && w === 0 && g === 0) return false;
    return ulps(g, w) <= 8 || Math.abs(g - w) <= scale * 2 ** -50;
  };
  return part(gr, wr) && part(gi, wi);
}

describe('cmath: exactly computed results', () => {
  let result: RunResult | null = null;
  beforeAll(async () => {
    result = await run('cmath_exact', EXACT_PROGRAM);
  });
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.exitCode).toBe(0);
  });
  const lines = EXACT_EXPECTED.split('\n').filter((l) => l !== '');
  it('prints as many lines as CPython', () => {
    expect(result!.stdout.split('\n').filter((l) => l !== '').length).toBe(lines.length);
  });
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 60)}`, () => {
      expect(result!.stdout.split('\n')[i]).toBe(line);
    });
  });
});

describe('cmath: ordinary arguments, to a few ulps', () => {
  let result: RunResult | null = null;
  beforeAll(async () => {
    result = await run('cmath_approx', APPROX_PROGRAM);
  });
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.exitCode).toBe(0);
  });
  const expected = APPROX_EXPECTED.split('\n').filter((l) => l !== '');
  expected.forEach((line, i) => {
    const [name, ...want] = line.split(' ');
    it(name, () => {
      const got = (result!.stdout.split('\n')[i] ?? '').split(' ');
      expect(got[0]).toBe(name);
      expect(got.length).toBe(want.length + 1);
      const far = want.flatMap((w, k) => (close(got[k + 1], w) ? [] : [`argument ${k}: got ${got[k + 1]}, CPython ${w}`]));
      expect(far).toEqual([]);
    });
  });
  it('the tolerance is able to fail', () => {
    expect(close('0x1.0000000000000p+0,0x0.0p+0', '0x1.0000000000009p+0,0x0.0p+0')).toBe(false);
    expect(close('0x1.0000000000008p+0,0x0.0p+0', '0x1.0000000000000p+0,0x0.0p+0')).toBe(true);
    expect(close('ValueError', '0x1.0p+0,0x0.0p+0')).toBe(false);
    expect(close('-0x0.0p+0,0x1.0p+0', '0x0.0p+0,0x1.0p+0')).toBe(false);
  });
});
