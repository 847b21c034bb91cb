"""Declarative base shared by every model."""

from __future__ import annotations

from sqlalchemy import Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints keep Alembic migrations deterministic on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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
