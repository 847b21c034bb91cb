"""transparency between beneficiaries

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 17:00:00

A convention may let each beneficiary's documents show the other beneficiaries' parts
(*transparence entre bénéficiaires*). Off by default, and off for every convention already
recorded: what was confidential stays so until the user decides otherwise. Plain
``ADD COLUMN`` with a server default, so no table is copied and no issued document changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('convention', sa.Column('transparency', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # Plain DROP COLUMN, as 0003: batch mode would copy the table, and other tables cascade from it.
    op.drop_column('convention', 'transparency')
