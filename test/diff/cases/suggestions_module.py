# The _suggestions module (what traceback.py calls): closest candidate over UTF-8 bytes, argument checks.
import _suggestions
for args in [(['abc','abd'],'abx'), (['é1','a1'],'b1'), ([],'x'), (['x']*750,'y'), (['xy']*749,'xz'), (('a',),'b'), (['Value'],'vAlue'), (['éa'],'Éa'), (['aaaa'],'aaaa'), (['aaaaa'],'aaaa')]:
    try: print(repr(_suggestions._generate_suggestions(*args)))
    except Exception as e: print(type(e).__name__, e)
for a in [(), (1,), (1,2,3), ([1,'ab'],'ac'), (['ab'],1)]:
    try: _suggestions._generate_suggestions(*a)
    except Exception as e: print(type(e).__name__, e)
try: _suggestions._generate_suggestions(['\udc80'], 'x')
except Exception as e: print(type(e).__name__, e)
class S(str): pass
r = _suggestions._generate_suggestions([S('hello')], 'helo')
print(type(r).__name__, r)
