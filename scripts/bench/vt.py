"""A terminal screen fed with the bytes a program wrote (pyte, plus the few
xterm sequences ncurses uses for xterm-256color that pyte lacks), to count the
cells an update really changed."""
import os, sys
# scripts/bench/deps.sh installs pyte here when Python does not have it.
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench-out", "pylib"))
import pyte

class Screen(pyte.Screen):
    last = " "

    def draw(self, data):
        super().draw(data)
        if data:
            self.last = data[-1]

    def repeat_last(self, count=1, *_, **__):  # REP: CSI n b
        self.draw(self.last * max(count, 1))

    def scroll_up(self, count=1, *_, **__):  # SU: CSI n S
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        y = self.cursor.y
        for _ in range(max(count, 1)):
            self.cursor.y = bottom
            self.index()
        self.cursor.y = y

    def scroll_down(self, count=1, *_, **__):  # SD: CSI n T
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        y = self.cursor.y
        for _ in range(max(count, 1)):
            self.cursor.y = top
            self.reverse_index()
        self.cursor.y = y

class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, b="repeat_last", S="scroll_up", T="scroll_down")
    events = pyte.ByteStream.events | {"repeat_last", "scroll_up", "scroll_down"}

class Terminal:
    def __init__(self, cols, rows):
        self.screen = Screen(cols, rows)
        self.stream = Stream(self.screen)

    def feed(self, data):
        self.stream.feed(data)

    def cells(self):
        """Every cell: (character, colours and attributes)."""
        return [tuple(self.screen.buffer[y][x]) for y in range(self.screen.lines) for x in range(self.screen.columns)]

    def text(self):
        return [line.rstrip() for line in self.screen.display]

def changed(before, after):
    """(cells that differ, bytes of their characters in UTF-8): the least any
    terminal protocol must send to turn `before` into `after`."""
    cells = [new for old, new in zip(before, after) if old != new]
    return len(cells), sum(len(cell[0].encode()) for cell in cells)
