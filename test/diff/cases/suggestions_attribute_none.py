# exit: 1
# A name too far from every attribute gets no suggestion; a case flip counts as half an edit.
class Box:
    def __init__(self):
        self.Content = 1
b = Box()
try:
    b.zzzzzzzz
except AttributeError as e:
    print(e)
b.content
