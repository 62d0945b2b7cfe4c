def make_circle(r):
    return ("circle", r)

def make_square(s):
    return ("square", s)

_private_helper = 1
