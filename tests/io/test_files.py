"""Files that cannot be imported at all, and sheets or columns that are not the format's."""

from __future__ import annotations

import pytest

from mutualisation.services.importing import ImportFileError

from .helpers import csv_file, reasons, run, snapshot, workbook

BILLS_HEADER = "Date;Fournisseur;Référence;Libellé;Montant;Catégorie\r\n"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("image.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
         "« image.xlsx » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible."),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
         "« image.csv » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible."),
        ("archive.xlsx", b"PK\x03\x04 not really a zip",
         "« archive.xlsx » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible."),
        ("notes.xlsx", b"just some text",
         "« notes.xlsx » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible."),
        ("binary.csv", b"Date;Montant\n\x00\x01\x02\x03",
         "« binary.csv » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible."),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
         "« old.xls » est au format Excel 97-2003 (.xls), que l'import ne lit pas : "
         "enregistrez-le au format .xlsx (Fichier > Enregistrer sous)."),
        ("empty.csv", b"", "Le fichier « empty.csv » est vide."),
        ("blank.csv", b"\xef\xbb\xbf\r\n\r\n", "Le fichier « blank.csv » est vide."),
        ("header-only.csv", ("\ufeff" + BILLS_HEADER).encode(),
         "« header-only.csv » ne contient aucune ligne à importer."),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_read_is_refused_whole(demo_db, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(demo_db)
    with pytest.raises(ImportFileError) as error:
        run(demo_db, path)
    assert str(error.value) == message
    assert snapshot(demo_db) == before


def test_a_ten_megabyte_file_is_refused_before_reading(demo_db, tmp_path):
    line = "15/02/2025;EDF;F-{:07d};Électricité des bureaux — relevé bimestriel;120,00;FLUIDES\r\n"
    path = tmp_path / "huge.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(BILLS_HEADER)
        n = 0
        while handle.tell() < 10 * 1024 * 1024:
            handle.write(line.format(n))
            n += 1
    before = snapshot(demo_db)
    with pytest.raises(ImportFileError) as error:
        run(demo_db, path)
    assert str(error.value) == (
        "Le fichier « huge.csv » fait 10,5 Mo : 10,0 Mo au plus. "
        "Découpez-le (un fichier CSV par registre, ou les factures année par année)."
    )
    assert snapshot(demo_db) == before


def test_an_empty_template_has_nothing_to_import(db, tmp_path):
    from mutualisation.services.exporting import write_template

    path = tmp_path / "modele.xlsx"
    write_template(path)
    with pytest.raises(ImportFileError, match="ne contient aucune ligne à importer"):
        run(db, path)


def test_unknown_sheet_and_unknown_column_are_refused_never_ignored(demo_db, tmp_path):
    path = workbook(tmp_path / "extra.xlsx", {
        "Notes": [["Quoi"], ["penser à relancer EDF"]],
        "Catégories": [["Code", "Nom", "Couleur"], ["NEUF", "Nouvelle catégorie", "bleu"]],
    })  # fmt: skip
    before = snapshot(demo_db)
    report = run(demo_db, path)
    found = reasons(report)
    assert found[0][:3] == ("Notes", 1, "")
    assert found[0][3].startswith("Feuille non reconnue : ses 1 ligne(s) ne seraient pas lues. Feuilles possibles : Parties,")
    assert found[1] == ("Catégories", 1, "Couleur",
                        "Colonne inconnue : elle ne serait pas lue. Colonnes de la feuille : Code, Nom.")
    assert not report.written and snapshot(demo_db) == before
    # The valid rows may still go in, on request, without the unknown column.
    report = run(demo_db, path, valid_only=True)
    assert report.written and report.summary("Catégories").added == 1


def test_a_missing_required_column_refuses_the_sheet(demo_db, tmp_path):
    path = workbook(tmp_path / "nodate.xlsx", {"Factures": [
        ["Fournisseur", "Libellé", "Montant", "Catégorie"], ["EDF", "Électricité", "12,00", "FLUIDES"],
    ]})  # fmt: skip
    report = run(demo_db, path, valid_only=True)
    assert reasons(report) == [("Factures", 1, "Date", "Colonne obligatoire absente.")]
    assert report.summary("Factures").rejected == 1 and report.totals().added == 0


def test_a_value_outside_the_named_columns_is_refused(demo_db, tmp_path):
    path = workbook(tmp_path / "stray.xlsx", {"Catégories": [["Code", "Nom"], ["NEUF", "Neuf", "oups"]]})
    assert reasons(run(demo_db, path)) == [("Catégories", 2, "C", "Valeur dans une colonne sans titre.")]


@pytest.mark.parametrize("encoding, separator, decimal", [
    ("utf-8-sig", ";", ","), ("utf-8", ";", ","), ("cp1252", ";", ","), ("utf-8", ",", "."),
    ("utf-8", "\t", "."),
])  # fmt: skip
def test_csv_in_french_or_english_spelling(demo_db, tmp_path, encoding, separator, decimal):
    header = ["Date", "Fournisseur", "Référence", "Libellé", "Montant", "Catégorie"]
    rows = [["15/02/2027", "Électricité de Strasbourg", "F-1", "Relevé, période 1", f"1234{decimal}50", "FLUIDES"],
            ["2027-02-16", "EDF", "F-2", "Avoir", f"-12{decimal}5", "FLUIDES"]]
    quote = lambda v: f'"{v}"' if separator in v else v  # noqa: E731
    text = "\r\n".join(separator.join(quote(v) for v in row) for row in [header, *rows]) + "\r\n"
    path = csv_file(tmp_path / "factures.csv", text, encoding)
    report = run(demo_db, path)
    assert report.valid and report.written, reasons(report)
    bills = {v["reference"]: v for _, v in snapshot(demo_db)["bill"] if v["date"].year == 2027}
    assert str(bills["F-1"]["amount"]) == "1234.50" and str(bills["F-2"]["amount"]) == "-12.50"
    assert bills["F-1"]["supplier"] == "Électricité de Strasbourg"
    assert bills["F-1"]["label"] == "Relevé, période 1"


def test_a_csv_file_is_recognised_by_its_headers_whatever_its_name(demo_db, tmp_path):
    text = "Code;Nom\r\nNEUF;Nouvelle catégorie\r\n"
    report = run(demo_db, csv_file(tmp_path / "export du 12 mars.csv", text))
    assert report.written and report.summary("export du 12 mars.csv").added == 1
