"""A headless command run as a process ends itself once its work is written (cli/process.py):
its PDF, database, ledger file, backup and printed lines are complete, its refusals and exit
statuses unchanged, its exit handlers run, and a thread still working gets the ordinary exit."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
# Buffered streams, as a user's terminal-less run has them (a pipe, a file): what must be flushed.
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"} | {
    "PYTHONPATH": str(ROOT)
}


def command(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mutualisation.cli", *arguments], env=ENVIRONMENT,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def database(demo_file, tmp_path) -> Path:
    copy = tmp_path / "compta.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    copy.chmod(0o600)  # as the app leaves it: no note on the rights
    return copy


def test_an_issue_leaves_its_pdf_database_ledger_and_backup_complete(database, tmp_path, capsys):
    pdf = tmp_path / "etat.pdf"
    result = command("statement", "--db", str(database), "--period", "2025-T1", "--beneficiary", "ST2B",
                     "--issue", "--date", "15/04/2025", "--pdf", str(pdf))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "État de refacturation n° 2025-0001 émis le 15/04/2025 : 15\u202f845,42\u00a0€, à régler au plus tard "
        f"le 15/05/2025. PDF : {pdf}\n"
    )
    assert result.stderr == ""
    # Every connection was closed: SQLite removed its write-ahead log and shared memory files.
    assert not Path(f"{database}-wal").exists() and not Path(f"{database}-shm").exists()
    opened = open_database(database, create=False)
    with opened.session() as session:
        stored = session.scalar(select(m.Statement).where(m.Statement.number == "2025-0001"))
        assert pdf.read_bytes() == stored.pdf
    opened.dispose()
    with pikepdf.open(io.BytesIO(pdf.read_bytes())) as document:
        assert len(document.pages) == 12
    (backup,) = (database.parent / "sauvegardes").glob("compta-*.sqlite")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM statement").fetchone() == (0,)
    assert main(["--db", str(database), "verify"]) == 0
    assert "Vérification réussie" in capsys.readouterr().out


def test_a_long_output_is_printed_whole(database):
    result = command("statement", "--db", str(database), "--period", "2025", "--beneficiary", "ST2B",
                     "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    preview = json.loads(result.stdout)
    assert len(result.stdout) > 100_000 and preview


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["--beneficiary", "XX"], 2, "Erreur : "),
        (["--beneficiary", "ST2B", "--period", "2025-T9"], 2, "Erreur : "),
    ],
)
def test_refusals_keep_their_status_and_change_nothing(database, arguments, status, message):
    before = database.read_bytes()
    result = command("statement", "--db", str(database), "--period", "2025-T1", *arguments, "--issue")
    assert result.returncode == status
    assert result.stderr.startswith(message) and result.stdout == ""
    assert database.read_bytes() == before


def test_a_missing_database_is_refused_as_before(tmp_path):
    result = command("statements", "--db", str(tmp_path / "absente.sqlite"))
    assert result.returncode == 2
    assert result.stderr.startswith("Erreur : La base de données ") and not (tmp_path / "absente.sqlite").exists()


def _script(body: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(body)], env=ENVIRONMENT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


def test_the_end_runs_the_exit_handlers_and_flushes_the_streams(tmp_path):
    mark = tmp_path / "handler-ran"
    result = _script(f"""
        import atexit, sys
        from mutualisation.cli.process import end_process
        atexit.register(lambda: open({str(mark)!r}, "w").close())
        sys.stdout.write("dernière ligne, sans retour à la ligne")
        sys.stderr.write("et sur la sortie d'erreur")
        end_process(3)
        print("jamais")
    """)
    assert result.returncode == 3
    assert result.stdout == "dernière ligne, sans retour à la ligne"
    assert result.stderr == "et sur la sortie d'erreur"
    assert mark.exists()


def test_what_an_exit_handler_prints_is_not_lost():
    """Python runs the exit handlers, then flushes the streams: the same order here."""
    result = _script("""
        import atexit, sys
        from mutualisation.cli.process import end_process
        atexit.register(lambda: sys.stdout.write(" ; écrit par le gestionnaire de sortie"))
        sys.stdout.write("la commande")
        end_process(0)
    """)
    assert result.returncode == 0
    assert result.stdout == "la commande ; écrit par le gestionnaire de sortie"


def test_a_running_thread_gets_the_ordinary_exit(tmp_path):
    mark = tmp_path / "thread-done"
    result = _script(f"""
        import sys, threading, time
        from mutualisation.cli.process import end_process
        def work():
            time.sleep(0.3)
            open({str(mark)!r}, "w").close()
        threading.Thread(target=work).start()
        end_process(0)
        print("la fin ordinaire attend le fil")
        sys.exit(4)
    """)
    assert result.returncode == 4
    assert result.stdout == "la fin ordinaire attend le fil\n"
    assert mark.exists()


def test_the_collector_resumes_with_start_up_frozen():
    result = _script("""
        import gc
        from mutualisation.cli.process import YOUNG_OBJECTS, start_up, start_up_done
        start_up()
        assert not gc.isenabled()
        import mutualisation.storage.database
        start_up_done()
        print(gc.isenabled(), gc.get_freeze_count() > 10_000, gc.get_threshold()[0] == YOUNG_OBJECTS)
    """)
    assert result.stdout == "True True True\n", result.stderr


def test_pillow_loads_at_its_first_use_only():
    result = _script("""
        import io, sys
        from mutualisation.cli.process import start_up
        start_up()
        import pikepdf, reportlab.platypus
        from PIL import Image
        print(type(sys.modules["PIL.Image"]).__name__ == "_LazyModule", "PIL.ImageMode" in sys.modules)
        picture = io.BytesIO()
        Image.new("RGB", (3, 2), "white").save(picture, "PNG")
        from reportlab.lib.utils import ImageReader
        print(ImageReader(io.BytesIO(picture.getvalue())).getSize(), "PIL.ImageMode" in sys.modules)
    """)
    assert result.stdout == "True False\n(3, 2) True\n", result.stderr


def test_a_logo_is_drawn_by_the_whole_process(database, tmp_path):
    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (60, 30), "navy").save(logo, "PNG")
    opened = open_database(database, create=False)
    with opened.session() as session, session.begin():
        for party in session.scalars(select(m.Party)):
            party.logo = logo.getvalue()
    opened.dispose()
    pdf = tmp_path / "etat.pdf"
    result = command("statement", "--db", str(database), "--period", "2025-T1", "--beneficiary", "ST2B",
                     "--issue", "--date", "15/04/2025", "--pdf", str(pdf))  # fmt: skip
    assert result.returncode == 0, result.stderr
    with pikepdf.open(pdf) as document:
        images = [image for page in document.pages for image in page.get_images().values()]
    assert images and images[0].Width == 60 and images[0].Height == 30
