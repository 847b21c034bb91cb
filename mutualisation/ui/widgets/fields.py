"""Form fields that read French input as you type and say what is wrong next to the field.

Every field has ``value()`` (the parsed value, or None when empty or invalid), ``error()``
(a French message, or "" when valid) and emits ``validity_changed(bool)``; a
:class:`FieldRow` shows the message under the field, and :class:`FormValidator` enables a
Save button only while every field is valid. Amounts are read by the domain parser into
Decimal: no float on the money path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain import french
from ...domain.parsing import ParseError, parse_amount
from ...domain.periods import PeriodError, parse_date
from ...services.editing import identifiers

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"


class TextField(QLineEdit):
    """A line of text parsed by ``parser``; ``required`` refuses an empty field.

    ``error_changed`` follows every change of the message (also from one error to another);
    ``touched`` says whether the field ever held text, so that a form does not greet the user
    with "required" messages on fields not reached yet.
    """

    validity_changed = Signal(bool)
    error_changed = Signal(str)

    def __init__(self, parser: Callable[[str], object] = str, *, required: bool = False,
                 placeholder: str = "", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._parser = parser
        self.required = required
        self._value: object | None = None
        self._error = ""
        self._valid = True
        self.touched = False
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.on_text_changed)
        self.on_text_changed(self.text())

    def value(self):
        return self._value

    def error(self) -> str:
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def is_empty(self) -> bool:
        return not self.text().strip()

    def on_text_changed(self, text: str) -> None:
        text = text.strip()
        self.touched = self.touched or bool(text)
        previous = self._error
        self._value, self._error = None, ""
        if not text:
            if self.required:
                self._error = self.tr("Ce champ est obligatoire.")
        else:
            try:
                self._value = self._parser(text)
            except (ParseError, PeriodError, ValueError) as exc:
                self._error = str(exc)
        self.setStyleSheet("" if not self._error or not text else "border: 1px solid #b3261e;")
        if self._valid != self.is_valid():
            self._valid = self.is_valid()
            self.validity_changed.emit(self._valid)
        if self._error != previous:
            self.error_changed.emit(self._error)

    def set_check(self, check: Callable[[object], str]) -> None:
        """Refuse a parsed value for which ``check`` returns a message (a rule of the form), next to
        the field as typed; :meth:`recheck` when what the rule depends on changes."""
        parse = self._parser

        def checked(text: str) -> object:
            value = parse(text)
            problem = check(value)
            if problem:
                raise ValueError(problem)
            return value

        self._parser = checked
        self.recheck()

    def recheck(self, *_args) -> None:
        self.on_text_changed(self.text())

    def set_value(self, value) -> None:
        """Show a value in its French form (subclasses format it)."""
        self.setText("" if value is None else self.format(value))

    def format(self, value) -> str:
        return str(value)


class MoneyField(TextField):
    """An amount in euros: ``1 234,56``; ``allow_negative`` for refunds."""

    def __init__(self, *, required: bool = False, allow_negative: bool = False, parent=None) -> None:
        self.allow_negative = allow_negative
        super().__init__(self._parse, required=required, placeholder="0,00", parent=parent)

    def _parse(self, text: str) -> Decimal:
        value = parse_amount(text)
        if value < 0 and not self.allow_negative:
            raise ParseError(self.tr("Le montant ne peut pas être négatif."))
        return value

    def format(self, value: Decimal) -> str:
        return french.number(value, 2)


class DecimalField(TextField):
    """A quantity (m², km, FTE…) with at most ``places`` decimals, within ``[minimum, maximum]``."""

    def __init__(self, *, places: int = 2, minimum: Decimal | None = Decimal(0),
                 maximum: Decimal | None = None, required: bool = False, parent=None) -> None:  # fmt: skip
        self.places, self.minimum, self.maximum = places, minimum, maximum
        super().__init__(self._parse, required=required, placeholder="0", parent=parent)

    def _parse(self, text: str) -> Decimal:
        try:
            value = parse_amount(text, self.places)
        except ParseError:
            raise ParseError(
                self.tr("Nombre « {0} » illisible ({1} décimales au plus).").format(text, self.places)
            ) from None
        if self.minimum is not None and value < self.minimum:
            raise ParseError(self.tr("La valeur doit être au moins {0}.").format(french.quantity(self.minimum)))
        if self.maximum is not None and value > self.maximum:
            raise ParseError(self.tr("La valeur doit être au plus {0}.").format(french.quantity(self.maximum)))
        return value

    def format(self, value: Decimal) -> str:
        return french.quantity(value)


class PercentField(DecimalField):
    """A percentage typed as ``40`` or ``40,5 %``; ``value()`` is the ratio (0.405).

    ``allow_zero=False`` refuses 0 % (a working time, for instance).
    """

    def __init__(self, *, required: bool = False, allow_zero: bool = True, parent=None) -> None:
        self.allow_zero = allow_zero
        super().__init__(places=4, minimum=Decimal(0), maximum=Decimal(100), required=required, parent=parent)
        self.setPlaceholderText("0 %")

    def _parse(self, text: str) -> Decimal:
        value = super()._parse(text.replace("%", "")) / 100
        if not value and not self.allow_zero:
            raise ParseError(self.tr("La valeur doit être supérieure à 0 %."))
        return value

    def format(self, value: Decimal) -> str:
        return f"{french.quantity(value * 100)} %"


class DateField(QWidget):
    """A date typed ``15/02/2025`` (or picked in a calendar); ``value()`` is a date or None."""

    validity_changed = Signal(bool)
    error_changed = Signal(str)

    def __init__(self, *, required: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.edit = TextField(parse_date, required=required, placeholder=self.tr("jj/mm/aaaa"), parent=self)
        self.edit.validity_changed.connect(self.validity_changed)
        self.edit.error_changed.connect(self.error_changed)
        self.pick = QToolButton(self)
        self.pick.setText("…")
        self.pick.setToolTip(self.tr("Choisir dans le calendrier"))
        self.pick.clicked.connect(self.on_pick_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        return self.edit.value()

    def error(self) -> str:
        return self.edit.error()

    def is_valid(self) -> bool:
        return self.edit.is_valid()

    def is_empty(self) -> bool:
        return self.edit.is_empty()

    @property
    def touched(self) -> bool:
        return self.edit.touched

    @property
    def required(self) -> bool:
        return self.edit.required

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText("" if value is None else french.date(value))

    def set_not_before(self, other: DateField, message: str) -> None:
        """Refuse a date before ``other``'s (an end before its start), checked again as ``other`` changes."""

        def parse(text: str) -> dt.date:
            value, start = parse_date(text), other.value()
            if start is not None and value < start:
                raise ParseError(message)
            return value

        self.edit._parser = parse
        other.edit.textChanged.connect(lambda _text: self.edit.on_text_changed(self.edit.text()))
        self.edit.on_text_changed(self.edit.text())

    def on_pick_clicked(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        current = self.value()
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(lambda d: (self.pick_date(dt.date(d.year(), d.month(), d.day())), menu.close()))
        menu.exec(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))

    def pick_date(self, day: dt.date) -> None:
        self.set_value(day)
        self.edit.setFocus()


class FieldRow(QWidget):
    """A field with its error message underneath, for a QFormLayout row."""

    def __init__(self, field: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)
        field.validity_changed.connect(self.on_field_validity_changed)
        if hasattr(field, "error_changed"):
            field.error_changed.connect(self.on_field_validity_changed)
        self.on_field_validity_changed(field.is_valid())
        self.setFocusProxy(field)

    def on_field_validity_changed(self, *_args) -> None:
        # A field never filled in can only be missing: say so once the user has been there.
        error = self.field.error() if getattr(self.field, "touched", True) else ""
        self.message.setText(error)
        self.message.setVisible(bool(error))


class FormValidator(QObject):
    """Enables ``button`` only while every field is valid and ``extra()`` returns no message.

    With a ``message`` label, says what keeps the button disabled: ``extra()``'s message, or,
    when ``caption(field)`` names the fields, the required ones still empty and a word about
    those in error (grey while the form is merely incomplete, red once something is wrong).
    Parented to the button, so it lives as long as the form without being kept elsewhere.
    """

    def __init__(self, button: QAbstractButton, fields, extra: Callable[[], str] | None = None,
                 message: QLabel | None = None, caption: Callable[[QWidget], str] | None = None) -> None:  # fmt: skip
        super().__init__(button)
        self.button, self.fields, self.extra, self.message = button, list(fields), extra, message
        self.caption = caption
        for field in self.fields:
            field.validity_changed.connect(self.update)
            if caption is not None and hasattr(field, "error_changed"):
                # From one error to another (a wrong date erased: now missing) the message changes too.
                field.error_changed.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        invalid = [f for f in self.fields if not f.is_valid()]
        extra = self.extra() if self.extra and not invalid else ""
        self.button.setEnabled(not invalid and not extra)
        if self.message is None:
            return
        text, incomplete_only = extra, False
        if invalid and self.caption is not None:
            text, incomplete_only = self.fields_problem(invalid)
        self.message.setText(text)
        if self.caption is not None:
            self.message.setStyleSheet(HINT_STYLE if incomplete_only else ERROR_STYLE)
        self.message.setVisible(bool(text))

    def fields_problem(self, invalid: list[QWidget]) -> tuple[str, bool]:
        """What the invalid fields lack, and whether they are only empty required ones."""
        missing, wrong = [], False
        for field in invalid:
            name = self.caption(field) if getattr(field, "required", False) and _is_empty(field) else ""
            if name:
                if name not in missing:
                    missing.append(name)
            else:
                wrong = True
        parts = []
        if len(missing) == 1:
            parts.append(self.tr("Champ obligatoire à remplir : {0}.").format(missing[0]))
        elif missing:
            parts.append(self.tr("Champs obligatoires à remplir : {0}.").format(", ".join(missing)))
        if wrong:
            parts.append(self.tr("Corrigez les points signalés en rouge pour pouvoir enregistrer."))
        return " ".join(parts), not wrong


def _is_empty(field: QWidget) -> bool:
    is_empty = getattr(field, "is_empty", None)
    return bool(is_empty and is_empty())


class IntegerField(TextField):
    """A whole number (years, a count) within ``[minimum, maximum]``."""

    def __init__(self, *, minimum: int = 0, maximum: int | None = None, required: bool = False,
                 parent=None) -> None:  # fmt: skip
        self.minimum, self.maximum = minimum, maximum
        super().__init__(self._parse, required=required, placeholder="0", parent=parent)

    def _parse(self, text: str) -> int:
        cleaned = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if not cleaned.lstrip("-").isdigit():
            raise ParseError(self.tr("Nombre entier attendu (par exemple 5)."))
        value = int(cleaned)
        if value < self.minimum:
            raise ParseError(self.tr("La valeur doit être au moins {0}.").format(self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise ParseError(self.tr("La valeur doit être au plus {0}.").format(self.maximum))
        return value


class SiretField(TextField):
    """A SIRET: 14 digits (spaces allowed) passing the Luhn check; shown ``448 217 398 00024``."""

    def __init__(self, *, required: bool = False, parent=None) -> None:
        super().__init__(identifiers.parse_siret, required=required, placeholder="123 456 789 00012",
                         parent=parent)  # fmt: skip

    def format(self, value: str) -> str:
        return french.siret(value)


class IbanField(TextField):
    """An IBAN (country, key, account) checked with its mod-97 key; shown in groups of four."""

    def __init__(self, *, required: bool = False, parent=None) -> None:
        super().__init__(identifiers.parse_iban, required=required, placeholder="FR76 …", parent=parent)

    def format(self, value: str) -> str:
        return identifiers.format_iban(value)


class BicField(TextField):
    """A BIC: 8 or 11 letters and digits."""

    def __init__(self, *, required: bool = False, parent=None) -> None:
        super().__init__(identifiers.parse_bic, required=required, placeholder="CMCIFR2A", parent=parent)


class ChoiceField(QComboBox):
    """A choice in a list of (label, value); ``required`` refuses the empty choice.

    ``value()`` is the chosen value (None for the empty choice, offered by ``empty_text``).
    """

    validity_changed = Signal(bool)
    error_changed = Signal(str)

    def __init__(self, choices=(), *, required: bool = False, empty_text: str | None = None,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.required, self.empty_text = required, empty_text
        self._valid = True
        self.touched = False
        self.activated.connect(self.on_activated)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.currentIndexChanged.connect(self.on_current_index_changed)
        self.set_choices(choices)

    def set_choices(self, choices) -> None:
        """Replace the list, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.empty_text is not None:
            self.addItem(self.empty_text, None)
        for label, value in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self):
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value) -> None:
        index = self.findData(value) if value is not None else (0 if self.empty_text is not None else -1)
        self.setCurrentIndex(index)
        self.on_current_index_changed(self.currentIndex())

    def error(self) -> str:
        if self.required and self.value() is None:
            return self.tr("Choisissez dans la liste.")
        return ""

    def is_valid(self) -> bool:
        return not self.error()

    def is_empty(self) -> bool:
        return self.value() is None

    def on_activated(self, _index: int) -> None:
        self.touched = True
        self.error_changed.emit(self.error())

    def on_current_index_changed(self, _index: int) -> None:
        self.touched = self.touched or self.value() is not None
        if self._valid != self.is_valid():
            self._valid = self.is_valid()
            self.validity_changed.emit(self._valid)
        self.error_changed.emit(self.error())
