"""The demonstration data set: what a new user sees first.

:func:`load_demo` fills an empty database with a coherent year and a half of activity under the
convention between the Pays du bassin de Briey (provider), ST2b and the SCoT Nord 54
(beneficiaries): parties, the convention with its articles and two amendments (the second
also sets its financial clauses from 2026, :mod:`.clauses`), staff with
payroll from January 2025 to October 2026, equipment, premises, keys, meter readings for each
quarter from 2025-T1 to 2026-T3, recurring charges, bills from January 2025 to June 2026 and the
planned figures for the 2027 forecast.

Identifiers (SIRET, IBAN, telephone numbers, e-mail addresses) are fictional but well formed:
SIRET pass the Luhn check, the IBAN its mod-97 check, telephone numbers lie in the range the
ARCEP reserves for fiction and e-mail domains end in ``.example``.

Everything is deterministic (a seeded :class:`random.Random`), so that screenshots, tests and
documentation show the same figures. The caller owns the transaction.

The values live in :mod:`.data` (and the texts in :mod:`.articles`); :mod:`.loader` and
:mod:`.bills` turn them into records.
"""

from __future__ import annotations

from .loader import DemoNotEmptyError, load_demo

__all__ = ["DemoNotEmptyError", "load_demo"]
