"""The mapped models keep their annotations evaluated (storage/models/base.py says why), and
each relationship still reaches its class."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.orm import configure_mappers

from mutualisation.storage import models as m

MODELS = Path(m.__file__).parent


def test_no_model_module_postpones_its_annotations():
    postponed = [path.name for path in sorted(MODELS.glob("*.py"))
                 if "from __future__ import annotations" in path.read_text(encoding="utf-8")]  # fmt: skip
    assert not postponed


def test_every_relationship_reaches_its_class():
    configure_mappers()
    relationships = {
        (mapper.class_.__name__, relationship.key): (relationship.mapper.class_.__name__, relationship.uselist)
        for mapper in m.Base.registry.mappers
        for relationship in mapper.relationships
    }
    assert relationships[("Bill", "site")] == ("Site", False)
    assert relationships[("Bill", "attachment")] == ("BillAttachment", False)
    assert relationships[("Convention", "articles")] == ("Article", True)
    assert relationships[("ManagementFee", "sections")] == ("ManagementFeeSection", True)
    assert relationships[("StaffMember", "payroll")] == ("PayrollCost", True)
    assert len(relationships) >= 40
    for (owner, key), (target, _) in relationships.items():
        attribute = getattr(getattr(m, owner), key)
        assert inspect(attribute).property.mapper.class_ is getattr(m, target)
