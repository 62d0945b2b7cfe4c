VERSION = '0.9'

def run(text):
    return text[::-1]
