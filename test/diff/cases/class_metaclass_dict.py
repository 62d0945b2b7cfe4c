# Classes whose metaclass is a user class: attributes set on them appear in cls.__dict__ (a mappingproxy)
# and vars(cls); metaclass attributes do not; descriptors on the metaclass apply to the class.
class Meta(type):
    meta_attr = 'meta'
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.added_in_new = 1
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.added_in_init = 2
    @property
    def prop(cls):
        return 'prop of ' + cls.__name__
    def meth(cls):
        return 'meth of ' + cls.__name__

class K(metaclass=Meta):
    x = 1
K.later = 3
setattr(K, 'via_setattr', 4)
print(type(K.__dict__).__name__)
print([k for k in K.__dict__ if not k.startswith('__')])
print([k for k in vars(K) if not k.startswith('__')])
print('meta_attr' in K.__dict__, K.meta_attr, K.prop, K.meth())
print(K.__dict__['later'], vars(K)['added_in_new'], vars(K) == K.__dict__)
del K.later
print('later' in K.__dict__, hasattr(K, 'later'))
try:
    K().prop
except AttributeError as e:
    print('AttributeError', e)
try:
    K.__dict__['y'] = 1
except TypeError as e:
    print('TypeError', e)
class Sub(K):
    pass
print([k for k in Sub.__dict__ if not k.startswith('__')], Sub.added_in_init, Sub.x)

class DataDesc:
    def __get__(self, obj, owner=None):
        return ('get', obj.__name__ if obj is not None else None)
    def __set__(self, obj, value):
        print('set', obj.__name__, value)
class Meta2(type):
    d = DataDesc()
class L(metaclass=Meta2):
    d = 'class own'
print(L.d)
L.d = 5
print(L.__dict__['d'])
class Meta3(type):
    __slots__ = ()
try:
    class Bad(metaclass=Meta3): pass
    print('slots meta ok', Bad.__name__)
except TypeError as e:
    print('TypeError', e)
print(sorted(k for k in Meta.__dict__ if k.startswith('__')))
print(sorted(k for k in Meta3.__dict__ if k.startswith('__')))
