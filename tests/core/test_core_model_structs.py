"""The response models as msgspec Structs: what a user relies on from them.

Kept pages cost the garbage collector nothing, a body that fits is decoded strictly, and one that
does not (the API grew) keeps everything: unknown fields, unknown enum values and variants,
without changing the caller's data.
"""

from __future__ import annotations

import copy
import gc
import json
import pickle
import warnings
from datetime import datetime, timezone
from typing import Any

import msgspec
import pytest

from prisma_management_api._core import json_decoder
from prisma_management_api.types import (
    CreateConnectionResult,
    Database,
    DatabaseSourceBackup,
    ListProjectsResponse,
    Project,
)

PROJECT = {
    "id": "proj_1",
    "type": "project",
    "url": "https://api.prisma.io/v1/projects/proj_1",
    "name": "shop",
    "logicalId": None,
    "createdAt": "2026-11-30T08:00:00Z",
    "defaultRegion": "us-east-1",
    "workspace": {"id": "wksp_1", "url": "https://api.prisma.io/v1/workspaces/wksp_1", "name": "acme"},
}
DATABASE = {
    "id": "db_1",
    "type": "database",
    "url": "https://api.prisma.io/v1/databases/db_1",
    "name": "main",
    "status": "ready",
    "createdAt": "2026-11-30T08:00:00Z",
    "isDefault": True,
    "defaultConnectionId": None,
    "connections": [],
    "project": {"id": "proj_1", "url": "https://api.prisma.io/v1/projects/proj_1", "name": "shop"},
    "region": None,
    "source": {"type": "backup", "databaseId": "db_0", "backupId": "bkp_1"},
    "branchId": None,
    "logicalId": None,
}


def page(projects: list[dict[str, Any]]) -> bytes:
    return json.dumps({"data": projects, "pagination": {"nextCursor": None, "hasMore": False}}).encode()


def tracked_objects_inside(value: Any) -> int:
    """GC-tracked objects reachable from ``value`` through the models, lists and dicts."""
    seen: set[int] = set()
    pending = [value]
    count = 0
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        count += gc.is_tracked(item)
        if isinstance(item, msgspec.Struct):
            pending.extend(getattr(item, f) for f in item.__struct_fields__)
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.values())
    return count


def test_a_kept_page_is_nothing_for_the_gc_but_its_lists() -> None:
    parsed = json_decoder("ListProjectsResponse")(page([PROJECT] * 20))
    assert isinstance(parsed, ListProjectsResponse) and len(parsed.data) == 20
    assert not any(gc.is_tracked(p) or gc.is_tracked(p.workspace) for p in parsed.data)
    assert not gc.is_tracked(parsed) and not gc.is_tracked(parsed.pagination)
    assert tracked_objects_inside(parsed) == 1  # the list of projects; json.loads makes 22


def test_a_body_that_fits_is_typed_all_the_way_down() -> None:
    project = json_decoder("ListProjectsResponse")(page([PROJECT])).data[0]
    assert project == Project(
        id="proj_1",
        type="project",
        url="https://api.prisma.io/v1/projects/proj_1",
        name="shop",
        logical_id=None,
        created_at=datetime(2026, 11, 30, 8, tzinfo=timezone.utc),
        default_region="us-east-1",
        workspace=project.workspace,
    )
    assert project.model_extra is None


def test_fields_the_api_added_are_kept_in_order_at_every_level() -> None:
    grown = {**PROJECT, "zeta": 1, "alpha": {"nested": [1, 2]}}
    grown["workspace"] = {**PROJECT["workspace"], "plan": "pro"}
    parsed = json_decoder("ListProjectsResponse")(page([grown, PROJECT]))
    first, second = parsed.data
    assert first.model_extra == {"zeta": 1, "alpha": {"nested": [1, 2]}}
    assert list(first.model_extra) == ["zeta", "alpha"]  # as the body had them
    assert first.workspace.model_extra == {"plan": "pro"}
    assert first.alpha == {"nested": [1, 2]}  # readable as an attribute, as pydantic's extras were
    assert first.created_at == datetime(2026, 11, 30, 8, tzinfo=timezone.utc)  # the rest still typed
    assert second.model_extra is None
    with pytest.raises(AttributeError, match="nmae"):
        first.nmae  # noqa: B018  # a misspelt field is still an error


def test_an_unknown_enum_value_and_variant_keep_their_raw_values_beside_new_fields() -> None:
    body = {
        **DATABASE,
        "status": "hibernating",
        "source": {"type": "snapshot", "snapshotId": "snap_1"},
        "tier": "gold",
    }
    parsed = json_decoder("GetDatabaseResponse")(json.dumps({"data": body}).encode()).data
    assert isinstance(parsed, Database)
    assert parsed.status == "hibernating"
    assert parsed.source == {"type": "snapshot", "snapshotId": "snap_1"}
    assert parsed.model_extra == {"tier": "gold"}
    assert parsed.created_at == datetime(2026, 11, 30, 8, tzinfo=timezone.utc)


def test_a_known_variant_is_its_class_and_reads_its_tag() -> None:
    parsed = json_decoder("GetDatabaseResponse")(json.dumps({"data": DATABASE}).encode()).data
    assert isinstance(parsed.source, DatabaseSourceBackup)
    assert parsed.source.type == "backup" and parsed.source.backup_id == "bkp_1"
    assert "type='backup'" in repr(parsed.source)
    assert parsed.model_dump(by_alias=True, mode="json")["source"] == DATABASE["source"]


def test_a_missing_required_field_is_unset_and_the_rest_is_kept() -> None:
    body = {key: value for key, value in PROJECT.items() if key != "name"}
    project = Project.model_validate(body)
    with pytest.raises(AttributeError):
        project.name  # noqa: B018
    assert project.id == "proj_1" and "name" not in project.model_dump()
    assert "name=" not in repr(project).split("workspace=")[0]


def test_validating_never_changes_the_callers_data() -> None:
    body = {**PROJECT, "new": 1, "workspace": {**PROJECT["workspace"], "newer": 2}}
    before = copy.deepcopy(body)
    project = Project.model_validate(body)
    assert body == before
    assert project.model_extra == {"new": 1} and project.workspace.model_extra == {"newer": 2}


def test_model_dump_gives_python_or_json_values_by_attribute_or_json_names() -> None:
    project = Project.model_validate({**PROJECT, "new": 1})
    dumped = project.model_dump()
    assert dumped["created_at"] == datetime(2026, 11, 30, 8, tzinfo=timezone.utc)
    assert dumped["workspace"]["name"] == "acme" and dumped["new"] == 1
    assert project.model_dump(mode="json", by_alias=True) == {**PROJECT, "new": 1}
    assert json.loads(project.model_dump_json()) == {**PROJECT, "new": 1}
    assert "logical_id" not in project.model_dump(exclude_none=True)
    assert Project.model_validate_json(project.model_dump_json()) == project


def test_deprecated_fields_warn_when_read_and_dump_under_their_own_names() -> None:
    created = CreateConnectionResult.model_validate(
        {
            "id": "con_1",
            "type": "connection",
            "url": "https://api.prisma.io/v1/connections/con_1",
            "name": "app",
            "createdAt": "2026-11-30T08:00:00Z",
            "kind": "postgres",
            "endpoints": {},
            "connectionString": "postgres://u:SEKRET@db.prisma.io/x",
            "database": {"id": "db_1", "url": "https://api.prisma.io/v1/databases/db_1", "name": "main"},
            "host": "db.prisma.io",
            "pass": "SEKRET",
            "user": "u",
        }
    )
    assert created.model_extra is None  # every field known: the strict path
    with pytest.warns(DeprecationWarning, match="endpoints.direct"):
        assert created.host == "db.prisma.io"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dumped = created.model_dump()  # dumping reads the storage: no warning
        text = repr(created)
    assert dumped["host"] == "db.prisma.io" and dumped["pass_"] == "SEKRET"
    assert "SEKRET" not in text and "host='db.prisma.io'" in text


def test_models_pickle_and_compare_by_value() -> None:
    project = Project.model_validate({**PROJECT, "new": [1]})
    again = pickle.loads(pickle.dumps(project))
    assert again == project and again.model_extra == {"new": [1]}
    assert again != Project.model_validate(PROJECT)


def test_what_cannot_be_a_model_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Project needs an object, got list"):
        Project.model_validate(["not", "an", "object"])
    with pytest.raises(ValueError, match="invalid JSON"):
        Project.model_validate_json(b'{"id": ')
    with pytest.raises(ValueError):
        json_decoder("ListProjectsResponse")(b"[1, 2]")
