"""Issuing benchmark on the demonstration data: the T1 2025 statement of ST2B.

Run: ``python -m benchmarks.documents [--runs N]``. Loads the demonstration data once
(``mutualisation demo``), then, each run on a fresh copy of that database, prints the median of:

- issuing and rendering the statement in process, as in the app after its first issue
  (imports and fonts loaded, SCoT's statement of the same period issued just before on the
  same database): number, checks, computation, backup, PDF, seal and record (≤ 150 ms);
  floor: reportlab writing a document of as many pages with no content. The same issue as the
  first on a database just opened is printed beside it;
- ``mutualisation statement … --issue --pdf`` as a whole process, interpreter start-up
  included, against LibreOffice converting that statement's XLSX export (``export-statement``)
  to PDF, ``soffice --headless --convert-to pdf``, warm profile (the app ≥ 3× faster).
  LibreOffice is not required: install it with ``apt-get install -y libreoffice-calc-nogui``;
  without it the row says it is skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .report import median_ms, row

BENEFICIARY, PERIOD, ISSUE_DATE = "ST2B", "2025-T1", dt.date(2025, 4, 15)
FIRST_ISSUED = "SCOT"  # the other beneficiary, issued first in the in-process row
ISSUE_MS, CLI_SPEEDUP = 150, 3


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mutualisation.cli", *args], capture_output=True, text=True,
                          check=check)  # fmt: skip


def _issue_arguments(db: Path, pdf: Path) -> list[str]:
    return ["statement", "--db", str(db), "--period", PERIOD, "--beneficiary", BENEFICIARY, "--issue",
            "--date", ISSUE_DATE.strftime("%d/%m/%Y"), "--pdf", str(pdf)]  # fmt: skip


def _fresh_copy(demo: Path, folder: Path, name: str) -> Path:
    run = folder / name
    run.mkdir()
    shutil.copy(demo, run / "demo.sqlite")
    return run / "demo.sqlite"


def _children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def issue_in_process(demo: Path, folder: Path, runs: int) -> dict[str, float]:
    """Medians over fresh copies (one warm-up run first) of issuing ST2B's statement: ``warm``
    and ``warm_cpu`` after SCoT's of the same period on the same database, as in the app after
    its first issue (SQLAlchemy compiles a statement once per database opened, on first use);
    ``cold`` as the first issue on a database just opened; and the statement's ``pages``."""
    from mutualisation.domain.periods import parse_period
    from mutualisation.services.costs import find_convention, find_party
    from mutualisation.services.issuing import issue_statement
    from mutualisation.storage.database import open_database

    def issue(session, code: str) -> tuple[float, float, bytes]:
        party = find_party(session, code)
        convention = find_convention(session, party.code)
        session.commit()
        start, cpu = time.perf_counter(), time.process_time()
        statement = issue_statement(session, convention, party, parse_period(PERIOD), ISSUE_DATE)
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, statement.pdf

    warm, warm_cpu, cold, pages = [], [], [], 0
    for number in range(runs + 1):
        for first in (FIRST_ISSUED, None):
            database = open_database(_fresh_copy(demo, folder, f"in-process-{number}-{first}"))
            with database.session() as session:
                if first:
                    issue(session, first)
                elapsed, elapsed_cpu, pdf = issue(session, BENEFICIARY)
            database.dispose()
            if not number:  # the first run loads reportlab and the fonts, as the app's first issue does
                continue
            if first:
                warm.append(elapsed)
                warm_cpu.append(elapsed_cpu)
                pages = _page_count(pdf)
            else:
                cold.append(elapsed)
    return {"warm": statistics.median(warm), "warm_cpu": statistics.median(warm_cpu),
            "cold": statistics.median(cold), "pages": pages}  # fmt: skip


def _page_count(pdf: bytes) -> int:
    """The pages of an issued PDF, as qpdf reads them (its objects are rewritten by pikepdf)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def empty_pages_ms(pages: int, runs: int) -> float:
    """The floor of a render: reportlab writing ``pages`` pages with nothing on them."""
    from reportlab.pdfgen.canvas import Canvas

    def write() -> bytes:
        canvas = Canvas(io.BytesIO())
        for _ in range(pages):
            canvas.showPage()
        canvas.save()

    return median_ms(write, runs)


def _compile_package() -> None:
    """Write the package's bytecode once, as installing it does (pip compiles a wheel's modules,
    the bundle ships them compiled): where the environment forbids writing bytecode
    (``PYTHONDONTWRITEBYTECODE``), every command would otherwise compile the app's hundred-odd
    modules again at start-up, which no installed copy does."""
    import mutualisation

    package = Path(mutualisation.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], capture_output=True, check=True)


def libraries_floor_ms(runs: int) -> float:
    """The floor of any issuing command: the interpreter starting and importing only the
    libraries it cannot do without (the database's, the PDF's, the PDF/A pass's, the Factur-X
    XML's), nothing of the app."""
    command = [sys.executable, "-c", "import sqlalchemy.orm, reportlab.platypus, pikepdf, lxml.etree"]
    return median_ms(lambda: subprocess.run(command, capture_output=True, check=True), runs)


def cli_against_libreoffice(demo: Path, folder: Path, runs: int) -> None:
    _compile_package()
    floor = libraries_floor_ms(runs)
    times, cpu_times = [], []
    for number in range(runs):
        db = _fresh_copy(demo, folder, f"cli-{number}")
        start, cpu = time.perf_counter(), _children_cpu_ms()
        _cli(*_issue_arguments(db, db.parent / "etat.pdf"))
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append(_children_cpu_ms() - cpu)
    cli_ms, cli_cpu = statistics.median(times), statistics.median(cpu_times)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    label = "`statement … --issue --pdf` as a whole process"
    floor_label = "interpreter importing SQLAlchemy's ORM, reportlab, pikepdf and lxml, nothing else"
    if soffice is None:
        print(row(label, cli_ms, detail=f"interpreter start-up included, CPU {cli_cpu:.0f} ms", floor=floor,
                  floor_label=floor_label))  # fmt: skip
        print("  LibreOffice comparison skipped: soffice is not installed "
              "(apt-get install -y libreoffice-calc-nogui)")  # fmt: skip
        return
    xlsx = db.parent / "etat.xlsx"
    _cli("export-statement", "--db", str(db), f"{ISSUE_DATE.year}-0001", str(xlsx))
    profile = (folder / "libreoffice-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder / "libreoffice"), str(xlsx)]  # fmt: skip
    subprocess.run(command, capture_output=True, check=True)  # creates the profile: not timed
    times, cpu_times = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), _children_cpu_ms()
        subprocess.run(command, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append(_children_cpu_ms() - cpu)
    office_ms, office_cpu = statistics.median(times), statistics.median(cpu_times)
    speedup = office_ms / cli_ms
    verdict = "OK" if speedup >= CLI_SPEEDUP else "NOT MET"
    print(f"{label}: {cli_ms:.0f} ms (interpreter start-up included, CPU {cli_cpu:.0f} ms) — LibreOffice "
          f"converting the statement's XLSX export to PDF: {office_ms:.0f} ms (CPU {office_cpu:.0f} ms), "
          f"the app {speedup:.1f}× faster (CPU {office_cpu / cli_cpu:.1f}×) — target ≥ {CLI_SPEEDUP}× faster: "
          f"{verdict}")  # fmt: skip
    print(f"  floor: the {floor_label}: {floor:.0f} ms, so at best {office_ms / floor:.1f}× faster than "
          f"LibreOffice with these libraries; the command is {cli_ms / floor:.1f}× its floor")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mutualisation-documents-"))
    demo = folder / "demo.sqlite"
    _cli("demo", "--db", str(demo))
    issued = issue_in_process(demo, folder, args.runs)
    pages = issued["pages"]
    print(row("issue + render of the demo T1 statement, in process", issued["warm"], target=ISSUE_MS,
              floor=empty_pages_ms(pages, args.runs), floor_label=f"reportlab, {pages} empty pages",
              detail=f"{BENEFICIARY} {PERIOD}, {pages} pages, after {FIRST_ISSUED}'s, backup included, "
                     f"CPU {issued['warm_cpu']:.0f} ms; as the first issue on a database just opened: "
                     f"{issued['cold']:.0f} ms"))  # fmt: skip
    cli_against_libreoffice(demo, folder, min(args.runs, 3))
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
