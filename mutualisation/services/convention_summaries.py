"""The convention summary built from the database: a convention as it stands on a date.

Read by the Convention page, printed by :mod:`mutualisation.reporting.convention_pdf` and
the ``convention`` command. Kept apart from the other documents (:mod:`.summaries`) so that
the app shows a convention without loading the PDF library.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.keys import KeyResolver
from ..domain.periods import Period
from ..domain.timeline import Dated
from ..domain.documents.convention import (
    AmendmentEntry,
    ArticleEntry,
    CategoryResource,
    ConventionSummary,
    EquipmentResource,
    KeyResource,
    ShareInForce,
    Since,
    SiteResource,
    StaffResource,
)
from ..storage import models as m
from . import registers
from .costs import load_cost_data
from .editing.convention_clauses import clause_sentences
from .documents import party_details


def convention_summary(session: Session, convention: m.Convention, on: dt.date | None = None) -> ConventionSummary:
    """The convention as it stands on ``on`` (today by default): terms, key dates, amendments,
    and the staff, equipment, sites and keys in force that day, with the amendment behind each."""
    on = on or dt.date.today()
    row = next(r for r in registers.conventions(session) if r.id == convention.id)
    dates = registers.convention_key_dates(row, on)
    data = load_cost_data(session, convention, Period(on, on))
    resolver = KeyResolver(data, Period(on, on))
    parties = data.parties  # beneficiaries in convention order, then the provider
    codes = {p.id: p for p in parties}
    return ConventionSummary(
        on=on,
        made_on=dt.date.today(),
        reference=convention.reference,
        title=convention.title,
        provider=party_details(convention.provider),
        beneficiaries=tuple(party_details(b.party) for b in convention.beneficiaries),
        signature_date=convention.signature_date,
        start_date=convention.start_date,
        end_date=convention.end_date,
        duration_months=convention.duration_months,
        tacit_renewal=convention.tacit_renewal,
        renewal_months=convention.renewal_months,
        notice_months=convention.notice_months,
        billing_frequency=convention.billing_frequency,
        payment_term_days=convention.payment_term_days,
        vat_regime=convention.vat_regime,
        vat_rate=convention.vat_rate,
        vat_mention=convention.vat_mention,
        advance_mode=convention.advance_mode,
        transparency=bool(convention.transparency),
        term_end=dates.current_term_end,
        notice_deadline=dates.notice_deadline,
        renewals=dates.renewals,
        financial_clauses=tuple(clause_sentences(session, convention.id)),
        section_vat_from=session.scalar(
            select(func.min(m.SectionVat.effective_date)).where(m.SectionVat.convention_id == convention.id)
        ),
        amendments=tuple(
            AmendmentEntry(a.number, a.signature_date, a.effective_date, a.summary, a.effective_date <= on)
            for a in convention.amendments
        ),
        staff=_staff_in_force(session, data, on),
        equipment=_equipment_in_force(data, on),
        sites=_sites_in_force(session, data, on),
        keys=tuple(_key_in_force(data, resolver, key, on) for key in sorted(data.keys.values(), key=lambda k: k.name)),
        categories=tuple(
            CategoryResource(category.name, _key_name(data, category.key.at(on)), _since(category.key.at(on)))
            for category in sorted(data.categories.values(), key=lambda c: c.name)
        ),
        headcount=tuple(
            ShareInForce(codes[party].code, codes[party].name, entry.value, since=_since(entry))
            for party in codes
            if party in data.own_headcount and (entry := data.own_headcount[party].at(on)) is not None
        ),
        articles=tuple(ArticleEntry(a.number, a.title, a.body) for a in convention.articles),
    )


def _since(entry: Dated | None) -> Since:
    return Since(entry.effective, entry.amendment) if entry is not None else Since(None)


def _key_name(data, entry: Dated | None) -> str | None:
    if entry is None:
        return None
    key = data.keys.get(entry.value)
    return key.name if key else None


def _staff_in_force(session: Session, data, on: dt.date) -> tuple[StaffResource, ...]:
    titles = dict(session.execute(select(m.StaffMember.id, m.StaffMember.job_title)).all())
    result = []
    for person in data.staff:
        if not person.employed_on(on):
            continue
        time = person.working_time.at(on)
        shares = []
        for party in data.beneficiaries:
            timeline = person.shares.get(party.id)
            entry = timeline.at(on) if timeline else None
            value = entry.value if entry else Fraction(0)
            shares.append(ShareInForce(party.code, party.name, value, since=_since(entry)))
        given = sum((Fraction(s.value) for s in shares), Fraction(0))
        result.append(StaffResource(
            person.name, titles.get(person.id, ""), time.value if time else None, _since(time),
            tuple(shares), max(Fraction(1) - given, Fraction(0)),
        ))  # fmt: skip
    return tuple(result)


def _equipment_in_force(data, on: dt.date) -> tuple[EquipmentResource, ...]:
    return tuple(
        EquipmentResource(item.name, item.value, item.in_service, item.life_years,
                          _key_name(data, item.key.at(on)), _since(item.key.at(on)))  # fmt: skip
        for item in data.equipment
        if item.in_service <= on
    )


def _sites_in_force(session: Session, data, on: dt.date) -> tuple[SiteResource, ...]:
    details = {ident: (address, common) for ident, address, common in session.execute(
        select(m.Site.id, m.Site.address, m.Site.common_area))}  # fmt: skip
    # The provider first on a site: it is the one lending the premises.
    parties = (data.provider, *data.beneficiaries)
    result = []
    for site in sorted(data.sites.values(), key=lambda s: s.name):
        entries = [(p, site.surfaces[p.id].at(on)) for p in parties if p.id in site.surfaces]
        entries = [(p, e) for p, e in entries if e is not None]
        total = sum((Fraction(e.value) for _p, e in entries), Fraction(0))
        surfaces = tuple(
            ShareInForce(p.code, p.name, e.value, Fraction(e.value) / total if total else None, _since(e))
            for p, e in entries
        )
        address, common = details.get(site.id, ("", Decimal(0)))
        result.append(SiteResource(site.name, address, common, surfaces))
    return tuple(result)


def _key_in_force(data, resolver: KeyResolver, key, on: dt.date) -> KeyResource:
    """A key's split on ``on``, computed by the engine's own key resolver."""
    ((_start, _end, segment),) = resolver.segments(("key", key.id), on, on)
    parties = {p.id: p for p in data.parties}
    basis = ""
    if key.kind == "surface" and key.site_id in data.sites:
        basis = f"site « {data.sites[key.site_id].name} »"
    elif key.kind == "metered" and key.meter_id in data.meters:
        basis = f"compteur « {data.meters[key.meter_id].name} »"
    elif key.kind == "headcount":
        basis = "ETP du personnel et effectifs propres"
    note = ""
    if segment.problem is not None:
        return KeyResource(key.name, key.kind, basis, (), segment.unit, (), segment.problem.message)
    if key.kind == "metered":
        meter = data.meters[key.meter_id]
        reading = next((r for r in meter.periods if r.start <= on <= r.end), None)
        if reading is not None:
            note = f"relevés du {reading.start:%d/%m/%Y} au {reading.end:%d/%m/%Y}"
    if key.kind in ("fixed", "direct"):
        parts = tuple(
            ShareInForce(parties[p].code, parties[p].name, segment.ratio(p), segment.ratio(p))
            for p, _weight in segment.weights
            if key.kind == "fixed" or segment.ratio(p)
        )
        unit = "%"
    else:
        parts = tuple(
            ShareInForce(parties[p].code, parties[p].name, weight, segment.ratio(p))
            for p, weight in segment.weights
        )
        unit = segment.unit
    return KeyResource(key.name, key.kind, basis, parts, unit, segment.amendments, note)


def convention_summary_of(session: Session, convention_id: int, on: dt.date | None = None) -> ConventionSummary | None:
    """:func:`convention_summary` of the convention ``convention_id``; None when it was deleted
    meanwhile (the interface asks by id, from a list read earlier)."""
    convention = session.get(m.Convention, convention_id)
    return None if convention is None else convention_summary(session, convention, on)
