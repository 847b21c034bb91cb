"""convention clauses

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 14:13:27

The financial clauses of conventions (R11–R17): management fee and its sections, VAT
treatment per section, absence kinds kept by the provider, free provision, meter unit
prices, charge amount series and revaluation, staff absences and payroll reimbursements.
New tables only: nothing already recorded changes, so every existing figure stays the same.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payroll_reimbursement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint("kind IN ('ijss', 'subrogation', 'aide', 'autre')", name=op.f('ck_payroll_reimbursement_kind')),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_payroll_reimbursement_amount')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_payroll_reimbursement_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payroll_reimbursement')),
    sa.UniqueConstraint('staff_id', 'month', 'kind', name=op.f('uq_payroll_reimbursement_staff_id_month_kind'))
    )
    op.create_table('staff_absence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint("kind IN ('maladie', 'accident_travail', 'formation', 'conge', 'autre')", name=op.f('ck_staff_absence_kind')),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_staff_absence_dates')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_staff_absence_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_absence'))
    )
    op.create_table('absence_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('kept_by_provider', sa.Boolean(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint("kind IN ('maladie', 'accident_travail', 'formation', 'conge', 'autre')", name=op.f('ck_absence_rule_kind')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_absence_rule_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_absence_rule_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence_rule')),
    sa.UniqueConstraint('convention_id', 'kind', 'effective_date', name=op.f('uq_absence_rule_convention_id_kind_effective_date'))
    )
    op.create_table('charge_amount',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_charge_amount_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['charge_id'], ['recurring_charge.id'], name=op.f('fk_charge_amount_charge_id_recurring_charge'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charge_amount')),
    sa.UniqueConstraint('charge_id', 'effective_date', name=op.f('uq_charge_amount_charge_id_effective_date'))
    )
    op.create_table('charge_revaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('charge_id', sa.Integer(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('reference_date', sa.Date(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint('rate > -1000000 AND rate <= 1000000', name=op.f('ck_charge_revaluation_rate')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_charge_revaluation_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['charge_id'], ['recurring_charge.id'], name=op.f('fk_charge_revaluation_charge_id_recurring_charge'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charge_revaluation')),
    sa.UniqueConstraint('charge_id', name=op.f('uq_charge_revaluation_charge_id'))
    )
    op.create_table('free_provision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint('(CASE WHEN site_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN equipment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_free_provision_one_attachment')),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_free_provision_dates')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_free_provision_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['category_id'], ['expense_category.id'], name=op.f('fk_free_provision_category_id_expense_category')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_free_provision_convention_id_convention'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_free_provision_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_free_provision_party_id_party')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_free_provision_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_free_provision'))
    )
    op.create_table('management_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint('rate >= 0 AND rate <= 1000000', name=op.f('ck_management_fee_rate')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_management_fee_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_management_fee_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_management_fee')),
    sa.UniqueConstraint('convention_id', 'effective_date', name=op.f('uq_management_fee_convention_id_effective_date'))
    )
    op.create_table('meter_price',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint('unit_price >= 0', name=op.f('ck_meter_price_unit_price')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_meter_price_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_meter_price_meter_id_meter'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_price')),
    sa.UniqueConstraint('meter_id', 'effective_date', name=op.f('uq_meter_price_meter_id_effective_date'))
    )
    op.create_table('section_vat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=20), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('treatment', sa.String(length=20), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('legal_basis', sa.String(length=300), nullable=False),
    sa.Column('exemption_code', sa.String(length=40), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.CheckConstraint("section IN ('personnel', 'materiel', 'locaux', 'depenses')", name=op.f('ck_section_vat_section')),
    sa.CheckConstraint("treatment = 'taxable' OR rate = 0", name=op.f('ck_section_vat_rate_if_taxable')),
    sa.CheckConstraint("treatment IN ('outside_scope', 'exempt', 'taxable')", name=op.f('ck_section_vat_treatment')),
    sa.CheckConstraint('rate >= 0 AND rate <= 1000000', name=op.f('ck_section_vat_rate')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_section_vat_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_section_vat_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_section_vat')),
    sa.UniqueConstraint('convention_id', 'section', 'effective_date', name=op.f('uq_section_vat_convention_id_section_effective_date'))
    )
    op.create_table('management_fee_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fee_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=20), nullable=False),
    sa.CheckConstraint("section IN ('personnel', 'materiel', 'locaux', 'depenses')", name=op.f('ck_management_fee_section_section')),
    sa.ForeignKeyConstraint(['fee_id'], ['management_fee.id'], name=op.f('fk_management_fee_section_fee_id_management_fee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_management_fee_section')),
    sa.UniqueConstraint('fee_id', 'section', name=op.f('uq_management_fee_section_fee_id_section'))
    )


def downgrade() -> None:
    op.drop_table('management_fee_section')
    op.drop_table('section_vat')
    op.drop_table('meter_price')
    op.drop_table('management_fee')
    op.drop_table('free_provision')
    op.drop_table('charge_revaluation')
    op.drop_table('charge_amount')
    op.drop_table('absence_rule')
    op.drop_table('staff_absence')
    op.drop_table('payroll_reimbursement')
