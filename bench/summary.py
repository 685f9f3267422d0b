"""summary.py — the summary.tsv of a Python bench (the same rows as lib.sh's bench_row; see there)."""
import os

COLUMNS = ["key", "quantity", "sdk", "baseline", "unit", "baseline_name", "goal", "note", "detail"]


def write(path, rows):
    """rows: dicts with the COLUMNS' keys (goal, note and detail optional)."""
    with open(path + ".tmp", "w") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(str(r.get(c, "")) for c in COLUMNS) + "\n")
    os.replace(path + ".tmp", path)
