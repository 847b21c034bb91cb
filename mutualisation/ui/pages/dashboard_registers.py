"""The dashboard's lower half: the convention's key dates and what each register holds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from .. import formatting
from ..widgets.stat_card import StatCard
from ..widgets.value_label import ValueLabel

if TYPE_CHECKING:
    from ...services.registers import ConventionRow, RegisterCounts


class ConventionDatesBox(QGroupBox):
    """The convention, its parties and its key dates, counted from today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Convention"))
        self.today = dt.date.today()
        self.none_label = QLabel(self.tr("Aucune convention n'est enregistrée."), self)
        self.none_label.setObjectName("noneLabel")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.dates: dict[str, ValueLabel] = {}
        self._date_rows: list[tuple[QLabel, ValueLabel]] = []
        for key, caption in (
            ("convention", self.tr("Convention")),
            ("parties", self.tr("Parties")),
            ("start", self.tr("Prise d'effet")),
            ("term_end", self.tr("Échéance")),
            ("notice", self.tr("Dénonciation")),
            ("renewal", self.tr("Reconduction")),
        ):
            value = ValueLabel(parent=self)
            label = QLabel(caption, self)
            form.addRow(label, value)
            self.dates[key] = value
            self._date_rows.append((label, value))
        box_layout = QVBoxLayout(self)
        box_layout.addWidget(self.none_label)
        box_layout.addLayout(form)
        box_layout.addStretch(1)

    def show_convention(self, c: ConventionRow | None, count: int) -> None:
        self.none_label.setVisible(c is None)
        for label, value in self._date_rows:
            label.setVisible(c is not None)
            value.setVisible(c is not None)
        if c is None:
            return
        d = self.dates
        title = f"{c.reference} — {c.title}"
        if count > 1:
            title += " " + self.tr("(et {count} autres)").format(count=count - 1)
        d["convention"].setText(title)
        d["parties"].setText(
            self.tr("{provider} met ses moyens à la disposition de : {beneficiaries}").format(
                provider=c.provider_name,
                beneficiaries=self.tr(" et ").join(c.beneficiaries) or self.tr("aucun bénéficiaire"),
            )
        )
        d["start"].setText(formatting.date(c.start_date))
        from ...services import registers  # with the data: the box is built before SQLAlchemy loads

        key_dates = registers.convention_key_dates(c, self.today)
        if key_dates.current_term_end is None:
            d["term_end"].setText(self.tr("sans date de fin"))
            d["notice"].setText(self.tr("sans objet"))
        else:
            d["term_end"].setText(self._date_and_distance(key_dates.current_term_end))
            d["notice"].setText(
                self.tr("au plus tard le {date} (préavis de {duration})").format(
                    date=self._date_and_distance(key_dates.notice_deadline),
                    duration=formatting.months(c.notice_months),
                )
            )
        if c.tacit_renewal:
            renewal = self.tr("tacite")
            if c.renewal_months:
                renewal = self.tr("tacite, par périodes de {duration}").format(
                    duration=formatting.months(c.renewal_months)
                )
            if key_dates.renewals == 1:
                renewal += self.tr(" ; déjà reconduite une fois")
            elif key_dates.renewals > 1:
                renewal += self.tr(" ; déjà reconduite {count} fois").format(count=key_dates.renewals)
        else:
            renewal = self.tr("non")
        d["renewal"].setText(renewal)

    def _date_and_distance(self, day: dt.date) -> str:
        days = (day - self.today).days
        if days > 1:
            return self.tr("{date}, dans {days} jours").format(date=formatting.date(day), days=days)
        if days == 1:
            return self.tr("{date}, demain").format(date=formatting.date(day))
        if days == 0:
            return self.tr("{date}, aujourd'hui").format(date=formatting.date(day))
        if days == -1:
            return self.tr("{date}, hier").format(date=formatting.date(day))
        return self.tr("{date}, il y a {days} jours").format(date=formatting.date(day), days=-days)


class RegistersBox(QGroupBox):
    """One card per register with its size; clicking a card opens its page."""

    #: The user clicked a card: the key of the page to open.
    page_requested = Signal(str)

    CARDS = (
        # (card key, page it opens)
        ("staff", "staff"),
        ("payroll", "staff"),
        ("equipment", "equipment"),
        ("sites", "premises"),
        ("bills", "expenses"),
        ("charges", "expenses"),
        ("keys", "keys"),
        ("readings", "keys"),
        ("statements", "statements"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Registres"))
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.cards: dict[str, StatCard] = {}
        for i, (key, page) in enumerate(self.CARDS):
            card = StatCard("", self)
            card.clicked.connect(lambda page=page: self.page_requested.emit(page))
            grid.addWidget(card, i // 5, i % 5)
            self.cards[key] = card

    def _plural(self, count: int, one: str, many: str) -> str:
        # French: 0 and 1 take the singular.
        return one if count <= 1 else many

    def show_counts(self, n: RegisterCounts) -> None:
        c = self.cards
        c["staff"].set_value(
            str(n.staff), self._plural(n.staff, self.tr("agent"), self.tr("agents"))
        )
        c["payroll"].set_value(
            str(n.payroll_entries),
            self._plural(n.payroll_entries, self.tr("mois de paie saisi"), self.tr("mois de paie saisis")),
            self.tr("dernier mois : {month}").format(month=formatting.month(n.latest_payroll_month))
            if n.latest_payroll_month
            else "",
        )
        c["equipment"].set_value(
            str(n.equipment), self._plural(n.equipment, self.tr("matériel"), self.tr("matériels"))
        )
        c["sites"].set_value(str(n.sites), self._plural(n.sites, self.tr("site"), self.tr("sites")))
        c["bills"].set_value(
            str(n.bills),
            self._plural(n.bills, self.tr("facture"), self.tr("factures")),
            self.tr("la dernière du {date}").format(date=formatting.date(n.latest_bill_date))
            if n.latest_bill_date
            else "",
        )
        c["charges"].set_value(
            str(n.recurring_charges),
            self._plural(
                n.recurring_charges, self.tr("charge récurrente"), self.tr("charges récurrentes")
            ),
        )
        c["keys"].set_value(
            str(n.allocation_keys),
            self._plural(
                n.allocation_keys, self.tr("clé de répartition"), self.tr("clés de répartition")
            ),
            self.tr("{count} catégories de dépenses").format(count=n.categories)
            if n.categories > 1
            else self.tr("{count} catégorie de dépenses").format(count=n.categories),
        )
        c["readings"].set_value(
            str(n.meter_readings),
            self._plural(n.meter_readings, self.tr("relevé de compteur"), self.tr("relevés de compteurs")),
            self.tr("jusqu'au {date}").format(date=formatting.date(n.latest_reading_end))
            if n.latest_reading_end
            else "",
        )
        c["statements"].set_value(
            str(n.statements),
            self._plural(n.statements, self.tr("état émis"), self.tr("états émis")),
        )
