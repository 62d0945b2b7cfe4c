NAME = 'deep'

def run(text):
    return f'deep({text})'
