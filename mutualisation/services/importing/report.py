"""What an import found and did: counts per sheet, every rejected row, every update."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...domain.i18n import tr


@dataclass(frozen=True, slots=True)
class Rejection:
    """One reason a row (or a whole sheet, row = header row) was refused."""

    sheet: str
    row: int
    column: str
    reason: str


@dataclass(frozen=True, slots=True)
class Update:
    """A record the file changes: which row, which record, which columns."""

    sheet: str
    row: int
    record: str
    columns: tuple[str, ...]


@dataclass(slots=True)
class SheetSummary:
    sheet: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.rejected


@dataclass
class ImportReport:
    """The preview of an import, and whether it was written."""

    source: str
    summaries: list[SheetSummary] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    #: Notes that are not rejections (columns of a payroll file left aside, mapping used).
    notes: list[str] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    valid_only: bool = False

    @property
    def valid(self) -> bool:
        """True when every row can be imported."""
        return not self.rejections

    @property
    def rejected_rows(self) -> int:
        return sum(s.rejected for s in self.summaries)

    def summary(self, sheet: str) -> SheetSummary:
        for existing in self.summaries:
            if existing.sheet == sheet:
                return existing
        created = SheetSummary(sheet)
        self.summaries.append(created)
        return created

    def totals(self) -> SheetSummary:
        total = SheetSummary("Total")
        for s in self.summaries:
            total.added += s.added
            total.updated += s.updated
            total.unchanged += s.unchanged
            total.rejected += s.rejected
        return total

    def lines(self, max_updates: int = 50) -> list[str]:
        """The report as French text lines, for the command line."""
        width = max([len(s.sheet) for s in self.summaries] + [len("Feuille"), 5])
        out = [f"{'Feuille':<{width}}  {'Ajouts':>7}  {'Mises à jour':>12}  {'Inchangées':>10}  {'Refusées':>8}"]
        for s in [*self.summaries, self.totals()]:
            out.append(f"{s.sheet:<{width}}  {s.added:>7}  {s.updated:>12}  {s.unchanged:>10}  {s.rejected:>8}")
        if self.updates:
            out.append("")
            out.append("Mises à jour :")
            for update in self.updates[:max_updates]:
                out.append(f"  {update.sheet}, ligne {update.row} ({update.record}) : "
                           f"{', '.join(update.columns)}")  # fmt: skip
            if len(self.updates) > max_updates:
                out.append(f"  … et {len(self.updates) - max_updates} autres.")
        if self.rejections:
            out.append("")
            out.append(f"Lignes refusées ({self.rejected_rows}) :")
            for r in self.rejections:
                out.append(f"  {r.sheet}, ligne {r.row}, colonne « {r.column} » : {r.reason}")
        out.extend(self.notes)
        out.append("")
        out.append(self.conclusion())
        return out

    def conclusion(self) -> str:
        """What was done, in the interface language (the import dialog shows it)."""
        if self.dry_run:
            if self.valid:
                return tr("Import", "Vérification seulement : rien n'a été écrit ; le fichier peut être importé.")
            return tr("Import", "Vérification seulement : rien n'a été écrit. Corrigez les lignes refusées, ou "
                      "importez seulement les lignes valides (--valid-only).")
        if self.written:
            total = self.totals()
            done = tr("Import", "Importé : {added} ajout(s), {updated} mise(s) à jour, {unchanged} ligne(s) "
                      "inchangée(s)", added=total.added, updated=total.updated, unchanged=total.unchanged)
            if total.rejected:
                return done + tr("Import", ", {rejected} ligne(s) refusée(s) laissée(s) de côté.",
                                 rejected=total.rejected)
            return done + "."
        return tr("Import", "Rien n'a été importé : corrigez les lignes refusées et recommencez, ou importez "
                  "seulement les lignes valides (--valid-only).")
