"""Files: private whatever the umask, never a foreign database adopted, never a missing one
created by a reader; hostile workbooks refused cheaply; the small command-line promises."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from mutualisation import paths
from mutualisation.cli import main
from mutualisation.reporting.xlsx import XlsxColumn, write_csv
from mutualisation.storage.chain_record import sidecar

from .conftest import mode

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def test_the_data_folder_exports_pdfs_settings_and_the_record_are_private(tmp_path, umask, user_data, capsys):
    folder = paths.user_data_dir()
    assert mode(folder) == 0o700
    db = tmp_path / "compta.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "statement", "--beneficiary", "ST2B", "--period", "2025-T1", "--issue",
                 "--date", "10/04/2025", "--pdf", str(tmp_path / "etat.pdf")]) == 0  # fmt: skip
    write_csv(tmp_path / "export.csv", [XlsxColumn("Salaire", "money")], [[1]])
    assert main(["--db", str(db), "backup", "--to", str(tmp_path / "copie.sqlite")]) == 0
    for file in (db, tmp_path / "etat.pdf", tmp_path / "export.csv", sidecar(db), tmp_path / "copie.sqlite",
                 sidecar(tmp_path / "copie.sqlite")):  # fmt: skip
        assert mode(file) == 0o600, file


def test_an_existing_database_open_to_others_is_tightened_once(tmp_path, capsys):
    db = tmp_path / "compta.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    db.chmod(0o644)
    assert main(["--db", str(db), "verify"]) == 0
    assert "réservés à son propriétaire (600)" in capsys.readouterr().err
    assert mode(db) == 0o600
    assert main(["--db", str(db), "verify"]) == 0
    assert "réservés" not in capsys.readouterr().err  # said once


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path, capsys):
    other = tmp_path / "autre-appli.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE clients (nom TEXT)")
        connection.commit()
    before = other.read_bytes()
    for command in (["verify"], ["demo"], ["statements"]):
        assert main(["--db", str(other), *command]) == 2
        assert "d'une autre application" in capsys.readouterr().err
    assert other.read_bytes() == before and not Path(f"{other}-wal").exists()


def test_a_missing_database_is_refused_except_by_init_and_demo(tmp_path, capsys):
    missing = tmp_path / "fautedefrappe.sqlite"
    for command in (["verify"], ["statements"], ["export", str(tmp_path / "x.xlsx")]):
        assert main(["--db", str(missing), *command]) == 2
        assert "n'existe pas" in capsys.readouterr().err
        assert not missing.exists()
    assert main(["--db", str(missing), "init"]) == 0 and missing.exists()
    assert main(["--db", str(missing), "init"]) == 1  # never over an existing one
    assert main(["--db", str(tmp_path / "demo.sqlite"), "demo"]) == 0


def _xlsx(cells: str, shared: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                         '<sheet name="F" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships"><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>'
                         '<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                         f'2006/main"><sheetData>{cells}</sheetData></worksheet>')
        archive.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'{shared}</sst>')
    return buffer.getvalue()


HOSTILE = {
    "far column ZZZZZZ3": _xlsx('<row r="3"><c r="ZZZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>'),
    "far column ZZZZZZZ3": _xlsx('<row r="3"><c r="ZZZZZZZ3"><v>1</v></c></row>'),
    "column past 1,024": _xlsx('<row r="1"><c r="AMK1"><v>1</v></c></row>'),
    "row past 1,048,576": _xlsx('<row r="99999999"><c r="A99999999"><v>1</v></c></row>'),
    "full-width digits in a reference": _xlsx('<row r="1"><c r="A１"><v>1</v></c></row>'),
    "shared-string bomb": _xlsx("", "<si><t>" + "A" * 40_000_000 + "</t></si>"),
    "a cell of 40,000 characters": _xlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>' + "B" * 40_000 + "</t></is></c></row>"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_workbook_is_refused_before_costing_memory(tmp_path, name):
    path = tmp_path / "piege.xlsx"
    path.write_bytes(HOSTILE[name])
    assert path.stat().st_size < 100_000
    script = (
        "import resource, sys\n"
        "from mutualisation.services.importing.xlsx_reader import Workbook, WorkbookError\n"
        "try:\n"
        "    book = Workbook(sys.argv[1])\n"
        "    for _name, target in book.sheets:\n"
        "        list(book.rows(target))\n"
        "    print('lu')\n"
        "except WorkbookError as exc:\n"
        "    print('refusé:', exc)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    baseline = subprocess.run([sys.executable, "-c", "import resource, mutualisation.services.importing.xlsx_reader\n"
                               "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    message, peak = result.stdout.splitlines()
    assert message.startswith("refusé:"), result.stdout + result.stderr
    assert int(peak) - int(baseline.stdout) < 16 * 1024, f"{name}: {int(peak) - int(baseline.stdout)} KiB more"


def test_a_hostile_workbook_is_refused_in_french_by_the_import(tmp_path, capsys):
    path = tmp_path / "piege.xlsx"
    path.write_bytes(HOSTILE["far column ZZZZZZ3"])
    db = tmp_path / "compta.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "import", str(path)]) != 0
    err = capsys.readouterr()
    assert "hors des limites" in err.out + err.err
    assert "Erreur inattendue" not in err.out + err.err


def test_a_malformed_server_address_gives_a_message_and_no_password(capsys):
    assert main(["--db", "postgresql+psycopg://anne:s3cret@serveur:abc/compta", "verify"]) == 2
    assert main(["--db", "postgresql+psycopg://anne@127.0.0.1:1/compta?password=s3cret", "verify"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "s3cret" not in err
    assert "Adresse de base de données invalide" in err


def test_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "compta.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    script = f"import sys; from mutualisation.cli import main; sys.exit(main(['--db', {str(db)!r}, 'statement', '--beneficiary', 'ST2B', '--period', '2025-T1']))"
    reader = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.read(10)
    reader.stdout.close()  # as « | head » does
    _, err = reader.communicate(timeout=120)
    assert b"Erreur inattendue" not in err and b"Traceback" not in err, err


def test_extreme_years_are_refused_with_a_message(tmp_path, capsys):
    db = tmp_path / "compta.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    with pytest.raises(SystemExit):
        main(["--db", str(db), "summary", "--beneficiary", "ST2B", "--year", "0"])
    assert "année « 0 » refusée" in capsys.readouterr().err
    assert main(["--db", str(db), "statement", "--beneficiary", "ST2B", "--period", "２０２５-T1"]) != 0
    assert "illisible" in capsys.readouterr().err
