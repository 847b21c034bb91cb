"""Declarative base shared by every model.

The model modules do not postpone their annotations (no ``from __future__ import
annotations``): SQLAlchemy reads every ``Mapped[…]`` when it maps a class, and a string
annotation is parsed and evaluated there one by one, nearly a tenth of the mapping's work at
each start. Only a relationship's class, which may be defined further down or in another
module, is named by a string: ``Mapped[list["Article"]]``.
"""

from enum import StrEnum

from sqlalchemy import CheckConstraint, Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints keep Alembic migrations deterministic on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, words: type[StrEnum], name: str) -> CheckConstraint:
    """``column IN ('a', 'b', …)`` over the stored words of an enum of domain/vocabulary.py, in
    its order, so the list in the database is the list in the code. A new word changes this
    constraint: it needs a migration (tests/storage/test_migrations.py says so)."""
    listed = ", ".join(f"'{member.value}'" for member in words)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A record users edit: its ``version`` grows by one at each update (optimistic locking).

    SQLAlchemy writes ``UPDATE … SET version = n + 1 WHERE id = … AND version = n``: an
    update of a record someone else changed since it was read matches no row and fails
    (``StaleDataError``, told to the user by ``services.concurrency``) instead of silently
    overwriting the other person's work.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}
