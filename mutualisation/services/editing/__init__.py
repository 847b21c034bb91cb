"""Changing the registers: one module per register, used by the dialogs and the tests.

Every function takes an open :class:`~sqlalchemy.orm.Session` and plain values (dates,
:class:`~decimal.Decimal`, ids, small frozen dataclasses), checks them, and raises
:class:`~mutualisation.services.errors.ServiceError` with a French message the user can act
on. Functions only add, change and flush: the caller owns the transaction
(``with session.begin(): ...``), so a refused change never half-writes.

Dated values (working time, shares, surfaces, keys, headcount) are saved as a whole history
(:mod:`.history`): entries are added, corrected or removed, never silently overwritten.
Deleting anything whose dates fall inside the period of an issued statement is refused
(:mod:`.guards`); correcting it stays allowed and shows as drift on the États page.
"""
