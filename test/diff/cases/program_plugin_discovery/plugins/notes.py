"""Not a plugin: it has no run()."""
NOTES = ['a', 'b']
