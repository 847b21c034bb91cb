"""``chorus-export``: the issued PDFs of a period and the checklist of what Chorus Pro asks,
or a refusal naming what a public beneficiary lacks, with nothing written."""

import datetime as dt

import pytest
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.domain.chorus import ChorusYear
from mutualisation.services.editing.chorus import save_chorus_years
from mutualisation.storage import models as m


@pytest.fixture
def demo(demo_db):
    return demo_db


def run(db, *args) -> int:
    return main(["--db", str(db.url), *args])


def issue(db, period, code, day) -> None:
    assert run(db, "statement", "--period", period, "--beneficiary", code, "--issue", "--date", day) == 0


def statement(db, number) -> m.Statement:
    with db.session() as session:
        found = session.scalar(select(m.Statement).where(m.Statement.number == number))
        session.expunge(found)
        return found


def set_years(db, code, years) -> None:
    with db.session() as session, session.begin():
        party = session.scalar(select(m.Party).where(m.Party.code == code))
        save_chorus_years(session, party.id, years)


def test_the_pdfs_of_a_period_and_what_chorus_pro_will_ask(demo, tmp_path, capsys):
    issue(demo, "2025-T4", "ST2B", "15/01/2026")
    issue(demo, "2026-T1", "ST2B", "10/04/2026")
    issue(demo, "2026-T1", "SCOT", "10/04/2026")
    capsys.readouterr()
    folder = tmp_path / "chorus"
    assert run(demo, "chorus-export", "--period", "2026-T1", "--to", str(folder)) == 0
    out = capsys.readouterr().out
    assert sorted(p.name for p in folder.iterdir()) == ["2026-0002.pdf", "2026-0003.pdf", "chorus-pro-a-saisir.txt"]
    st2b, scot = statement(demo, "2026-0002"), statement(demo, "2026-0003")
    # The stored files, byte for byte (the sealed and chained document).
    assert (folder / "2026-0002.pdf").read_bytes() == st2b.pdf
    assert (folder / "2026-0003.pdf").stat().st_mode & 0o077 == 0
    assert "Liste de ce que Chorus Pro demandera" in out
    text = (folder / "chorus-pro-a-saisir.txt").read_text(encoding="utf-8")
    assert text.startswith("Dépôt sur Chorus Pro — 2 document(s) préparé(s) le ")
    block = text.split("2026-0002.pdf — ")[1].split("\n\n")[0]
    assert block.splitlines()[0] == "État de refacturation n° 2026-0002 du 10/04/2026"
    money = lambda value: f"{value:,.2f}".replace(",", "\u202f").replace(".", ",") + "\u00a0€"  # noqa: E731
    for expected in (
        "Type de document : facture",
        "SIRET du destinataire : 255 409 179 00017",
        "Code service : FINANCES",
        "N° d'engagement : EJ-2026-000412",  # this year's, not 2025's
        "Période : 1er trimestre 2026",
        f"Montant HT : {money(st2b.total_excl_vat)}",
        f"TVA : {money(st2b.vat)}",
        f"Montant TTC : {money(st2b.total)}",
        "Échéance : 10/05/2026",
    ):
        assert f"  {expected}" in block, expected
    assert "N° d'engagement : 2026-SCOT-0009" in text and f"Montant TTC : {money(scot.total)}" in text
    assert "Attention" not in text

    # One document by its number: the year's references of its own period (2025).
    assert run(demo, "chorus-export", "--document", "2026-0001", "--to", str(tmp_path / "t4")) == 0
    text = (tmp_path / "t4" / "chorus-pro-a-saisir.txt").read_text(encoding="utf-8")
    assert "N° d'engagement : EJ-2025-000318" in text and "Période : 4e trimestre 2025" in text


def test_a_public_beneficiary_without_this_year_s_references_is_refused_and_nothing_written(demo, tmp_path, capsys):
    set_years(demo, "ST2B", [ChorusYear(2025, "FINANCES", "EJ-2025-000318")])
    set_years(demo, "SCOT", [ChorusYear(2026, "DIRECTION", "")])
    issue(demo, "2026-T1", "ST2B", "10/04/2026")
    issue(demo, "2026-T1", "SCOT", "10/04/2026")
    capsys.readouterr()
    folder = tmp_path / "chorus"
    assert run(demo, "chorus-export", "--period", "2026-T1", "--to", str(folder)) == 1
    err = capsys.readouterr().err
    assert "Export pour Chorus Pro refusé, aucun fichier écrit" in err
    assert ("n° 2026-0001 (ST2B, 2026) : code service et numéro d'engagement manquants — à saisir : les "
            "références dans Paramètres → Parties → ST2B → Chorus Pro, année 2026.") in err
    assert "n° 2026-0002 (SCOT, 2026) : numéro d'engagement manquant" in err
    assert not folder.exists()

    # Entered afterwards: the issued file does not carry them, so the checklist says to type them.
    set_years(demo, "ST2B", [ChorusYear(2025, "FINANCES", "EJ-2025-000318"), ChorusYear(2026, "FINANCES", "EJ-2026-7")])
    set_years(demo, "SCOT", [ChorusYear(2026, "DIRECTION", "2026-SCOT-0009")])
    assert run(demo, "chorus-export", "--period", "2026-T1", "--to", str(folder)) == 0
    text = (folder / "chorus-pro-a-saisir.txt").read_text(encoding="utf-8")
    assert "N° d'engagement : EJ-2026-7" in text
    assert text.count("Attention : code service ou n° d'engagement absent du document émis") == 2


def test_a_beneficiary_that_is_not_public_is_left_out_and_arguments_are_checked(demo, tmp_path, capsys):
    with demo.session() as session, session.begin():
        session.scalar(select(m.Party).where(m.Party.code == "SCOT")).is_public_body = False
    issue(demo, "2026-T1", "ST2B", "10/04/2026")
    issue(demo, "2026-T1", "SCOT", "10/04/2026")
    capsys.readouterr()
    assert run(demo, "chorus-export", "--period", "2026-T1", "--to", str(tmp_path / "a")) == 0
    assert "Non exportés (destinataire qui n'est pas une entité publique) : 2026-0002" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["2026-0001.pdf", "chorus-pro-a-saisir.txt"]

    assert run(demo, "chorus-export", "--document", "2026-0002", "--to", str(tmp_path / "b")) == 2
    assert "rien à déposer sur Chorus Pro" in capsys.readouterr().err
    assert run(demo, "chorus-export", "--period", "2025-T1", "--to", str(tmp_path / "c")) == 2
    assert "Aucun document émis ne correspond" in capsys.readouterr().err
    assert run(demo, "chorus-export", "--document", "2031-0001") == 2
    assert "Aucun document émis ne porte le numéro « 2031-0001 »" in capsys.readouterr().err
    assert run(demo, "chorus-export", "--period", "T5") == 2
    assert run(demo, "chorus-export") == 2
    assert "indiquez --period" in capsys.readouterr().err
    assert not any((tmp_path / name).exists() for name in ("b", "c"))
