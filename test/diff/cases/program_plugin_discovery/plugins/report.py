from plugins import upper, reverse
TOTAL = len(upper.run('abc')) + len(reverse.run('de'))
if __name__ == '__main__':
    print('report running as', __name__, 'package', __package__, 'total', TOTAL)
