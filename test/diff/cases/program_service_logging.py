# A service's logging setup: several handlers and formatters, levels, filters, adapters, exception
# logging with tracebacks, and a memory handler flushed to a target.
import io
import logging
import logging.handlers
import sys

class ContextFilter(logging.Filter):
    def __init__(self, tenant):
        super().__init__()
        self.tenant = tenant
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        record.tenant = self.tenant
        return not str(record.msg).startswith('noise')

class UpperFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        try:
            self.records.append((record.levelname, record.name, record.getMessage()))
        except Exception:
            self.handleError(record)

buf = io.StringIO()
main = logging.getLogger('svc')
main.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(buf)
h1.setLevel(logging.INFO)
h1.setFormatter(logging.Formatter('%(levelname)-8s %(name)s [%(tenant)s] %(message)s'))
flt = ContextFilter('acme')
h1.addFilter(flt)
main.addHandler(h1)
lh = ListHandler()
main.addHandler(lh)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(UpperFormatter('%(name)s:%(levelno)d:%(message)s'))
out.setLevel(logging.WARNING)
main.addHandler(out)

main.debug('booting %s v%d', 'svc', 3)
main.info('listening on port %d', 8080)
main.info('noise: heartbeat')
main.warning('disk at %d%%', 91)
db = main.getChild('db')
db.error('connection lost to %r', 'db-1')
db.setLevel(logging.ERROR)
db.warning('hidden warning')
print('effective', logging.getLevelName(db.getEffectiveLevel()), db.isEnabledFor(logging.WARNING), main.isEnabledFor(5))
print('parent', db.parent.name, db.name, db.propagate)

try:
    {'a': 1}['b']
except KeyError:
    main.exception('lookup failed for %s', 'b')

def risky(n):
    return 10 // n

try:
    risky(0)
except ZeroDivisionError as e:
    main.error('math failed', exc_info=e)
    main.critical('with stack', stack_info=False)

print('filter saw', flt.seen)
print('--- stream handler output:')
text = buf.getvalue()
for line in text.splitlines():
    # Frame lines contain this file's path; keep the shape only.
    if line.startswith('  File '):
        print('  File <...>, line', line.rsplit('line ', 1)[1].split(',')[0])
    else:
        print(line)
print('--- list handler:')
for rec in lh.records:
    print(rec)

adapter = logging.LoggerAdapter(main, {'tenant': 'beta'})
adapter.warning('adapter says %s', 'hi')
class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f'[{self.extra["req"]}] {msg}', kwargs
Prefixer(main, {'req': 'r-17'}).error('request failed')
main.warning('extra field', extra={'tenant': 'gamma'})
print(buf.getvalue().splitlines()[-3:])
try:
    main.warning('clash', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)

# Memory handler buffering to a target until an ERROR arrives.
target = ListHandler()
mem = logging.handlers.MemoryHandler(capacity=10, flushLevel=logging.ERROR, target=target)
job = logging.getLogger('job')
job.propagate = False
job.setLevel(logging.DEBUG)
job.addHandler(mem)
for i in range(3):
    job.info('step %d', i)
print('before flush', len(target.records), len(mem.buffer))
job.error('step failed')
print('after flush', len(target.records), len(mem.buffer), target.records[-1])
mem.close()

# Levels, names, custom level
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33), logging.getLevelName('WARN'))
main.log(25, 'custom level message')
print(buf.getvalue().splitlines()[-1] if 'custom' in buf.getvalue() else 'filtered')

# makeLogRecord and Formatter details
rec = logging.makeLogRecord({'name': 'x', 'levelno': 30, 'levelname': 'WARNING', 'msg': 'v=%s', 'args': (5,)})
print(rec.getMessage(), rec.name, rec.levelname)
print(logging.Formatter('{levelname}:{name}:{message}', style='{').format(rec))
print(logging.Formatter('$levelname/$name/$message', style='$').format(rec))
try:
    logging.Formatter('%(message)s', style='?')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('no fields here', style='{', validate=True)
except ValueError as e:
    print('ValueError', e)

# Bad format arguments are reported by handleError on stderr, not raised; keep it quiet.
logging.raiseExceptions = False
main.info('bad %d', 'x')
logging.raiseExceptions = True
print(logging.root.level == logging.WARNING, logging.getLogger() is logging.root, logging.getLogger('svc') is main)
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith(('svc', 'job'))))
main.removeHandler(out)
main.warning('not to stdout')
logging.disable(logging.CRITICAL)
main.critical('disabled')
logging.disable(logging.NOTSET)
print(len(lh.records))
logging.shutdown()
