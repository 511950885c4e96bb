"""The one format every measuring script prints, which report.py turns into
the table: tab-separated section, what, input, figure, compared with, target,
met (yes, no or empty), command that reproduces the figure."""
import shlex, subprocess, sys

def row(section, what, input="", figure="", compare="", target="", met=None, command=""):
    met = "" if met is None else ("yes" if met else "no")
    fields = [section, what, input, figure, compare, target, met, command]
    print("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields), flush=True)

def ms(value):
    if value < 10:
        return f"{value:.2f} ms"
    if value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} ms"

def times(value):
    return f"{value:.1f}×"

def count(value):
    return f"{value:,}"

def command_line(argv=None):
    """This script's own command line, to put in the table."""
    return " ".join(shlex.quote(a) for a in (argv or sys.argv))


def in_process(mode):
    """Runs `repatdash-bench MODE FILE N` for a script called as
    `SCRIPT BUILD_DIR FILE N [LABEL]`; returns the label, the command and the
    tab-separated fields of each line it printed."""
    build, path, n = sys.argv[1:4]
    label = sys.argv[4] if len(sys.argv) > 4 else path
    argv = [f"{build}/release/repatdash-bench", mode, path, n]
    output = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return label, " ".join(argv), [line.split("\t") for line in output.splitlines()]
