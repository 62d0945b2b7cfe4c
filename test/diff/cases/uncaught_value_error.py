# exit: 1
# A program that prints some output and then dies with an uncaught ValueError raised a few calls deep.
def parse_age(text):
    value = int(text)
    if value < 0:
        raise ValueError(f"age cannot be negative: {value}")
    return value

def load(records):
    return [parse_age(r) for r in records]

print("loaded", load(["1", "20"]))
print("now loading bad data")
load(["5", "-3"])
print("never printed")
