OUTPUT = f'{GREETING} from {__name__}'
print('tool script ran as', __name__)
