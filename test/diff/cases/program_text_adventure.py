# stdin: look\ngo north\ntake lamp\ninventory\ngo east\nuse lamp\ntake key\ngo west\ngo south\nopen chest\ndance\ngo nowhere\nhelp\nquit\n
# A text adventure: a command parser reading from stdin with input(), rooms as a graph, items, a state
# machine for the lamp and chest, and a scoring summary at the end.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "south": "vault"}, "items": []},
    "library": {"desc": "a library full of books", "exits": {"south": "hall", "east": "study"}, "items": ["lamp"]},
    "study": {"desc": "a dark study", "exits": {"west": "library"}, "items": ["key"], "dark": True},
    "vault": {"desc": "a vault with a heavy chest", "exits": {"north": "hall"}, "items": []},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.lamp_on = False
        self.chest_open = False
        self.moves = 0
        self.score = 0
        self.log = []

    def say(self, text):
        print(text)
        self.log.append(text)

    def visible(self):
        room = ROOMS[self.room]
        return not room.get("dark") or self.lamp_on

    def describe(self):
        room = ROOMS[self.room]
        if not self.visible():
            self.say("It is pitch black. You might need a light.")
            return
        self.say(f"You are in {room['desc']}.")
        if room["items"]:
            self.say("You see: " + ", ".join(room["items"]))
        self.say("Exits: " + ", ".join(sorted(room["exits"])))

    def do_look(self, *args):
        self.describe()

    def do_go(self, direction=None, *rest):
        if direction is None:
            self.say("Go where?")
            return
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            self.say(f"You cannot go {direction}.")
            return
        self.room = exits[direction]
        self.moves += 1
        self.describe()

    def do_take(self, item=None, *rest):
        room = ROOMS[self.room]
        if item is None:
            self.say("Take what?")
        elif not self.visible():
            self.say("You fumble around in the dark.")
        elif item in room["items"]:
            room["items"].remove(item)
            self.inventory.append(item)
            self.score += 10
            self.say(f"Taken: {item}.")
        else:
            self.say(f"There is no {item} here.")

    def do_inventory(self, *args):
        self.say("You carry: " + (", ".join(self.inventory) if self.inventory else "nothing"))

    def do_use(self, item=None, *rest):
        if item not in self.inventory:
            self.say(f"You do not have {item}.")
        elif item == "lamp":
            self.lamp_on = not self.lamp_on
            self.say(f"The lamp is now {'on' if self.lamp_on else 'off'}.")
            if ROOMS[self.room].get("dark") and self.lamp_on:
                self.describe()
        else:
            self.say(f"Nothing happens with the {item}.")

    def do_open(self, thing=None, *rest):
        if thing != "chest" or self.room != "vault":
            self.say("There is nothing to open here.")
        elif "key" not in self.inventory:
            self.say("The chest is locked.")
        elif self.chest_open:
            self.say("It is already open.")
        else:
            self.chest_open = True
            self.score += 50
            self.say("The chest creaks open: you found the treasure!")

    def do_help(self, *args):
        verbs = sorted(name[3:] for name in dir(self) if name.startswith("do_"))
        self.say("Commands: " + " ".join(verbs))

    def handle(self, line):
        words = line.strip().lower().split()
        if not words:
            return True
        verb, *args = words
        if verb in ("quit", "exit"):
            return False
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb}.")
        else:
            handler(*args)
        return True

game = Game()
game.describe()
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    print(line)
    if not game.handle(line):
        break
print(f"Game over after {game.moves} moves. Score: {game.score}/70")
print("Treasure found!" if game.chest_open else "The treasure remains hidden.")
print("lines of output:", len(game.log))
