"""Form fields read French input as it is typed and say what is wrong."""

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QPushButton

from mutualisation.ui.widgets.fields import (
    DateField,
    DecimalField,
    FieldRow,
    FormValidator,
    MoneyField,
    PercentField,
)


def test_money_field_reads_french_amounts_and_refuses_the_rest(qtbot):
    field = MoneyField(required=True)
    row = FieldRow(field)
    qtbot.addWidget(row)
    assert field.error() == "Ce champ est obligatoire."
    qtbot.keyClicks(field, "1 234,56")
    assert field.value() == Decimal("1234.56") and field.is_valid()
    assert row.message.isHidden()
    field.clear()
    qtbot.keyClicks(field, "12,345")
    assert field.value() is None and "décimales" in row.message.text()
    field.clear()
    qtbot.keyClicks(field, "-5")
    assert "négatif" in field.error()
    field.set_value(Decimal("9855.75"))
    assert field.text() == "9\u202f855,75"


def test_percent_decimal_and_date_fields(qtbot):
    share, area, day = PercentField(), DecimalField(places=2), DateField()
    for widget in (share, area, day):
        qtbot.addWidget(widget)
    qtbot.keyClicks(share, "40,5 %")
    assert share.value() == Decimal("0.405")
    share.clear()
    qtbot.keyClicks(share, "120")
    assert "au plus 100" in share.error()
    qtbot.keyClicks(area, "-3")
    assert "au moins 0" in area.error()
    qtbot.keyClicks(day.edit, "29/02/2025")
    assert day.value() is None and "ce jour n'existe pas" in day.error()  # 2025 is not a leap year
    day.edit.clear()
    qtbot.keyClicks(day.edit, "15/02/2025")
    assert day.value() == dt.date(2025, 2, 15)


def test_save_is_enabled_only_while_the_form_is_valid(qtbot):
    amount, day, button = MoneyField(required=True), DateField(required=True), QPushButton("Enregistrer")
    for widget in (amount, day, button):
        qtbot.addWidget(widget)
    FormValidator(button, [amount, day])
    assert not button.isEnabled()
    qtbot.keyClicks(amount, "100")
    assert not button.isEnabled()
    qtbot.keyClicks(day.edit, "01/03/2025")
    assert button.isEnabled()
    qtbot.keyClicks(amount, "x")
    assert not button.isEnabled()


def test_the_validator_names_the_empty_required_fields_and_asks_to_correct_the_rest(qtbot):
    from PySide6.QtWidgets import QLabel

    amount, day, note = MoneyField(required=True), DateField(required=True), MoneyField()
    button, message = QPushButton("Enregistrer"), QLabel()
    for widget in (amount, day, note, button, message):
        qtbot.addWidget(widget)
    names = {id(amount): "Montant", id(day): "Date", id(note): "Remise"}
    FormValidator(button, [amount, day, note], message=message, caption=lambda f: names[id(f)])
    assert message.text() == "Champs obligatoires à remplir : Montant, Date."
    assert "#5f6368" in message.styleSheet()  # merely incomplete: grey, not an error yet
    qtbot.keyClicks(amount, "100")
    assert message.text() == "Champ obligatoire à remplir : Date."
    qtbot.keyClicks(note, "x")
    assert message.text() == (
        "Champ obligatoire à remplir : Date. Corrigez les points signalés en rouge pour pouvoir enregistrer."
    )
    assert "#b3261e" in message.styleSheet()
    qtbot.keyClicks(day.edit, "31/02/2025")  # a date that does not exist is wrong, no longer missing
    assert message.text() == "Corrigez les points signalés en rouge pour pouvoir enregistrer."
    day.edit.clear()  # from wrong to missing: the message follows
    assert message.text().startswith("Champ obligatoire à remplir : Date.")
    note.clear()
    qtbot.keyClicks(day.edit, "28/02/2025")
    assert button.isEnabled() and message.text() == ""
