NAME = 'upper'
VERSION = '1.2'

def run(text):
    return text.upper()
