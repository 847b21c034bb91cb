"""Several people on one database: a save based on an outdated copy is refused, nothing is lost.

Each editable record carries a ``version`` (see ``storage.models.base.Versioned``). A form
remembers the version it showed; :func:`save_with_version` applies the user's changes only
if the record still has that version, otherwise it raises :class:`ConcurrentEditError`,
which carries the user's input untouched (``changes``) and what the record holds now
(``current``), so that the form can reload and offer the input again.

The check is made twice: first by reading the record, then by the database itself, since
the ``UPDATE`` only matches the row ``WHERE version = expected``. Between two people saving
at the same instant, PostgreSQL's row lock or SQLite's write lock puts one after the other
and the second matches no row: SQLAlchemy's ``StaleDataError``, turned into the same error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .errors import ServiceError

T = TypeVar("T")

MESSAGE = (
    "Cet enregistrement a été modifié par quelqu'un d'autre depuis son ouverture : rechargez-le, "
    "vos saisies ne sont pas perdues, elles restent dans le formulaire pour être reprises."
)
DELETED_MESSAGE = (
    "Cet enregistrement a été supprimé par quelqu'un d'autre depuis son ouverture : "
    "vos saisies ne sont pas perdues, elles restent dans le formulaire pour être reprises."
)


class ConcurrentEditError(ServiceError):
    """The record changed (or vanished) since the user opened it; their input is kept here.

    ``changes`` is the user's input exactly as given; ``current`` the record's values now in
    the database (None if it was deleted), ``current_version`` its version now.
    """

    def __init__(
        self,
        model: type | None = None,
        record_id: Any = None,
        expected_version: int | None = None,
        current_version: int | None = None,
        changes: Mapping[str, Any] | None = None,
        current: Mapping[str, Any] | None = None,
        deleted: bool = False,
    ) -> None:
        self.model = model
        self.record_id = record_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.changes = dict(changes or {})
        self.current = dict(current) if current is not None else None
        self.deleted = deleted
        super().__init__(DELETED_MESSAGE if deleted else MESSAGE)


def _values(record) -> dict[str, Any]:
    return {attr.key: getattr(record, attr.key) for attr in inspect(record).mapper.column_attrs}


def _editable_keys(model: type) -> set[str]:
    mapper = inspect(model)
    excluded = {column.key for column in mapper.primary_key}
    if mapper.version_id_col is not None:
        excluded.add(mapper.get_property_by_column(mapper.version_id_col).key)
    return {attr.key for attr in mapper.column_attrs} - excluded


def _refused(session: Session, model: type[T], record_id, expected_version, changes) -> ConcurrentEditError:
    """The error to raise, with the record as it is now in the database."""
    record = session.get(model, record_id, populate_existing=True)
    if record is None:
        return ConcurrentEditError(model, record_id, expected_version, None, changes, None, deleted=True)
    return ConcurrentEditError(model, record_id, expected_version, record.version, changes, _values(record))


@contextmanager
def concurrent_edits(session: Session | None = None) -> Iterator[None]:
    """Turn SQLAlchemy's ``StaleDataError`` (an update that matched no row) into ConcurrentEditError.

    For code that flushes or commits edited records some other way than
    :func:`save_with_version`; the session, if given, is rolled back so it can be used again.
    """
    try:
        yield
    except StaleDataError as exc:
        if session is not None:
            session.rollback()
        raise ConcurrentEditError() from exc


def save_with_version(
    session: Session,
    model: type[T],
    record_id,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    commit: bool = True,
) -> T:
    """Apply ``changes`` (attribute → value) to the record if it is still at ``expected_version``.

    Raises :class:`ConcurrentEditError` — with ``changes`` untouched — when someone else
    changed or deleted the record since the user read that version; the database is then
    left as the other person saved it. With ``commit`` (the default) the change is committed,
    or everything is rolled back; without it, the change is flushed in the caller's
    transaction, and a refusal leaves the rollback to the caller. Returns the saved record,
    whose ``version`` is the one to remember for the next save.
    """
    changes = dict(changes)
    unknown = set(changes) - _editable_keys(model)
    if unknown:
        raise ValueError(f"{model.__name__}: champs inconnus ou non modifiables : {sorted(unknown)}")
    if inspect(model).version_id_col is None:
        raise TypeError(f"{model.__name__} n'a pas de version : il ne se modifie pas ainsi")
    try:
        record = session.get(model, record_id, populate_existing=True)
        if record is None or record.version != expected_version:
            raise _refused(session, model, record_id, expected_version, changes)
        for key, value in changes.items():
            setattr(record, key, value)
        session.flush()  # UPDATE … WHERE id = :id AND version = :expected
        if commit:
            session.commit()
        return record
    except StaleDataError as exc:
        if not commit:
            raise ConcurrentEditError(model, record_id, expected_version, None, changes) from exc
        session.rollback()
        raise _refused(session, model, record_id, expected_version, changes) from exc
    except BaseException:
        if commit:
            session.rollback()
        raise
