# exit: 1
# An uncaught exception raised `from` another while handling a third: the report shows the whole chain
# and the exception that ended the program is the last one.
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

def start():
    try:
        int("not a port")
    except ValueError:
        read_setting({"host": "x"}, "port")

print("starting")
start()
