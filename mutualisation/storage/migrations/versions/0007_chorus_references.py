"""Chorus Pro references per beneficiary and year

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 17:10:00

A party's single service code and engagement number become a table of references per
budget year (``chorus_reference``), since an engagement number usually changes each year;
``party.is_public_body`` says whose invoices go through Chorus Pro. The values already
recorded are kept: a party that had one is a public body, and its values become those of
each year it was billed for (or of the current year if nothing was issued to it yet). Issued
documents are untouched: their frozen content already carries the references they printed.
Plain ``ADD``/``DROP COLUMN`` on ``party`` (SQLite ≥ 3.35): a batch copy of a table that the
frozen statements refer to is not wanted.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('party', sa.Column('is_public_body', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table('chorus_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('service_code', sa.String(length=100), nullable=False),
    sa.Column('engagement_number', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint('year BETWEEN 2000 AND 2100', name=op.f('ck_chorus_reference_year')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_chorus_reference_party_id_party'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chorus_reference')),
    sa.UniqueConstraint('party_id', 'year', name=op.f('uq_chorus_reference_party_id_year'))
    )
    bind = op.get_bind()
    references = sa.table('chorus_reference', sa.column('party_id'), sa.column('year'),
                          sa.column('service_code'), sa.column('engagement_number'))  # fmt: skip
    recorded = bind.execute(sa.text(
        "SELECT id, code_service, engagement_number FROM party WHERE code_service <> '' OR engagement_number <> ''"
    )).all()  # fmt: skip
    for party_id, service_code, engagement_number in recorded:
        years = sorted({
            start.year if isinstance(start, dt.date) else int(str(start)[:4])
            for (start,) in bind.execute(
                sa.text("SELECT period_start FROM statement WHERE beneficiary_id = :p"), {"p": party_id}
            )
        }) or [dt.date.today().year]  # fmt: skip
        bind.execute(references.insert(), [
            {"party_id": party_id, "year": year, "service_code": service_code,
             "engagement_number": engagement_number} for year in years
        ])  # fmt: skip
        bind.execute(sa.text("UPDATE party SET is_public_body = :yes WHERE id = :p"), {"yes": True, "p": party_id})
    op.drop_column('party', 'engagement_number')
    op.drop_column('party', 'code_service')


def downgrade() -> None:
    op.add_column('party', sa.Column('code_service', sa.String(length=100), server_default='', nullable=False))
    op.add_column('party', sa.Column('engagement_number', sa.String(length=100), server_default='', nullable=False))
    bind = op.get_bind()
    latest = bind.execute(sa.text(
        "SELECT party_id, service_code, engagement_number FROM chorus_reference ORDER BY party_id, year"
    )).all()  # fmt: skip
    for party_id, service_code, engagement_number in latest:  # the last year of each party wins
        bind.execute(sa.text("UPDATE party SET code_service = :s, engagement_number = :e WHERE id = :p"),
                     {"s": service_code, "e": engagement_number, "p": party_id})  # fmt: skip
    op.drop_table('chorus_reference')
    op.drop_column('party', 'is_public_body')
