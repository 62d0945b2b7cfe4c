# exit: 1
# A NameError naming a standard library module that was not imported: "Did you forget to import".
print(sys.argv)
