# String building: concatenation, join, f-strings, methods.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
parts = []
s = ""
for i in range(200_000 // SCALE):
    word = f"w{i % 97}"
    parts.append(word.upper())
    if i % 1000 == 0:
        s += word
text = " ".join(parts)
print(len(text), text.count("W1"), len(s))
