"""What users get from PyPI: the wheel works alone, and the sdist stands alone with its tests.

Built with ``python -m build`` exactly as a release would be, then the wheel is installed into a
fresh virtualenv with no extras (pip fetches only the runtime dependencies) and makes one call
against a loopback server; the sdist is unpacked and its generated-code check and tests run there,
with nothing from this checkout (no ``openapi/`` beside it, no ``../shared``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from prisma_management_api import ManagementApiClient, create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)], cwd=ROOT)
    yield out


def only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_the_wheel_carries_the_license_the_types_marker_and_the_metadata(dist: Path) -> None:
    wheel = zipfile.ZipFile(only(dist, "*.whl"))
    names = wheel.namelist()
    assert any(n.endswith("licenses/LICENSE") for n in names)
    assert "prisma_management_api/py.typed" in names
    metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert "Programming Language :: Python :: 3.10" in metadata
    assert "Programming Language :: Python :: 3.13" in metadata
    assert "Project-URL: Changelog" in metadata and "Project-URL: Issues" in metadata
    # The published extras are users' features; development tools are not among them.
    assert "Provides-Extra: dev" not in metadata
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requires and not any(t in r for r in requires for t in ("mypy", "pyright", "ruff", "pytest"))
    # The long description starts with what the SDK is and has no relative links.
    description = metadata.split("\n\n", 1)[1]
    assert description.startswith("# prisma-management-api\n\nThe typed Python SDK")
    assert "](./" not in description and "](bench" not in description and "](docs" not in description


def test_the_wheel_alone_installs_imports_and_makes_a_call(dist: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = str(env_dir / "bin" / "python")
    run(
        [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(only(dist, "*.whl"))],
        cwd=tmp_path,
    )
    script = (
        "import json, sys\n"
        "from prisma_management_api import create_management_api_client\n"
        "client = create_management_api_client(token=sys.argv[1], base_url=sys.argv[2])\n"
        "names = [p.name for p in client.projects.list()]\n"
        "from prisma_management_api import create_async_management_api_client\n"
        "try:\n"
        "    create_async_management_api_client(token='t')\n"
        "    missing = None\n"
        "except ImportError as error:\n"
        "    missing = str(error)\n"
        "loaded = sorted(m for m in ('aiohttp', 'httpx', 'keyring') if m in sys.modules)\n"
        "print(json.dumps({'names': names, 'missing': missing, 'loaded': loaded,\n"
        "                  'file': __import__('prisma_management_api').__file__}))\n"
    )
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        setup = create_client(fake)
        setup.projects.create(name="from-the-wheel")
        clean_env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
        out = run([python, "-c", script, fake.service_token, fake.api_url], cwd=tmp_path, env=clean_env)
    answer = json.loads(out)
    assert answer["names"] == ["from-the-wheel"]
    # Without the `async` extra, the async client says what to install instead of failing later.
    assert "pip install 'prisma-management-api[async]'" in answer["missing"]
    assert answer["loaded"] == []
    assert str(env_dir) in answer["file"], "imported from the checkout, not the installed wheel"


def create_client(fake: FakePrismaPlatform) -> ManagementApiClient:
    return create_management_api_client(token=fake.service_token, base_url=fake.api_url)


def test_the_sdist_stands_alone_and_its_tests_pass(dist: Path, tmp_path: Path) -> None:
    with tarfile.open(only(dist, "*.tar.gz")) as archive:
        archive.extractall(tmp_path, filter="data")
    (unpacked,) = tmp_path.iterdir()
    for needed in (
        "LICENSE",
        "openapi/prisma-management-api.json",
        "openapi/PROVENANCE.json",
        "codegen",
        "tests",
    ):
        assert (unpacked / needed).exists(), f"{needed} is missing from the sdist"
    env = {k: v for k, v in os.environ.items() if k != "PRISMA_OPENAPI_SPEC"}
    env["PYTHONPATH"] = str(unpacked / "src")  # the sdist's package, not this checkout's
    assert not (unpacked.parent / "shared").exists()
    checked = run([sys.executable, "-m", "codegen", "--check"], cwd=unpacked, env=env)
    assert "up to date" in checked
    tested = run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not slow",
            # The generator and its check, the wire rules and a fake-platform flow: what needs
            # the sdist's own files (openapi/, codegen/) without re-running the whole suite,
            # whose memory and timing tests would run twice in one CI job.
            "tests/codegen",
            "tests/core/test_core_operations.py",
            "tests/core/test_core_wire.py",
            "tests/testing/test_fake_flow.py",
        ],
        cwd=unpacked,
        env=env,
    )
    assert " passed" in tested and "failed" not in tested and "error" not in tested.lower()
