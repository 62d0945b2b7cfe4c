# logging: basicConfig to stderr, levels and the root logger, formatters with %-style, {-style and
# $-style fields, handlers to stdout and stderr, the logger hierarchy with propagation, filters,
# LoggerAdapter, logging.disable and shutdown. Everything the program configures is undone at the end.
import logging
import sys

logging.warning("before basicConfig goes to lastResort-free root: %s", "configured by warning()")
root = logging.getLogger()
print("root handlers:", len(root.handlers), root.level, logging.getLevelName(root.level))
for h in list(root.handlers):
    root.removeHandler(h)

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stderr)
logging.debug("hidden debug")
logging.info("info %d", 1)
logging.error("error with args %s and %r", "x", "y")
print("levels:", logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print("names:", logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(42))
sys.stdout.flush()

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is root, db.name, db.getEffectiveLevel())
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[{levelname:<8}] {name} | {message}", style="{"))
app.addHandler(out)
db.setLevel(logging.DEBUG)
db.debug("debug from db (only stdout: root handler is INFO? no, handlers have no level)")
db.info("info from db")
app.propagate = False
db.warning("not propagated to root")
print("isEnabledFor:", db.isEnabledFor(logging.DEBUG), app.isEnabledFor(logging.DEBUG))

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname - $message", style="$"))
solo = logging.getLogger("solo")
solo.propagate = False
solo.addHandler(dollar)
solo.setLevel(logging.WARNING)
solo.info("filtered by level")
solo.critical("critical %s", "thing")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


dollar.addFilter(OnlyEven())
for i in range(4):
    solo.warning("number %d", i)
dollar.removeFilter(dollar.filters[0])

named = logging.Filter("app.db")
print("filter by name:", named.filter(logging.LogRecord("app.db.x", 10, "f", 1, "m", None, None)),
      named.filter(logging.LogRecord("app.dbx", 10, "f", 1, "m", None, None)))

adapter = logging.LoggerAdapter(solo, {"user": "ann"})
adapter.warning("adapted %s", "message")
print("adapter:", adapter.logger is solo, adapter.extra)

rec = logging.LogRecord("n", logging.INFO, "/a/b/c.py", 7, "msg %s", ("arg",), None, func="fn")
print(rec.getMessage(), rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno, rec.funcName)
print(logging.Formatter("%(name)s/%(levelno)d/%(module)s").format(rec))
print(logging.getLogger("app") is app, logging.getLogger("app.db.deep").parent is db)
logging.disable(logging.CRITICAL)
solo.critical("disabled")
logging.disable(logging.NOTSET)
solo.critical("enabled again")
sys.stdout.flush()
logging.shutdown()
print("done")

# The logging module outlives a program in the test harness's CPython: leave no state behind.
for lg in (root, app, db, solo, logging.getLogger("app.db.deep")):
    for h in list(lg.handlers):
        lg.removeHandler(h)
    for f in list(lg.filters):
        lg.removeFilter(f)
    lg.propagate = True
    lg.setLevel(logging.NOTSET)
root.setLevel(logging.WARNING)
