"""What users get from PyPI: the wheel works alone, and the sdist stands alone with its tests.

Built with ``python -m build`` exactly as a release would be, then the wheel is installed into a
fresh virtualenv with no extras (pip fetches only the runtime dependencies) and makes one call
against a loopback server; the sdist is unpacked and its generated-code check and tests run there,
with nothing from this checkout (no ``openapi/`` beside it, no ``../shared``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from prisma_management_api import (
    KeyringTokenStorage,
    ManagementApiClient,
    Tokens,
    create_management_api_client,
)
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


def install_wheel(dist: Path, env_dir: Path, extras: str = "") -> str:
    """A fresh virtualenv with the wheel and only ``extras`` (``"testing"``, ``"cli"``): pip
    fetches nothing the package does not declare. Returns its python."""
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = str(env_dir / "bin" / "python")
    pip_install_wheel(python, dist, extras, env_dir)
    return python


def pip_install_wheel(python: str, dist: Path, extras: str, cwd: Path) -> None:
    wheel = str(only(dist, "*.whl")) + (f"[{extras}]" if extras else "")
    run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel], cwd=cwd)


@pytest.fixture(scope="module")
def bare_wheel(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel and no extra, made once: its folder."""
    env_dir = tmp_path_factory.mktemp("bare-venv") / "venv"
    install_wheel(dist, env_dir)
    return env_dir


def add_extra(bare_wheel: Path, dist: Path, extras: str, env_dir: Path) -> str:
    """The wheel with only ``extras``, as :func:`install_wheel` makes it, but from a copy of the
    bare virtualenv: pip adds just the extra's packages, and the venv and the runtime dependencies
    (about 17 s a venv) are not made again. Returns its python. Its console scripts still name the
    copied venv's python, so a test of a script needs :func:`install_wheel`."""
    shutil.copytree(bare_wheel, env_dir, symlinks=True)
    python = str(env_dir / "bin" / "python")
    pip_install_wheel(python, dist, extras, env_dir)
    return python


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no virtualenv of this checkout: only what the fresh venv has is importable."""
    return {"PATH": os.environ.get("PATH", ""), "HOME": str(home)}


def test_the_wheel_alone_installs_imports_and_makes_a_call(bare_wheel: Path, tmp_path: Path) -> None:
    python = str(bare_wheel / "bin" / "python")
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
        out = run(
            [python, "-c", script, fake.service_token, fake.api_url], cwd=tmp_path, env=clean_env(tmp_path)
        )
    answer = json.loads(out)
    assert answer["names"] == ["from-the-wheel"]
    # Without the `async` extra, the async client says what to install instead of failing later.
    assert "pip install 'prisma-management-api[async]'" in answer["missing"]
    assert answer["loaded"] == []
    assert str(bare_wheel) in answer["file"], "imported from the checkout, not the installed wheel"


def create_client(fake: FakePrismaPlatform) -> ManagementApiClient:
    return create_management_api_client(token=fake.service_token, base_url=fake.api_url)


def demo_extras() -> str:
    """The extras ``python3 scripts/dev.py demo`` installs (its ``DEMO_INSTALL``, ``.[testing]``)."""
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "scripts" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = re.fullmatch(r"\.\[([a-z,]+)\]", module.DEMO_INSTALL[-1])
    assert found, f"unexpected demo install {module.DEMO_INSTALL}"
    return found[1]


@pytest.fixture(scope="module")
def testing_only(bare_wheel: Path, dist: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The wheel with only the extras the README's demo installs (the `testing` extra). The test
    suite installs ``[all]``, so a dependency the fake imports but its extra forgot would go
    unnoticed anywhere else."""
    extras = demo_extras()
    assert extras == "testing", "the demo needs more than the testing extra: say so in the README"
    return add_extra(bare_wheel, dist, extras, tmp_path_factory.mktemp("testing-venv") / "venv")


def test_the_testing_extra_alone_runs_the_demo(testing_only: str, tmp_path: Path) -> None:
    out = run([testing_only, str(ROOT / "examples" / "demo.py")], cwd=tmp_path, env=clean_env(tmp_path))
    assert "logged in  workspace" in out and "/v1/me" in out
    assert out.rstrip().endswith("done.")


def test_the_testing_extra_alone_imports_every_module_of_the_fake(testing_only: str, tmp_path: Path) -> None:
    script = (
        "import importlib, json, pkgutil, sys\n"
        "import prisma_management_api.testing as testing\n"
        "public = {name: type(getattr(testing, name)).__name__ for name in testing.__all__}\n"
        "modules = []\n"
        "for info in pkgutil.iter_modules(testing.__path__, testing.__name__ + '.'):\n"
        "    if info.name.endswith('._pytest_plugin'):\n"
        "        continue  # loaded by pytest, which the user brings\n"
        "    importlib.import_module(info.name)\n"
        "    modules.append(info.name)\n"
        "print(json.dumps({'public': public, 'modules': modules, 'file': testing.__file__}))\n"
    )
    answer = json.loads(run([testing_only, "-c", script], cwd=tmp_path, env=clean_env(tmp_path)))
    assert "site-packages" in answer["file"]
    assert set(answer["public"]) >= {"FakePrismaPlatform", "OAuthServer", "Counters", "Faults"}
    assert "prisma_management_api.testing._platform" in answer["modules"]
    assert "prisma_management_api.testing.__main__" in answer["modules"]
    # The fake as a server, from the extra alone.
    usage = run(
        [testing_only, "-m", "prisma_management_api.testing", "--help"], cwd=tmp_path, env=clean_env(tmp_path)
    )
    assert "serve" in usage


def test_the_cli_extra_alone_runs_a_command(dist: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    install_wheel(dist, env_dir, "cli")
    command = str(env_dir / "bin" / "prisma-management")
    env = clean_env(tmp_path)
    assert "projects" in run([command, "--help"], cwd=tmp_path, env=env)
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        create_client(fake).projects.create(name="seen-by-the-cli")
        env |= {"PRISMA_SERVICE_TOKEN": fake.service_token, "PRISMA_MANAGEMENT_API_URL": fake.api_url}
        listed = json.loads(run([command, "projects", "list", "--json"], cwd=tmp_path, env=env))
    assert [p["name"] for p in listed] == ["seen-by-the-cli"]


def test_the_async_extra_alone_makes_a_call(bare_wheel: Path, dist: Path, tmp_path: Path) -> None:
    python = add_extra(bare_wheel, dist, "async", tmp_path / "venv")
    script = (
        "import asyncio, sys\n"
        "from prisma_management_api import create_async_management_api_client\n"
        "async def main():\n"
        "    async with create_async_management_api_client(token=sys.argv[1], base_url=sys.argv[2]) as c:\n"
        "        print([p.name async for p in c.projects.list()])\n"
        "asyncio.run(main())\n"
    )
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        create_client(fake).projects.create(name="seen-async")
        out = run(
            [python, "-c", script, fake.service_token, fake.api_url], cwd=tmp_path, env=clean_env(tmp_path)
        )
    assert out.strip() == "['seen-async']"


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
    # Neither the spec override nor this run's pytest options (PYTEST_ADDOPTS) reach the inner run.
    env = {k: v for k, v in os.environ.items() if k not in ("PRISMA_OPENAPI_SPEC", "PYTEST_ADDOPTS")}
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
    # Judged by pytest's closing line (the exit code is checked by run()): test names may
    # contain "failed" or "error", so the whole output cannot be searched for them.
    closing = tested.strip().splitlines()[-1]
    assert re.match(r"\d+ passed", closing) and "failed" not in closing and "error" not in closing, closing


# One use of each remaining extra, in a venv holding the wheel and that extra alone. The scripts
# print what they got back; nothing in them needs a server but the fake (passed as argv).
EXTRA_SCRIPTS = {
    "httpx": (
        "import sys, httpx\n"
        "from prisma_management_api import create_management_api_client\n"
        "client = create_management_api_client(token=sys.argv[1], base_url=sys.argv[2],\n"
        "                                      http_client=httpx.Client())\n"
        "print(client.GET('/v1/me').response.status)\n"
    ),
    "sql": (
        "import sys, sqlalchemy\n"
        "from prisma_management_api import SQLTokenStorage, Tokens, create_token_table\n"
        "engine = sqlalchemy.create_engine('sqlite:///tokens.db')\n"
        "create_token_table(engine)\n"
        "storage = SQLTokenStorage(engine, key='user')\n"
        "storage.set_tokens(Tokens(workspace_id='w', access_token='a', refresh_token='r'))\n"
        "print(storage.get_tokens().refresh_token == 'r' and 200)\n"
    ),
    "encryption": (
        "import sys\n"
        "from cryptography.fernet import Fernet\n"
        "from prisma_management_api import FileTokenStorage, Tokens\n"
        "storage = FileTokenStorage('tokens.json', encryption=Fernet.generate_key())\n"
        "storage.set_tokens(Tokens(workspace_id='w', access_token='a', refresh_token='r'))\n"
        "clear = b'\"r\"' in open('tokens.json', 'rb').read()\n"
        "print(not clear and storage.get_tokens().refresh_token == 'r' and 200)\n"
    ),
    "redis": (
        "import sys, redis\n"
        "from prisma_management_api import RedisTokenStorage\n"
        "storage = RedisTokenStorage(redis.Redis(), key='user')  # made without I/O\n"
        "print(storage.key == 'user' and 200)\n"
    ),
}


@pytest.mark.parametrize("extra", sorted(EXTRA_SCRIPTS))
def test_each_other_extra_alone_works(bare_wheel: Path, dist: Path, tmp_path: Path, extra: str) -> None:
    python = add_extra(bare_wheel, dist, extra, tmp_path / "venv")
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        out = run(
            [python, "-c", EXTRA_SCRIPTS[extra], fake.service_token, fake.api_url],
            cwd=tmp_path,
            env=clean_env(tmp_path),
        )
    assert out.strip() == "200", out


def test_the_keyring_extra_alone_stores_and_reads_a_token_pair(
    bare_wheel: Path, dist: Path, tmp_path: Path
) -> None:
    from auth.keyring_backend import FileKeyring

    python = add_extra(bare_wheel, dist, "keyring", tmp_path / "venv")
    # No desktop keyring here: keyring's own configuration file names a file-based backend (and
    # where to import it from), and keyring's own KEYRING_PROPERTY_* variable gives it its folder.
    config = tmp_path / ".config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text(
        f"[backend]\ndefault-keyring = keyring_backend.FileKeyring\nkeyring-path = {ROOT / 'tests' / 'auth'}\n"
    )
    secrets = tmp_path / "keychain"
    script = (
        "import json, keyring\n"
        "from prisma_management_api import KeyringTokenStorage, Tokens\n"
        "storage = KeyringTokenStorage(username='alice')  # the keyring that keyring chooses\n"
        "storage.set_tokens(Tokens(workspace_id='w', access_token='a', refresh_token='r'))\n"
        "print(json.dumps({'backend': type(keyring.get_keyring()).__name__,\n"
        "                  'read': storage.get_tokens().to_dict()}))\n"
    )
    env = clean_env(tmp_path) | {"KEYRING_PROPERTY_DIRECTORY": str(secrets)}
    answer = json.loads(run([python, "-c", script], cwd=tmp_path, env=env))
    assert answer["backend"] == "FileKeyring"
    stored = Tokens(workspace_id="w", access_token="a", refresh_token="r")
    assert answer["read"] == stored.to_dict()
    # The pair is in the configured keyring, where another process (this one) reads it.
    assert KeyringTokenStorage(username="alice", backend=FileKeyring(secrets)).get_tokens() == stored
