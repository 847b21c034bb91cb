"""Screenshots of the editing forms and grids, opened on the demonstration data.

Runs headless (Qt's offscreen platform) on a temporary database and writes
``docs/screenshots/dialog_<name>.png`` for every form, history editor and grid.

    .venv/bin/python scripts/screenshots_dialogs.py [--out DIR] [--language en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from mutualisation.services.demo import load_demo  # noqa: E402
from mutualisation.services.workspace import Workspace  # noqa: E402
from mutualisation.storage import models as m  # noqa: E402
from mutualisation.storage.database import open_database  # noqa: E402
from mutualisation.ui.app import create_application  # noqa: E402
from mutualisation.ui.language import LANGUAGES  # noqa: E402
from scripts.capture import capture_session, save_picture  # noqa: E402


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _id(database, model, **where) -> int:
    with database.session() as session:
        query = select(model.id)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query.limit(1))


def dialogs(database):
    """(name, factory) of every dialog to picture, each opened on a typical record."""
    from mutualisation.ui.dialogs.bill_dialog import BillDialog
    from mutualisation.ui.dialogs.category_dialog import CategoryDialog
    from mutualisation.ui.dialogs.charge_dialog import ChargeDialog
    from mutualisation.ui.dialogs.equipment_dialog import EquipmentDialog
    from mutualisation.ui.dialogs.headcount_dialog import HeadcountDialog
    from mutualisation.ui.dialogs.key_dialog import KeyDialog
    from mutualisation.ui.dialogs.meter_dialog import MeterDialog
    from mutualisation.ui.dialogs.organisation_dialog import OrganisationDialog
    from mutualisation.ui.dialogs.parties_dialog import PartiesDialog
    from mutualisation.ui.dialogs.party_dialog import PartyDialog
    from mutualisation.ui.dialogs.payroll_grid import PayrollGridDialog
    from mutualisation.ui.dialogs.planned_use_grid import PlannedUseDialog
    from mutualisation.ui.dialogs.readings_grid import ReadingsGridDialog
    from mutualisation.ui.dialogs.site_dialog import SiteDialog
    from mutualisation.ui.dialogs.staff_dialog import StaffDialog

    def staff_on_shares():
        dialog = StaffDialog(Workspace(database), _id(database, m.StaffMember, first_name="Alice"))
        dialog.tabs.setCurrentIndex(1)
        return dialog

    def staff_on_absences():
        dialog = StaffDialog(Workspace(database), _id(database, m.StaffMember, first_name="Alice"))
        dialog.tabs.setCurrentWidget(dialog.absences)
        return dialog

    def staff_on_reimbursements():
        dialog = StaffDialog(Workspace(database), _id(database, m.StaffMember, first_name="Alice"))
        dialog.tabs.setCurrentWidget(dialog.reimbursements)
        return dialog

    def convention_clauses():
        from mutualisation.ui.dialogs.convention_dialog import ConventionDialog

        dialog = ConventionDialog(Workspace(database), _id(database, m.Convention))
        dialog.tabs.setCurrentWidget(dialog.clauses_tab)
        dialog.clauses_tab.fees.date_field.set_value(dt.date(2026, 2, 15))
        return dialog

    def category_on_free_provision():
        # The parking spaces the demonstration provides free to the ST2b from amendment n° 2.
        dialog = CategoryDialog(Workspace(database), _id(database, m.ExpenseCategory, code="STATION"))
        dialog.tabs.setCurrentWidget(dialog.free)
        return dialog

    def site_on_free_provision():
        dialog = SiteDialog(Workspace(database), _id(database, m.Site, name="Bureaux de Briey"))
        dialog.tabs.setCurrentWidget(dialog.free)
        return dialog

    def equipment_on_free_provision():
        dialog = EquipmentDialog(Workspace(database), _id(database, m.Equipment, kind="vehicle"))
        dialog.tabs.setCurrentWidget(dialog.free)
        return dialog

    def new_bill_with_errors():
        dialog = BillDialog(Workspace(database))
        dialog.amount.setText("12,345")
        dialog.date.edit.setText("31/02/2025")
        return dialog

    return [
        ("organisation", lambda: OrganisationDialog(Workspace(database))),
        ("parties", lambda: PartiesDialog(Workspace(database))),
        ("party", lambda: PartyDialog(Workspace(database), _id(database, m.Party, code="ST2B"))),
        ("staff", lambda: StaffDialog(Workspace(database), _id(database, m.StaffMember, first_name="David"))),
        ("staff_shares", staff_on_shares),
        ("staff_absences", staff_on_absences),
        ("staff_reimbursements", staff_on_reimbursements),
        ("convention_clauses", convention_clauses),
        ("staff_new", lambda: StaffDialog(Workspace(database))),
        ("payroll_grid", lambda: PayrollGridDialog(Workspace(database), 2025)),
        ("equipment", lambda: EquipmentDialog(Workspace(database), _id(database, m.Equipment, kind="vehicle"))),
        ("site", lambda: SiteDialog(Workspace(database), _id(database, m.Site, name="Bureaux de Briey"))),
        ("site_free_provision", site_on_free_provision),
        ("equipment_free_provision", equipment_on_free_provision),
        ("key_fixed", lambda: KeyDialog(Workspace(database), _id(database, m.AllocationKey, name="Forfait fournitures"))),
        ("key_metered", lambda: KeyDialog(Workspace(database), _id(database, m.AllocationKey, name="Copies du copieur"))),
        ("meter", lambda: MeterDialog(Workspace(database), _id(database, m.Meter, unit="km"))),
        ("category", lambda: CategoryDialog(Workspace(database), _id(database, m.ExpenseCategory, code="TELECOM"))),
        ("category_free_provision", category_on_free_provision),
        ("charge", lambda: ChargeDialog(Workspace(database), _id(database, m.RecurringCharge, label="Loyer des bureaux"))),
        ("charge_revalued", lambda: ChargeDialog(Workspace(database), _id(database, m.RecurringCharge, label="Occupation de l'antenne — commune de Landres"))),
        ("bill", lambda: BillDialog(Workspace(database), _id(database, m.Bill, supplier="MAIF"))),
        ("bill_new_invalid", new_bill_with_errors),
        ("headcount", lambda: HeadcountDialog(Workspace(database), _id(database, m.Party, code="ST2B"))),
        ("readings_grid", lambda: ReadingsGridDialog(Workspace(database), _id(database, m.Meter, unit="km"), 2025)),
        ("planned_use", lambda: PlannedUseDialog(Workspace(database), 2027)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language", choices=sorted(LANGUAGES), default="fr",
        help="interface language of the pictures (French by default, whatever the user chose)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application([sys.argv[0]])
    with capture_session(app, args.language) as folder:
        database = open_database(folder / "mutualisation.sqlite")
        with database.session() as session, session.begin():
            load_demo(session)
        for name, make in dialogs(database):
            dialog = make()
            dialog.show()
            _settle(app)
            dialog.adjustSize() if dialog.height() < dialog.sizeHint().height() else None
            _settle(app)
            save_picture(dialog, args.out / f"dialog_{name}.png")
            dialog.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
