"""Screenshots of every page of the main window, on the demonstration data.

Runs headless (Qt's offscreen platform) on a temporary database and writes
``docs/screenshots/<page>.png`` at 1280×800, plus ``welcome.png`` for the first-start screen,
and the États and Convention pages at work (``statements-*.png``, ``convention-*.png``) with
their dialogs (``dialog_*.png``: explanation, payment, correction, PDF viewer, convention,
article, amendment).

    .venv/bin/python scripts/screenshots.py [--out DIR] [--language en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from mutualisation.services.demo import load_demo  # noqa: E402
from mutualisation.services.workspace import Workspace  # noqa: E402
from mutualisation.storage.database import open_database  # noqa: E402
from mutualisation.ui.app import create_application  # noqa: E402
from mutualisation.ui.language import LANGUAGES  # noqa: E402
from mutualisation.ui.main_window import MainWindow  # noqa: E402
from scripts.capture import capture_session, save_picture  # noqa: E402

SIZE = (1280, 800)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _wait_idle(app: QApplication, page, seconds: float = 20) -> None:
    """Let the page's background work (previews, drift, alerts) finish and show."""
    from mutualisation.ui.workers import Task

    tasks = [t for t in vars(page).values() if isinstance(t, Task)]
    deadline = time.monotonic() + seconds
    while any(t.is_busy() for t in tasks) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)  # (a tight processEvents loop trips a PySide reference bug)
    _settle(app)


def _pause(app: QApplication, seconds: float) -> None:
    """Let Qt work a moment (the PDF view renders its pages on a thread of its own)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)


def _window(database, app: QApplication) -> MainWindow:
    window = MainWindow(Workspace(database))
    window.resize(*SIZE)
    window.show()
    _settle(app)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language", choices=sorted(LANGUAGES), default="fr",
        help="interface language of the pictures (French by default, whatever the user chose)",
    )  # fmt: skip
    parser.add_argument(
        "--tabs", action="store_true", help="also save every tab of a page as <page>-<n>.png"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application([sys.argv[0]])
    with capture_session(app, args.language) as folder:
        empty = open_database(folder / "vide.sqlite")
        window = _window(empty, app)
        save_picture(window, args.out / "welcome.png")
        window.close()
        empty.dispose()

        database = open_database(folder / "mutualisation.sqlite")
        with database.session() as session, session.begin():
            load_demo(session)
        window = _window(database, app)
        for key in window.page_keys():
            window.show_page(key)
            _settle(app)
            _wait_idle(app, window.pages[key])
            save_picture(window, args.out / f"{key}.png")
            tabs = window.pages[key].findChild(QTabWidget) if args.tabs else None
            if tabs is not None:
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    save_picture(window, args.out / f"{key}-{index + 1}.png")
                tabs.setCurrentIndex(0)
        _statements_at_work(app, window, database, args.out)
        _convention_at_work(app, window, args.out)
        window.close()
        database.dispose()
    return 0


def _statements_at_work(app: QApplication, window: MainWindow, database, out: Path) -> None:
    """A period with problems; a statement issued, paid in part, then drifted; the dialogs."""
    from sqlalchemy import select

    from mutualisation.domain.periods import parse_period
    from mutualisation.storage import models as m
    from mutualisation.ui.pages.statements_jobs import issue_statement

    window.show_page("statements")
    page = window.pages["statements"]
    _wait_idle(app, page)
    page.select_period(parse_period("2026-T4"), "quarterly")
    _wait_idle(app, page)
    save_picture(window, out / "statements-problems.png")

    page.select_period(parse_period("2025-T1"), "quarterly")
    _wait_idle(app, page)
    page.preview.lines_table.view.selectRow(0)
    page.on_preview_explanation_requested(page.preview.lines_table.current_row())
    _settle(app)
    save_picture(page.dialog, out / "dialog_explanation.png")
    page.dialog.close()

    page.issue_task.start(issue_statement, Workspace(database), page._result.choice, page._result.period, dt.date.today())
    _wait_idle(app, page)
    page.pdf_viewer.resize(900, 900)
    _pause(app, 2)
    save_picture(page.pdf_viewer, out / "dialog_pdf_viewer.png")
    page.pdf_viewer.close()

    with database.session() as session, session.begin():
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        payroll = session.scalar(select(m.PayrollCost).where(
            m.PayrollCost.staff_id == alice.id, m.PayrollCost.month == dt.date(2025, 2, 1)))  # fmt: skip
        payroll.other_costs += 120
    page.refresh()
    _wait_idle(app, page)
    row = page.issued.table.model.rows[0]
    page.issued.select(row.id)
    _settle(app)
    save_picture(window, out / "statements-issued.png")
    page.on_issued_payment_requested(page.issued.table.current_row())
    _settle(app)
    save_picture(page.dialog, out / "dialog_payment.png")
    page.dialog.close()
    page.on_issued_correction_requested(page.issued.table.current_row())
    _settle(app)
    save_picture(page.dialog, out / "dialog_correction.png")
    page.dialog.close()


def _convention_at_work(app: QApplication, window: MainWindow, out: Path) -> None:
    """Each tab of the Convention page, its dialogs, and the printed summary."""
    window.show_page("convention")
    page = window.pages["convention"]
    for index, name in ((1, "amendments"), (3, "at-date")):
        page.tabs.setCurrentIndex(index)
        _settle(app)
        save_picture(window, out / f"convention-{name}.png")
    page.tabs.setCurrentIndex(0)
    page.on_edit_clicked()
    _settle(app)
    page.dialog.end_field.edit.setText("31/12/2024")  # end before start: the message shows
    _settle(app)
    save_picture(page.dialog, out / "dialog_convention.png")
    page.dialog.reject()
    page.articles.table.view.selectRow(4)
    page.on_article_edit_requested(page.articles.table.current_row())
    _settle(app)
    save_picture(page.dialog, out / "dialog_article.png")
    page.dialog.reject()
    page.on_amendment_add_requested()
    _settle(app)
    save_picture(page.dialog, out / "dialog_amendment.png")
    page.dialog.reject()
    page.on_print_clicked()
    _wait_idle(app, page)
    if page.pdf_viewer is not None:
        page.pdf_viewer.resize(900, 900)
        _pause(app, 2)
        save_picture(page.pdf_viewer, out / "dialog_convention_pdf.png")
        page.pdf_viewer.close()


if __name__ == "__main__":
    sys.exit(main())
