# exit: 1
# Each exception of a chain gets its own suggestion when printed.
class Config:
    def __init__(self):
        self.timeout = 5

def load(cfg):
    try:
        return cfg.timout
    except AttributeError:
        raise KeyError("timeout") from None

try:
    load(Config())
except KeyError as e:
    print("caught", repr(e))
cfg = Config()
try:
    cfg.timeot
except AttributeError as e:
    raise ValueError("bad config") from e
