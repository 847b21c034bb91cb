"""statement numbering and immutability

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 01:31:47.233055
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

FROZEN_TABLES = ("statement", "statement_line")
MESSAGE = "Un état émis ne peut être ni modifié ni supprimé : émettez un état rectificatif ou un avoir."


def upgrade() -> None:
    op.create_table('statement_sequence',
    sa.Column('issuer_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_number >= 0', name=op.f('ck_statement_sequence_last_number')),
    sa.ForeignKeyConstraint(['issuer_id'], ['party.id'], name=op.f('fk_statement_sequence_issuer_id_party')),
    sa.PrimaryKeyConstraint('issuer_id', 'year', name=op.f('pk_statement_sequence'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_json', sa.Text(), nullable=False, server_default='{}'))
    with op.batch_alter_table('statement_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_kind', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('source_id', sa.Integer(), nullable=False, server_default='0'))

    # Issued documents never change: the database itself refuses updates and deletes.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION refuse_issued_change() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{MESSAGE}'; END $$ LANGUAGE plpgsql"
        )
        for table in FROZEN_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_issued_change()"
            )
    else:
        for table in FROZEN_TABLES:
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in FROZEN_TABLES:
            op.execute(f"DROP TRIGGER {table}_frozen ON {table}")
        op.execute("DROP FUNCTION refuse_issued_change()")
    else:
        for table in FROZEN_TABLES:
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_no_{event}")
    with op.batch_alter_table('statement_line', schema=None) as batch_op:
        batch_op.drop_column('source_id')
        batch_op.drop_column('source_kind')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_column('document_json')

    op.drop_table('statement_sequence')
