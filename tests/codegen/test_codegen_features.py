"""Each schema feature of a small OpenAPI 3.1 document, generated and then imported for real.

The generated modules import the runtime relatively (``from .._models import LenientModel``), so
the document is generated into a temporary copy of the package, which a subprocess imports with
that copy first on ``PYTHONPATH``; the checked-in package is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mini_spec import MINI_SPEC

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "prisma_management_api"
PROBE = Path(__file__).with_name("probe_generated.py")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package whose ``_generated`` comes from the mini document."""
    work = tmp_path_factory.mktemp("mini")
    package = work / "pkg" / "prisma_management_api"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    spec = work / "mini.json"
    spec.write_text(json.dumps(MINI_SPEC), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "--spec", str(spec), "--out", str(package / "_generated")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"codegen failed on the mini document:\n{done.stdout}\n{done.stderr}"
    return package


@pytest.fixture(scope="module")
def facts(generated: Path) -> dict[str, Any]:
    # The generated copy first; then tests/ for the probe's helpers (support/).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(generated.parent), str(PROBE.parents[1])))}
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"the generated package does not import or parse:\n{done.stderr}"
    found: dict[str, Any] = json.loads(done.stdout)
    assert found["package_file"].startswith(str(generated)), "the probe imported the wrong package"
    return found


def test_generated_modules_are_ruff_clean(generated: Path) -> None:
    # Checked as if in place (src/.../_generated/), so the repository's per-file settings apply.
    modules = sorted((generated / "_generated").rglob("*.py"))
    assert {"types/__init__.py", "resources/__init__.py"} <= {
        m.relative_to(generated / "_generated").as_posix() for m in modules
    }
    for module in modules:
        in_place = PACKAGE / "_generated" / module.relative_to(generated / "_generated")
        for args in (["check"], ["format", "--check"]):
            done = subprocess.run(
                [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(in_place), "-"],
                cwd=ROOT,
                input=module.read_text(encoding="utf-8"),
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, f"ruff {args[0]} {module.name}:\n{done.stdout}{done.stderr}"


def test_ref_and_inline_schemas_become_named_models(facts: dict[str, Any]) -> None:
    assert {"Widget", "WidgetOwner", "GetWidgetResponse", "ListWidgetsResponse", "ErrorResponse"} <= set(
        facts["models"]
    )
    assert facts["parsed"]["type"] == "Widget"  # a $ref, under its component's name
    assert facts["parsed"]["owner"] == "WidgetOwner"  # an inline object, named after its place


def test_scalar_types_formats_and_optionality(facts: dict[str, Any]) -> None:
    annotations = facts["widget_annotations"]
    assert annotations["id"] == "str"
    assert annotations["count"] == "int | None"
    assert annotations["ratio"] == "int | float | None"  # a JSON integer stays an int
    assert annotations["active"] == "bool | None"
    assert annotations["tags"] == "list[str] | None"
    # format date-time parses to datetime; uri and email stay strings.
    assert annotations["created_at"] == "datetime"
    assert facts["parsed"]["created_at"] == "datetime"
    assert facts["parsed"]["owner_since"] == "datetime"
    assert annotations["homepage"] == "str | None"
    assert annotations["contact"] == "str | None"
    fields = facts["widget_fields"]
    assert fields["id"]["required"] is True
    assert fields["count"]["required"] is False  # optional: defaults to None


def test_type_arrays_const_and_enums(facts: dict[str, Any]) -> None:
    annotations = facts["widget_annotations"]
    assert annotations["note"] == "str | None"  # type: ["string", "null"], required
    assert facts["widget_fields"]["note"]["required"] is True
    assert annotations["kind"] in ("Literal['widget']", 'Literal["widget"]')
    assert annotations["status"].replace('"', "'") == "Literal['on', 'off'] | None"  # enum with null
    assert facts["nulls"] == {"status": None, "note": None}


def test_any_of_and_additional_properties(facts: dict[str, Any]) -> None:
    annotations = facts["widget_annotations"]
    assert annotations["size"] == "int | str | None"
    assert annotations["labels"] == "dict[str, str] | None"  # typed additionalProperties
    assert annotations["meta"] == "dict[str, Any] | None"  # additionalProperties: {}
    assert facts["parsed"]["labels"] == {"env": "prod"}
    assert facts["parsed"]["meta"] == {"anything": [1, {"x": None}]}


def test_aliases_for_camel_case_and_keywords(facts: dict[str, Any]) -> None:
    fields = facts["widget_fields"]
    assert fields["created_at"]["alias"] == "createdAt"
    assert fields["class_"]["alias"] == "class"
    assert facts["parsed"]["class_"] == "premium"
    # A model dumps back to the wire's names.
    assert facts["parsed"]["dump"]["createdAt"] == "2025-01-02T03:04:05Z"
    assert facts["parsed"]["dump"]["class"] == "premium"


def test_one_of_with_a_type_const_is_a_discriminated_union(facts: dict[str, Any]) -> None:
    assert {"WidgetShape", "WidgetShapeCircle", "WidgetShapeSquare"} <= set(facts["models"])
    assert facts["widget_annotations"]["shape"] == "WidgetShape"
    assert facts["union"]["circle"] == "WidgetShapeCircle"
    assert facts["union"]["square"] == "WidgetShapeSquare"
    # Told apart by msgspec's tag; the tag still reads as the field it is in the JSON.
    assert facts["union"]["tags"] == {
        "WidgetShapeCircle": ["type", "circle", "circle"],
        "WidgetShapeSquare": ["type", "square", "square"],
    }
    assert facts["parsed"]["shape"] == "WidgetShapeSquare"


def test_models_are_lenient(facts: dict[str, Any]) -> None:
    assert facts["lenient"]["status"] == "standby"  # an enum value the document does not list
    assert facts["lenient"]["extra"] == {"extra": {"k": 1}}  # an unknown field, kept
    assert facts["lenient"]["created_at"] == "datetime"  # the rest still typed


def test_deprecated_property_is_marked_and_warns(facts: dict[str, Any]) -> None:
    legacy = facts["widget_fields"]["legacy_name"]
    assert legacy["deprecated"] is True
    assert legacy["alias"] == "legacyName"
    # Read on a Widget nested in its envelope, as users meet it.
    assert facts["deprecated_access_warns"] == ["DeprecationWarning"]
    assert facts["parsed"]["legacy_name"] == "old"


def test_descriptions_become_docstrings(facts: dict[str, Any]) -> None:
    assert facts["widget_doc"] == "A widget on the shelf."
    assert facts["widget_fields"]["legacy_name"]["description"] == "Old name."
    assert facts["widget_fields"]["status"]["description"] == "Power state; null when unknown."
    source = facts["client_methods_source"]
    assert '"""Get a widget\n\n        Returns one widget by id."""' in source  # summary + description
    assert '"""Create a widget"""' in source


def test_deprecated_operation_is_marked(facts: dict[str, Any]) -> None:
    assert facts["operations"]["GET /widgets"]["deprecated"] is True
    assert facts["operations"]["GET /widgets/{widgetId}"]["deprecated"] is False
    source = facts["client_methods_source"]
    assert source.count('@deprecated("GET /widgets is deprecated by the API")') == 2  # sync and async
    assert source.count("is deprecated by the API") == 2  # and no other operation


def test_path_query_and_header_params(facts: dict[str, Any]) -> None:
    op = facts["operations"]["GET /widgets/{widgetId}"]
    assert op["params"] == [
        ["widgetId", "path", True],
        ["expand", "query", False],
        ["x-trace-id", "header", True],
    ]
    typed = facts["typed_dicts"]
    assert typed["GetWidgetQueryParams"] == {"expand": "typing.NotRequired[bool]"}
    assert typed["GetWidgetHeaderParams"] == {"x-trace-id": "<class 'str'>"}  # not an identifier: still a key
    assert typed["GetWidgetParams"]["header"].endswith("GetWidgetHeaderParams'>")  # required header
    assert typed["GetWidgetParams"]["query"].startswith("typing.NotRequired[")
    source = facts["client_methods_source"]
    assert 'path: Literal["/widgets/{widgetId}"],\n        *,\n        params: GetWidgetParams,' in source
    assert "params: ListWidgetsParams | None = None," in source  # nothing required: params optional


def test_json_body(facts: dict[str, Any]) -> None:
    op = facts["operations"]["POST /widgets"]
    assert op["has_body"] is True
    body = facts["typed_dicts"]["CreateWidgetBody"]
    assert body["name"] == "<class 'str'>"
    assert body["color"] == "typing.NotRequired[typing.Literal['red', 'blue']]"
    assert body["from"] == "typing.NotRequired[str]"  # a keyword key
    assert (
        body["dimensions"].startswith("typing.NotRequired[")
        and "CreateWidgetBodyDimensions" in body["dimensions"]
    )
    assert "body: CreateWidgetBody," in facts["client_methods_source"]  # required body


def test_responses_json_empty_and_ndjson(facts: dict[str, Any]) -> None:
    operations = facts["operations"]
    assert operations["GET /widgets/{widgetId}"]["responses"] == {
        "200": ["json", "GetWidgetResponse"],
        "404": ["json", "ErrorResponse"],
    }
    assert operations["POST /widgets"]["responses"]["201"] == ["json", "GetWidgetResponse"]
    assert operations["DELETE /widgets/{widgetId}"]["responses"]["204"] == ["empty", None]
    stream = operations["GET /widgets/{widgetId}/events"]
    assert stream["responses"] == {"200": ["ndjson", "ListWidgetEventsEvent"]}
    assert stream["streams"] is True
    source = facts["client_methods_source"]
    assert "-> ApiResult[None, ErrorResponse]:" in source
    assert "-> ApiResult[NdjsonStream[ListWidgetEventsEvent], ErrorResponse]:" in source
    assert "-> ApiResult[AsyncNdjsonStream[ListWidgetEventsEvent], ErrorResponse]:" in source
    # Records are parsed by their `type`; an unknown kind stays a dict.
    assert facts["records"] == ["ListWidgetEventsEventTick", "ListWidgetEventsEventDone", "dict"]
