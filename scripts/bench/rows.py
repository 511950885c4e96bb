"""The one format every measuring script prints, which report.py turns into
the table: tab-separated section, what, input, figure, compared with, target,
met (yes, no or empty), command that reproduces the figure."""
import shlex, sys

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
