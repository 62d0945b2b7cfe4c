# Module-level state shared by every importer.
count = 0

def bump():
    global count
    count += 1
