"""issued documents and payments as a ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 14:30:00

Documents get a ``seal`` (the hash of every column of the row and its lines, printed on the
PDF); payments get their place in a chain (``previous_hash``, ``content_hash``), computed
here for the payments already recorded, before the triggers freeze them. The triggers of
``storage/ledger.py`` are then created: payments can no longer be changed or deleted, nor
exceed what is due, and the numbering counter never goes back. Plain ``ADD COLUMN``: a
batch copy would fire the frozen tables' triggers.
"""

import sqlalchemy as sa
from alembic import op

from mutualisation.storage import ledger

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('statement', sa.Column('seal', sa.String(length=64), nullable=True))
    op.add_column('payment', sa.Column('previous_hash', sa.String(length=64), nullable=True))
    op.add_column('payment', sa.Column('content_hash', sa.String(length=64), nullable=True))
    bind = op.get_bind()
    payment = sa.Table('payment', sa.MetaData(), autoload_with=bind)
    heads = dict(bind.execute(sa.text("SELECT id, content_hash FROM statement")).all())
    for row in bind.execute(sa.select(payment).order_by(payment.c.statement_id, payment.c.id)).mappings().all():
        values = dict(row)
        values['previous_hash'] = heads.get(row['statement_id'], '')
        digest = ledger.payment_hash_of(values)
        bind.execute(
            payment.update().where(payment.c.id == row['id']).values(previous_hash=values['previous_hash'],
                                                                     content_hash=digest)
        )
        heads[row['statement_id']] = digest
    for sql in ledger.missing_trigger_statements(bind.dialect.name, ledger.present_triggers(bind)):
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("payment_frozen", "payment_within_total", "statement_sequence_no_rewind"):
            table = ledger.POSTGRESQL_TRIGGERS[name][0]
            op.execute(f"DROP TRIGGER {name} ON {table}")
        for name in ("refuse_payment_change", "check_payment", "refuse_counter_rewind"):
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in ("payment_no_update", "payment_no_delete", "payment_within_total",
                     "statement_sequence_no_rewind", "statement_sequence_no_delete"):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_column('payment', 'content_hash')
    op.drop_column('payment', 'previous_hash')
    op.drop_column('statement', 'seal')
