"""What a fresh process loads for its first answer: only the resource it calls (issue 11, cold start).

Each check runs a real interpreter against a loopback server, so the modules it lists are what a
script or a CLI invocation would load.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support.loopback import LoopbackServer, Reply

SRC = str(Path(__file__).resolve().parents[2] / "src")
PAGE = {"data": [], "pagination": {"nextCursor": None, "hasMore": False}}


def run(code: str) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return found


LOADED = (
    "import json, sys\n"
    "prefix = 'prisma_management_api._generated.'\n"
    "print(json.dumps({\n"
    "    'generated': sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix)),\n"
    "    'heavy': sorted(m for m in ('msgspec', 'pydantic', 'asyncio', 'aiohttp', 'httpx') if m in sys.modules),\n"
    "}))\n"
)


def test_one_typed_get_loads_its_resources_models_only(server: LoopbackServer) -> None:
    server.answer(Reply.json(PAGE))
    found = run(
        "import prisma_management_api as sdk\n"
        f"client = sdk.create_management_api_client(token='t', base_url={server.base_url!r})\n"
        "result = client.GET('/v1/projects')\n"
        "assert type(result.data).__name__ == 'ListProjectsResponse', result\n" + LOADED
    )
    # One module per model: the answer's class, the classes it refers to, their folders' packages.
    models = [m for m in found["generated"] if m.startswith("types.")]
    assert models == [
        "types.projects",
        "types.projects.list_projects_response",
        "types.projects.project",
        "types.projects.workspace_ref",
        "types.shared",
        "types.shared.pagination",
    ]
    assert not [m for m in found["generated"] if m.startswith("resources.")]
    assert "asyncio" not in found["heavy"], "a sync call imported asyncio"
    assert "client_methods" in found["generated"]
    assert "async_client_methods" not in found["generated"], "a sync client loaded the async overloads"


def test_a_plain_typed_get_loads_no_module_of_options_it_does_not_use(server: LoopbackServer) -> None:
    # Middleware, credentials, serializers, streams, parse_as and reprs load where they are used:
    # each module costs a first response about a third of a millisecond (bench/README.md).
    server.answer(Reply.json(PAGE))
    found = run(
        "import json, sys\n"
        "import prisma_management_api as sdk\n"
        f"client = sdk.create_management_api_client(token='t', base_url={server.base_url!r})\n"
        "result = client.GET('/v1/projects')\n"
        "assert type(result.data).__name__ == 'ListProjectsResponse', result\n"
        "print(json.dumps({'loaded': sorted(sys.modules)}))\n"
    )
    unused = {
        "prisma_management_api._credentials",
        "prisma_management_api._middleware",
        "prisma_management_api._middleware_flow",
        "prisma_management_api._ndjson",
        "prisma_management_api._parse_as",
        "prisma_management_api._redact",
        "prisma_management_api._request",
        "prisma_management_api._serializers",
        "pydantic",  # the models are msgspec Structs: no pydantic anywhere in a call
    }
    assert sorted(unused & set(found["loaded"])) == []


def test_a_resource_call_loads_its_namespace_module_only(server: LoopbackServer) -> None:
    server.answer(Reply.json(PAGE))
    found = run(
        "import prisma_management_api as sdk\n"
        f"client = sdk.create_management_api_client(token='t', base_url={server.base_url!r})\n"
        "assert list(client.projects.list()) == []\n" + LOADED
    )
    assert [m for m in found["generated"] if m.startswith("resources.")] == ["resources.projects"]
    models = {m for m in found["generated"] if m.startswith("types.")}
    assert {"types.projects.list_projects_response", "types.shared.pagination"} <= models
    assert all(m.startswith(("types.projects", "types.shared")) for m in models)


def test_import_and_console_help_load_no_model() -> None:
    found = run(
        "import sys\n"
        "import prisma_management_api\n"
        "from prisma_management_api._cli import main\n"
        "sys.argv = ['prisma-management', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n" + LOADED
    )
    assert not [m for m in found["generated"] if m.startswith(("types.", "resources."))]
    assert found["heavy"] == []


def test_model_classes_are_made_without_reading_source() -> None:
    # Field descriptions are docstrings in the generated source, for readers and IDEs; making a
    # model class and decoding into it never reads that source back (pydantic's
    # use_attribute_docstrings did, with inspect, for each class: half of a first call's cost).
    found = run(
        "import inspect, json\n"
        "calls = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj: calls.append(obj) or real(obj)\n"
        "from prisma_management_api.types import GithubActionsToken as Model\n"
        "Model.model_validate({'token': 't', 'expiresAt': '2026-01-01T00:00:00Z', 'tokenType': 'Bearer'})\n"
        "print(json.dumps({'calls': [repr(c) for c in calls]}))\n"
    )
    assert found["calls"] == []
