"""optimistic versions of the editable registers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 09:00:00

Every record a user edits gets a ``version`` (1 for the rows already there) that grows at
each update, so that a save based on an outdated copy is refused instead of overwriting
someone else's change. Plain ``ADD COLUMN`` on every backend: SQLite's batch mode would copy
the tables, and must never touch ``statement``/``statement_line`` whose triggers freeze them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "party", "convention", "article", "amendment",
    "staff_member", "working_time", "staff_share", "payroll_cost", "planned_staff_cost",
    "equipment", "equipment_key", "site", "site_surface",
    "expense_category", "category_key", "category_budget",
    "allocation_key", "fixed_key_share", "meter", "meter_reading", "planned_meter_use", "own_headcount",
    "recurring_charge", "bill", "payment",
)  # fmt: skip


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default=sa.text('1')))


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        op.drop_column(table, 'version')
