# The deterministic parts of the time module: types of clocks, monotonicity, sleep(0), struct_time
# from a fixed timestamp in UTC, strftime on a fixed struct_time, and timing arithmetic that does not
# print the actual times.
import time

t1 = time.time()
print("time() is float:", type(t1).__name__, t1 > 1_600_000_000)
print("time_ns() is int:", type(time.time_ns()).__name__)
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0)
time.sleep(0.001)
m2 = time.monotonic()
p2 = time.perf_counter()
print("monotonic non-decreasing:", m2 >= m1, "perf_counter non-decreasing:", p2 >= p1)
print("perf_counter_ns int:", type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print("process_time is float:", type(time.process_time()).__name__)
print("elapsed is non-negative:", time.time() - t1 >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print("sleep negative:", type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print("sleep str:", type(e).__name__, e)
st = time.gmtime(0)
print("gmtime(0):", tuple(st))
print("fields:", st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st.tm_isdst)
st2 = time.gmtime(1_000_000_000)
print("gmtime(1e9):", tuple(st2))
print("strftime:", time.strftime("%Y-%m-%d %H:%M:%S", st2))
print("strftime names:", time.strftime("%a %A %b %B %j %%", st2))
print("asctime:", time.asctime(st2))
print("struct_time repr:", repr(st2))
print("struct_time from tuple:", tuple(time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))))
print("strptime:", tuple(time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))[:6])
try:
    time.strptime("not a date", "%Y")
except ValueError as e:
    print("strptime error:", e)
import calendar
print("timegm roundtrip:", calendar.timegm(st2))
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print("work done:", total, "elapsed is float:", isinstance(elapsed, float))
