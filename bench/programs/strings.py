# String building: concatenation, join, f-strings, methods.
parts = []
s = ""
for i in range(200_000):
    word = f"w{i % 97}"
    parts.append(word.upper())
    if i % 1000 == 0:
        s += word
text = " ".join(parts)
print(len(text), text.count("W1"), len(s))
