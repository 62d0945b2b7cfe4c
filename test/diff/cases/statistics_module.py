# The statistics module (which imports decimal and fractions): averages and spreads of ints, floats,
# Fractions and Decimals, medians, modes, quantiles, NormalDist, correlation/regression, and its errors.
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
fracs = [F(1, 2), F(3, 4), F(5, 8), F(7, 16)]
decs = [D("0.5"), D("0.75"), D("2.25"), D("1.125"), D("3.5")]
for name, data in [("ints", ints), ("floats", floats), ("fracs", fracs), ("decs", decs)]:
    print(name, st.mean(data), st.median(data), st.median_low(data), st.median_high(data))
    print(name, st.pvariance(data), st.variance(data))
    print(name, round(st.pstdev(data), 10), round(st.stdev(data), 10))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([1, 2, 4, 8]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10, method="inclusive"))
print(st.mean([D("1.1"), D("2.2"), D("3.3")]), type(st.mean(decs)).__name__, type(st.variance(decs)).__name__)
print(st.mean([F(1, 3), F(2, 3)]), st.variance([F(1, 3), F(2, 3), F(1)]), st.stdev(decs))
print(st.pvariance([D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 12), round(st.covariance(x, y), 12), st.linear_regression(x, y))
print(st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 8), round(nd.pdf(100), 12))
print(round(nd.overlap(st.NormalDist(110, 10)), 10), nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for label, f in [("mean empty", lambda: st.mean([])), ("variance one", lambda: st.variance([1])),
                 ("mode empty", lambda: st.mode([])), ("stdev str", lambda: st.stdev(["a", "b"])),
                 ("harmonic negative", lambda: st.harmonic_mean([1, -1])),
                 ("quantiles n=0", lambda: st.quantiles([1, 2], n=0)), ("correlation const", lambda: st.correlation([1, 1], [1, 2])),
                 ("NormalDist bad", lambda: st.NormalDist(0, -1)), ("geometric zero", lambda: st.geometric_mean([0, 1]))]:
    show(label, f)
