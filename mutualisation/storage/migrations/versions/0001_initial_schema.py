"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 01:14:30.959563
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('before_json', sa.Text(), nullable=True),
    sa.Column('after_json', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('equipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('acquisition_value', sa.BigInteger(), nullable=False),
    sa.Column('in_service_date', sa.Date(), nullable=False),
    sa.Column('useful_life_years', sa.Integer(), nullable=False),
    sa.CheckConstraint('acquisition_value >= 0', name=op.f('ck_equipment_value')),
    sa.CheckConstraint('useful_life_years >= 1', name=op.f('ck_equipment_life')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment'))
    )
    op.create_table('expense_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expense_category')),
    sa.UniqueConstraint('code', name=op.f('uq_expense_category_code'))
    )
    op.create_table('party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('is_own_organisation', sa.Boolean(), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=200), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=False),
    sa.Column('code_service', sa.String(length=100), nullable=False),
    sa.Column('engagement_number', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party')),
    sa.UniqueConstraint('code', name=op.f('uq_party_code'))
    )
    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('common_area', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('common_area >= 0', name=op.f('ck_site_common_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('name', name=op.f('uq_site_name'))
    )
    op.create_table('staff_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('employment_start', sa.Date(), nullable=False),
    sa.Column('employment_end', sa.Date(), nullable=True),
    sa.CheckConstraint('employment_end IS NULL OR employment_end >= employment_start', name=op.f('ck_staff_member_employment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_member'))
    )
    op.create_table('category_budget',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['expense_category.id'], name=op.f('fk_category_budget_category_id_expense_category'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_budget')),
    sa.UniqueConstraint('category_id', 'year', name=op.f('uq_category_budget_category_id_year'))
    )
    op.create_table('convention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('signature_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('duration_months', sa.Integer(), nullable=True),
    sa.Column('tacit_renewal', sa.Boolean(), nullable=False),
    sa.Column('renewal_months', sa.Integer(), nullable=True),
    sa.Column('notice_months', sa.Integer(), nullable=False),
    sa.Column('billing_frequency', sa.String(length=20), nullable=False),
    sa.Column('payment_term_days', sa.Integer(), nullable=False),
    sa.Column('vat_regime', sa.String(length=20), nullable=False),
    sa.Column('vat_mention', sa.String(length=300), nullable=False),
    sa.Column('vat_rate', sa.BigInteger(), nullable=False),
    sa.Column('advance_mode', sa.Boolean(), nullable=False),
    sa.CheckConstraint("billing_frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')", name=op.f('ck_convention_billing_frequency')),
    sa.CheckConstraint("vat_regime IN ('not_subject', 'subject')", name=op.f('ck_convention_vat_regime')),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_convention_dates')),
    sa.CheckConstraint('notice_months >= 0', name=op.f('ck_convention_notice')),
    sa.CheckConstraint('payment_term_days >= 0', name=op.f('ck_convention_payment_term')),
    sa.CheckConstraint('vat_rate >= 0', name=op.f('ck_convention_vat_rate')),
    sa.ForeignKeyConstraint(['provider_id'], ['party.id'], name=op.f('fk_convention_provider_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention')),
    sa.UniqueConstraint('reference', name=op.f('uq_convention_reference'))
    )
    op.create_table('meter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_meter_equipment_id_equipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter')),
    sa.UniqueConstraint('name', name=op.f('uq_meter_name'))
    )
    op.create_table('payroll_cost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('gross_salary', sa.BigInteger(), nullable=False),
    sa.Column('employer_charges', sa.BigInteger(), nullable=False),
    sa.Column('other_costs', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_payroll_cost_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payroll_cost')),
    sa.UniqueConstraint('staff_id', 'month', name=op.f('uq_payroll_cost_staff_id_month'))
    )
    op.create_table('planned_staff_cost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_planned_staff_cost_amount')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_planned_staff_cost_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_staff_cost')),
    sa.UniqueConstraint('staff_id', 'year', name=op.f('uq_planned_staff_cost_staff_id_year'))
    )
    op.create_table('recurring_charge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('frequency', sa.String(length=10), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("frequency IN ('month', 'quarter', 'year')", name=op.f('ck_recurring_charge_frequency')),
    sa.CheckConstraint('(CASE WHEN site_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN equipment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_recurring_charge_one_attachment')),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_recurring_charge_dates')),
    sa.ForeignKeyConstraint(['category_id'], ['expense_category.id'], name=op.f('fk_recurring_charge_category_id_expense_category')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_recurring_charge_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_recurring_charge_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recurring_charge'))
    )
    op.create_table('allocation_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('meter_id', sa.Integer(), nullable=True),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind <> 'direct' OR party_id IS NOT NULL", name=op.f('ck_allocation_key_direct_party')),
    sa.CheckConstraint("kind <> 'metered' OR meter_id IS NOT NULL", name=op.f('ck_allocation_key_metered_meter')),
    sa.CheckConstraint("kind <> 'surface' OR site_id IS NOT NULL", name=op.f('ck_allocation_key_surface_site')),
    sa.CheckConstraint("kind IN ('fixed', 'surface', 'headcount', 'metered', 'direct')", name=op.f('ck_allocation_key_kind')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_allocation_key_meter_id_meter')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_allocation_key_party_id_party')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_allocation_key_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation_key')),
    sa.UniqueConstraint('name', name=op.f('uq_allocation_key_name'))
    )
    op.create_table('amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('signature_date', sa.Date(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_amendment_number')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_amendment_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment')),
    sa.UniqueConstraint('convention_id', 'number', name=op.f('uq_amendment_convention_id_number'))
    )
    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_article_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article')),
    sa.UniqueConstraint('convention_id', 'position', name=op.f('uq_article_convention_id_position'))
    )
    op.create_table('convention_beneficiary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('position >= 1', name=op.f('ck_convention_beneficiary_position')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_convention_beneficiary_convention_id_convention'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_convention_beneficiary_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_beneficiary')),
    sa.UniqueConstraint('convention_id', 'party_id', name=op.f('uq_convention_beneficiary_convention_id_party_id')),
    sa.UniqueConstraint('convention_id', 'position', name=op.f('uq_convention_beneficiary_convention_id_position'))
    )
    op.create_table('meter_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_meter_reading_period')),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_meter_reading_quantity')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_meter_reading_meter_id_meter'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_meter_reading_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_reading')),
    sa.UniqueConstraint('meter_id', 'period_start', 'party_id', name=op.f('uq_meter_reading_meter_id_period_start_party_id'))
    )
    op.create_table('planned_meter_use',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meter_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_planned_meter_use_quantity')),
    sa.ForeignKeyConstraint(['meter_id'], ['meter.id'], name=op.f('fk_planned_meter_use_meter_id_meter'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_planned_meter_use_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_meter_use')),
    sa.UniqueConstraint('meter_id', 'year', 'party_id', name=op.f('uq_planned_meter_use_meter_id_year_party_id'))
    )
    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('issuer_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('beneficiary_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('total_excl_vat', sa.BigInteger(), nullable=False),
    sa.Column('vat_rate', sa.BigInteger(), nullable=False),
    sa.Column('vat', sa.BigInteger(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('inputs_json', sa.Text(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('previous_hash', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint("kind IN ('statement', 'corrective', 'credit_note', 'advance', 'settlement')", name=op.f('ck_statement_kind')),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_statement_period')),
    sa.CheckConstraint('sequence >= 1', name=op.f('ck_statement_sequence')),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['party.id'], name=op.f('fk_statement_beneficiary_id_party')),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_statement_convention_id_convention')),
    sa.ForeignKeyConstraint(['corrects_id'], ['statement.id'], name=op.f('fk_statement_corrects_id_statement')),
    sa.ForeignKeyConstraint(['issuer_id'], ['party.id'], name=op.f('fk_statement_issuer_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('issuer_id', 'year', 'sequence', name=op.f('uq_statement_issuer_id_year_sequence'))
    )
    op.create_table('bill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('key_override_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint('(CASE WHEN site_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN equipment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_bill_one_attachment')),
    sa.CheckConstraint('(service_start IS NULL) = (service_end IS NULL)', name=op.f('ck_bill_service_both_or_none')),
    sa.CheckConstraint('service_end IS NULL OR service_end >= service_start', name=op.f('ck_bill_service_period')),
    sa.ForeignKeyConstraint(['category_id'], ['expense_category.id'], name=op.f('fk_bill_category_id_expense_category')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_bill_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['key_override_id'], ['allocation_key.id'], name=op.f('fk_bill_key_override_id_allocation_key')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_bill_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill'))
    )
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_service_end'), ['service_end'], unique=False)

    op.create_table('category_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_category_key_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['category_id'], ['expense_category.id'], name=op.f('fk_category_key_category_id_expense_category'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['key_id'], ['allocation_key.id'], name=op.f('fk_category_key_key_id_allocation_key')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_key')),
    sa.UniqueConstraint('category_id', 'effective_date', name=op.f('uq_category_key_category_id_effective_date'))
    )
    op.create_table('equipment_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_equipment_key_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_key_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['key_id'], ['allocation_key.id'], name=op.f('fk_equipment_key_key_id_allocation_key')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_key')),
    sa.UniqueConstraint('equipment_id', 'effective_date', name=op.f('uq_equipment_key_equipment_id_effective_date'))
    )
    op.create_table('fixed_key_share',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('share', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('share >= 0 AND share <= 1000000', name=op.f('ck_fixed_key_share_share')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_fixed_key_share_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['key_id'], ['allocation_key.id'], name=op.f('fk_fixed_key_share_key_id_allocation_key'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_fixed_key_share_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fixed_key_share')),
    sa.UniqueConstraint('key_id', 'party_id', 'effective_date', name=op.f('uq_fixed_key_share_key_id_party_id_effective_date'))
    )
    op.create_table('own_headcount',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('fte', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('fte >= 0', name=op.f('ck_own_headcount_fte')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_own_headcount_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_own_headcount_party_id_party')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_own_headcount')),
    sa.UniqueConstraint('party_id', 'effective_date', name=op.f('uq_own_headcount_party_id_effective_date'))
    )
    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_payment_statement_id_statement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    op.create_table('site_surface',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('area', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('area >= 0', name=op.f('ck_site_surface_area')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_site_surface_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_site_surface_party_id_party')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_site_surface_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_surface')),
    sa.UniqueConstraint('site_id', 'party_id', 'effective_date', name=op.f('uq_site_surface_site_id_party_id_effective_date'))
    )
    op.create_table('staff_share',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('share', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('share >= 0 AND share <= 1000000', name=op.f('ck_staff_share_share')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_staff_share_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_staff_share_party_id_party')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_staff_share_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_share')),
    sa.UniqueConstraint('staff_id', 'party_id', 'effective_date', name=op.f('uq_staff_share_staff_id_party_id_effective_date'))
    )
    op.create_table('statement_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('basis', sa.BigInteger(), nullable=False),
    sa.Column('key_description', sa.Text(), nullable=False),
    sa.Column('ratio', sa.String(length=100), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('explanation_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_statement_line_statement_id_statement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_line')),
    sa.UniqueConstraint('statement_id', 'position', name=op.f('uq_statement_line_statement_id_position'))
    )
    op.create_table('working_time',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('fraction', sa.BigInteger(), nullable=False),
    sa.Column('amendment_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('fraction > 0 AND fraction <= 1000000', name=op.f('ck_working_time_fraction')),
    sa.ForeignKeyConstraint(['amendment_id'], ['amendment.id'], name=op.f('fk_working_time_amendment_id_amendment')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], name=op.f('fk_working_time_staff_id_staff_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_working_time')),
    sa.UniqueConstraint('staff_id', 'effective_date', name=op.f('uq_working_time_staff_id_effective_date'))
    )
    op.create_table('bill_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_bill_attachment_bill_id_bill'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_attachment')),
    sa.UniqueConstraint('bill_id', name=op.f('uq_bill_attachment_bill_id'))
    )


def downgrade() -> None:
    op.drop_table('bill_attachment')
    op.drop_table('working_time')
    op.drop_table('statement_line')
    op.drop_table('staff_share')
    op.drop_table('site_surface')
    op.drop_table('payment')
    op.drop_table('own_headcount')
    op.drop_table('fixed_key_share')
    op.drop_table('equipment_key')
    op.drop_table('category_key')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_service_end'))
        batch_op.drop_index(batch_op.f('ix_bill_date'))

    op.drop_table('bill')
    op.drop_table('statement')
    op.drop_table('planned_meter_use')
    op.drop_table('meter_reading')
    op.drop_table('convention_beneficiary')
    op.drop_table('article')
    op.drop_table('amendment')
    op.drop_table('allocation_key')
    op.drop_table('recurring_charge')
    op.drop_table('planned_staff_cost')
    op.drop_table('payroll_cost')
    op.drop_table('meter')
    op.drop_table('convention')
    op.drop_table('category_budget')
    op.drop_table('staff_member')
    op.drop_table('site')
    op.drop_table('party')
    op.drop_table('expense_category')
    op.drop_table('equipment')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
