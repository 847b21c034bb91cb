"""The Convention page's terms at a glance, and its key dates with their warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services import registers
from ...services.editing.convention_clauses import SectionVatInForce
from ...services.registers import ConventionRow
from .. import formatting, labels
from ..widgets.value_label import ValueLabel

#: Days before a date from which it is shown as near.
WARNING_DAYS = 90
LATE_STYLE = "color: #b3261e; font-weight: bold;"
NEAR_STYLE = "color: #b06000; font-weight: bold;"


class TermsBox(QGroupBox):
    """Reference, parties, dates, renewal, notice, billing, VAT, advances — read only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Conditions"))
        self.values: dict[str, ValueLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setVerticalSpacing(4)
        for form, key, caption in (
            (left, "reference", self.tr("Référence")),
            (left, "title", self.tr("Intitulé")),
            (left, "provider", self.tr("Prestataire")),
            (left, "beneficiaries", self.tr("Bénéficiaires")),
            (left, "signature", self.tr("Signée le")),
            (left, "start", self.tr("Prise d'effet")),
            (left, "transparency", self.tr("Transparence")),
            (right, "end", self.tr("Fin")),
            (right, "renewal", self.tr("Reconduction")),
            (right, "notice", self.tr("Préavis")),
            (right, "frequency", self.tr("Facturation")),
            (right, "payment", self.tr("Délai de paiement")),
            (right, "vat", self.tr("TVA")),
            (right, "advance", self.tr("Appels de fonds")),
        ):
            self.values[key] = ValueLabel(parent=self)
            form.addRow(caption, self.values[key])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        # The financial clauses are sentences, under both columns: a fee, a VAT per section…
        self.clauses = ValueLabel(parent=self)
        clauses = QFormLayout()
        clauses.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        clauses.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        clauses.addRow(self.tr("Clauses financières"), self.clauses)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(clauses)

    def show_clauses(self, sentences: list[str]) -> None:
        """The fee, VAT and absence clauses in words, one a line; « aucune » without any."""
        self.clauses.setText("\n".join(sentences) or self.tr("aucune (ni frais de gestion, ni TVA par section)"))

    def show_convention(self, c: ConventionRow, section_vat: SectionVatInForce | None = None) -> None:
        """``section_vat``: the VAT of each section on the page's day (R14), None when the
        convention sets none and its single regime (R10) is the rule."""
        v = self.values
        v["reference"].setText(c.reference)
        v["title"].setText(c.title)
        v["provider"].setText(c.provider_name)
        v["beneficiaries"].setText("\n".join(f"{i}. {name}" for i, name in enumerate(c.beneficiaries, start=1)))
        v["signature"].setText(formatting.date(c.signature_date) or self.tr("non renseignée"))
        v["start"].setText(formatting.date(c.start_date))
        if c.end_date is not None:
            end = formatting.date(c.end_date)
        elif c.duration_months:
            end = self.tr("après {duration}, le {date}").format(
                duration=formatting.months(c.duration_months), date=formatting.date(c.term_end)
            )
        else:
            end = self.tr("sans date de fin")
        v["end"].setText(end)
        if c.tacit_renewal and c.renewal_months:
            renewal = self.tr("tacite, par périodes de {duration}").format(
                duration=formatting.months(c.renewal_months)
            )
        elif c.tacit_renewal:
            renewal = self.tr("tacite")
        else:
            renewal = self.tr("non")
        v["renewal"].setText(renewal)
        v["notice"].setText(formatting.months(c.notice_months))
        v["frequency"].setText(labels.billing_frequency(c.billing_frequency))
        v["payment"].setText(self.tr("{days} jours").format(days=c.payment_term_days))
        v["vat"].setText(self._vat_text(c, section_vat))
        v["advance"].setText(
            self.tr("oui, avec régularisation annuelle") if c.advance_mode else self.tr("non")
        )
        v["transparency"].setText(
            self.tr("oui, chaque bénéficiaire voit les parts des autres") if c.transparency
            else self.tr("non, chaque bénéficiaire ne voit que ses parts")
        )  # fmt: skip


    def _vat_text(self, c: ConventionRow, section_vat: SectionVatInForce | None) -> str:
        # Once sections have their own treatment, the single regime would be wrong for every
        # section taxed otherwise: each section's is shown instead, as the convention summary says.
        if section_vat is not None and section_vat.in_force:
            since = self.tr("par section depuis le {date} :").format(date=formatting.date(section_vat.since))
            return "\n".join((since, *section_vat.lines))
        if c.vat_regime == "subject":
            vat = self.tr("assujettie, au taux de {rate}").format(rate=formatting.percent(c.vat_rate))
        else:
            vat = self.tr("non assujettie")
            if c.vat_mention:
                vat = f"{vat} — {c.vat_mention}"
        if section_vat is not None:
            vat = self.tr("{regime} ; par section à partir du {date}").format(
                regime=vat, date=formatting.date(section_vat.since)
            )
        return vat


class KeyDatesBox(QGroupBox):
    """End of the running term, notice deadline and renewal; near dates in orange, past in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dates clés"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        self.dates: dict[str, ValueLabel] = {}
        for key, caption in (
            ("term_end", self.tr("Échéance")),
            ("notice", self.tr("Dénonciation")),
            ("renewal", self.tr("Reconduction")),
        ):
            self.dates[key] = ValueLabel(parent=self)
            form.addRow(caption, self.dates[key])
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.warning)

    def show_convention(self, c: ConventionRow, today: dt.date) -> None:
        key_dates = registers.convention_key_dates(c, today)
        d = self.dates
        for label in d.values():
            label.setStyleSheet("")
        self.warning.clear()
        self.warning.setStyleSheet("")
        if key_dates.current_term_end is None:
            d["term_end"].setText(self.tr("aucune (durée indéterminée)"))
            d["notice"].setText(self.tr("sans objet"))
            d["renewal"].setText(self.tr("sans objet"))
            return
        end, deadline = key_dates.current_term_end, key_dates.notice_deadline
        d["term_end"].setText(self._when(end, today))
        d["notice"].setText(self.tr("au plus tard le {when}").format(when=self._when(deadline, today)))
        if c.tacit_renewal:
            renewal = self.tr("tacite, le {date}").format(date=formatting.date(end + dt.timedelta(days=1)))
            if key_dates.renewals:
                renewal += self.tr(" (déjà reconduite {count} fois)").format(count=key_dates.renewals)
        else:
            renewal = self.tr("aucune : fin à l'échéance")
        d["renewal"].setText(renewal)

        to_end, to_notice = (end - today).days, (deadline - today).days
        if not c.tacit_renewal and to_end < 0:
            self._flag(d["term_end"], LATE_STYLE, self.tr("La convention est échue."))
        elif not c.tacit_renewal and to_end <= WARNING_DAYS:
            self._flag(d["term_end"], NEAR_STYLE, self.tr("La convention arrive à échéance : préparez son renouvellement."))
        if to_notice < 0 and to_end >= 0:
            self._flag(d["notice"], LATE_STYLE, self.tr("Le délai de dénonciation est passé pour cette échéance."))
        elif 0 <= to_notice <= WARNING_DAYS:
            self._flag(
                d["notice"], NEAR_STYLE,
                self.tr("Dernier délai pour dénoncer la convention dans {days} jour(s).").format(days=to_notice),
            )  # fmt: skip

    def _flag(self, label: ValueLabel, style: str, warning: str) -> None:
        label.setStyleSheet(style)
        self.warning.setText(warning)
        self.warning.setStyleSheet(style)

    def _when(self, day: dt.date, today: dt.date) -> str:
        days = (day - today).days
        if days > 1:
            return self.tr("{date} (dans {days} jours)").format(date=formatting.date(day), days=days)
        if days == 1:
            return self.tr("{date} (demain)").format(date=formatting.date(day))
        if days == 0:
            return self.tr("{date} (aujourd'hui)").format(date=formatting.date(day))
        return self.tr("{date} (il y a {days} jours)").format(date=formatting.date(day), days=-days)
