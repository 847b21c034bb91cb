"""Every ``mutualisation …`` command of the README runs as written, in order, in a fresh folder.

The commands are read from the README's command blocks (lines indented by four spaces), so a
command added there is tested without touching this file. Each runs in a new process with the
package's Python, on one fresh SQLite file given by ``--db`` (the README's commands use the
user's default base, which a test must never touch). Lines that only open the window are left
out: they need a display and a person in front of it.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def readme_commands() -> list[list[str]]:
    """The arguments of each ``mutualisation`` command line of the README's blocks, in order."""
    commands = []
    for line in README.read_text(encoding="utf-8").splitlines():
        if not line.startswith("    mutualisation"):
            continue
        words = shlex.split(line, comments=True)
        assert words[0] == "mutualisation", line
        commands.append(_without_db(words[1:]))
    return commands


def _without_db(arguments: list[str]) -> list[str]:
    """The arguments without ``--db VALUE``: the test chooses the base."""
    kept, skip = [], False
    for word in arguments:
        if skip:
            skip = False
        elif word == "--db":
            skip = True
        elif not word.startswith("--db="):
            kept.append(word)
    return kept


def opens_the_window(arguments: list[str]) -> bool:
    return not arguments or arguments[0] == "gui"


@pytest.mark.slow
def test_the_readme_commands_run_in_order_on_the_demo_database(tmp_path):
    commands = readme_commands()
    runnable = [arguments for arguments in commands if not opens_the_window(arguments)]
    # The walk-through a reader follows: load the demo, issue, pay, check, then the spreadsheets
    # and the backups; a README that lost one of these steps would pass vacuously.
    names = [arguments[0] for arguments in runnable]
    assert names[0] == "demo"
    for step in ("statement", "pay", "correct", "pdf", "forecast", "summary", "convention", "verify",
                 "template", "export", "import", "export-statement", "backup", "restore"):
        assert step in names, step
    database = tmp_path / "essai.sqlite"
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    outputs = []
    for arguments in runnable:
        result = subprocess.run(
            [sys.executable, "-m", "mutualisation.cli", "--db", str(database), *arguments],
            cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, (arguments, result.stdout, result.stderr)
        # French amounts print with narrow and non-breaking spaces; the README writes plain ones.
        outputs.append((arguments, result.stdout.replace("\u202f", " ").replace("\xa0", " ")))
    printed = dict((" ".join(arguments), stdout) for arguments, stdout in outputs)

    issue = next(key for key in printed if "--issue" in key)
    # The fixed --date gives the number the later commands name, and a due date a month later.
    assert "n° 2025-0001 émis le 15/04/2025 : 15 845,42 €, à régler au plus tard le 15/05/2025" in printed[issue]
    paid = next(key for key in printed if key.startswith("pay "))
    assert "Paiement de 15 845,42 € enregistré sur l'état n° 2025-0001." in printed[paid]
    assert "Vérification réussie" in printed["verify"]
    # Every file a command names is there afterwards.
    for arguments in runnable:
        for word in arguments[1:]:
            if re.fullmatch(r"[\w-]+\.(pdf|xlsx|sqlite)", word):
                assert (tmp_path / word).stat().st_size > 0, (arguments, word)
    for name in ("etat.pdf", "copie.pdf", "previsionnel.pdf", "bilan.pdf", "fiche.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    # One CSV per sheet: the 25 registers, the 9 sheets of the convention clauses (prices,
    # VAT per section, absence kinds kept, absences, reimbursements, management fee, charge
    # amounts, revaluations, free provision) and the Chorus Pro references.
    assert len(list((tmp_path / "dossier").glob("*.csv"))) == 35
