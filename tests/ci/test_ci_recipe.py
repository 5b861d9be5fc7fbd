"""The README's "In CI" workflow, parsed and run step by step against the fake platform.

Each ``run:`` step goes to bash as GitHub runs it (``bash -e -o pipefail``), in order, with the
environment the workflow sets, ``${{ ... }}`` expressions filled in as GitHub would, a fake
``ACTIONS_ID_TOKEN_REQUEST_URL`` from the fake platform's GitHub issuer and a temporary
``GITHUB_OUTPUT`` per step. ``uses:`` steps are GitHub's own actions and are not run; ``pip`` and
``npx`` are stand-ins on PATH (the package is installed already; ``npx prisma migrate deploy``
records the variables it was given, to check what reached the next step).
"""

from __future__ import annotations

import datetime
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from prisma_management_api.testing import FakePrismaPlatform

README = Path(__file__).resolve().parents[2] / "README.md"
_EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


def workflow() -> dict[str, Any]:
    text = README.read_text()
    section = text.split("\n## In CI\n", 1)[1].split("\n## ", 1)[0]
    block = section.split("```yaml\n", 1)[1].split("\n```", 1)[0]
    parsed: dict[str, Any] = yaml.safe_load(block)
    return parsed


class Run:
    """One workflow run for one event."""

    def __init__(
        self,
        fake: FakePrismaPlatform,
        tmp: Path,
        event: dict[str, Any],
        variables: dict[str, str],
        runner_env: dict[str, str],
    ) -> None:
        self.fake = fake
        self.runner_env = runner_env  # what GitHub's runner sets: ACTIONS_ID_TOKEN_REQUEST_*
        self.tmp = tmp
        self.event = event
        self.variables = variables
        self.outputs: dict[str, dict[str, str]] = {}
        self.logs: list[str] = []
        self.bin = tmp / "bin"
        self.bin.mkdir(exist_ok=True)
        self._tool("prisma-management", f'exec "{sys.executable}" -m prisma_management_api "$@"')
        self._tool("pip", 'echo "pip $*" >> "$RECORD_DIR/pip.log"')
        self._tool(
            "npx",
            'env | grep -E "^(DATABASE_URL|DIRECT_URL)=" > "$RECORD_DIR/npx-env"; echo "npx $*" >> "$RECORD_DIR/npx.log"',
        )

    def _tool(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)

    def expression(self, text: str) -> str:
        """The value GitHub substitutes for ``${{ text }}`` (the forms this workflow uses)."""
        if text.startswith("vars."):
            return self.variables[text[5:]]
        if text == "github.event.number":
            return str(self.event["number"])
        if text == "github.event_name":
            return str(self.event["name"])
        match = re.fullmatch(r"steps\.(\w+)\.outputs\.(\w+)", text)
        if match:
            return self.outputs.get(match.group(1), {}).get(match.group(2), "")
        raise AssertionError(f"unexpected expression in the workflow: {text}")

    def substitute(self, value: object) -> str:
        return _EXPRESSION.sub(lambda m: self.expression(m.group(1)), str(value))

    def condition(self, condition: str) -> bool:
        """A job's ``if:``: comparisons of github.event_name / github.event.action, && and ||."""
        python = condition.replace("&&", " and ").replace("||", " or ")
        python = python.replace("github.event_name", repr(self.event["name"]))
        python = python.replace("github.event.action", repr(self.event.get("action")))
        assert re.fullmatch(r"[\s'\w!=()-]*", python), condition
        return bool(eval(python, {"__builtins__": {}}))

    def run(self, spec: dict[str, Any]) -> list[str]:
        """Run the jobs the event selects; the names of the jobs run."""
        selected = [name for name, job in spec["jobs"].items() if self.condition(job.get("if", "true"))]
        for name in selected:
            self._job(spec, spec["jobs"][name])
        return selected

    def _job(self, spec: dict[str, Any], job: dict[str, Any]) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("PRISMA_", "ACTIONS_", "GITHUB_"))}
        base.update(
            PATH=f"{self.bin}:{os.environ['PATH']}",
            HOME=str(self.tmp / "home"),
            RECORD_DIR=str(self.tmp),
            PRISMA_MANAGEMENT_API_URL=self.fake.api_url,  # the runner's setting: the fake, not api.prisma.io
            **self.runner_env,
        )
        for key, value in {**spec.get("env", {}), **job.get("env", {})}.items():
            base[key] = self.substitute(value)
        for index, step in enumerate(job["steps"]):
            if "uses" in step:
                continue
            env = dict(base)
            for key, value in step.get("env", {}).items():
                env[key] = self.substitute(value)
            output = self.tmp / f"output-{len(self.logs)}-{index}"
            output.write_text("")
            env["GITHUB_OUTPUT"] = str(output)
            script = self.substitute(step["run"])
            done = subprocess.run(
                ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
                env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            self.logs.append(done.stdout + done.stderr)
            assert done.returncode == 0, f"step {script!r} failed:\n{done.stdout}\n{done.stderr}"
            if "id" in step:
                self.outputs[step["id"]] = dict(
                    line.split("=", 1) for line in output.read_text().splitlines() if "=" in line
                )


@pytest.fixture
def linked(fake: FakePrismaPlatform) -> tuple[str, dict[str, str]]:
    job = fake.github_actions_job("octo-org/shop", event_name="pull_request")
    project_id = next(iter(fake.state.projects))
    return project_id, job.env


def _run(
    fake: FakePrismaPlatform, tmp: Path, linked: tuple[str, dict[str, str]], event: dict[str, Any]
) -> Run:
    project_id, oidc_env = linked
    return Run(fake, tmp, event, {"PRISMA_PROJECT_ID": project_id}, oidc_env)


def test_the_workflow_is_complete() -> None:
    spec = workflow()
    triggers = spec.get("on") or spec.get(True)  # YAML 1.1 reads a bare `on` as True
    assert set(triggers["pull_request"]["types"]) >= {"opened", "synchronize", "closed"}
    assert triggers["schedule"][0]["cron"]
    assert spec["permissions"]["id-token"] == "write"
    assert "PRISMA_SERVICE_TOKEN" not in str(spec)  # no secret: OIDC


def test_pull_request_lifecycle_and_nightly_prune(
    fake: FakePrismaPlatform, tmp_path: Path, linked: tuple[str, dict[str, str]]
) -> None:
    spec = workflow()
    project_id = linked[0]

    # opened: a database pr-7, its strings masked and handed to the next step.
    opened = _run(fake, tmp_path, linked, {"name": "pull_request", "action": "opened", "number": 7})
    assert opened.run(spec) == ["database"]
    databases = [d for d in fake.state.databases.values() if d.name == "pr-7"]
    assert len(databases) == 1 and databases[0].project_id == project_id
    outputs = opened.outputs["db"]
    assert outputs["DATABASE_ID"] == databases[0].id
    received = dict(line.split("=", 1) for line in (tmp_path / "npx-env").read_text().splitlines())
    assert received == {"DATABASE_URL": outputs["DATABASE_URL"], "DIRECT_URL": outputs["DIRECT_URL"]}
    assert (tmp_path / "npx.log").read_text() == "npx prisma migrate deploy\n"
    create_log = opened.logs[1]
    assert create_log.index(f"::add-mask::{outputs['DATABASE_URL']}") < create_log.index(
        "written to $GITHUB_OUTPUT"
    )
    for secret in (outputs["DATABASE_URL"], outputs["DIRECT_URL"]):
        assert create_log.count(secret) == 1  # only in its ::add-mask:: line
    assert fake.counters.hits("POST /v1/auth/github-actions/token") >= 1  # logged in by OIDC

    # synchronize: the same database, a fresh connection for its strings.
    synced = _run(fake, tmp_path, linked, {"name": "pull_request", "action": "synchronize", "number": 7})
    assert synced.run(spec) == ["database"]
    assert len([d for d in fake.state.databases.values() if d.name == "pr-7"]) == 1
    assert synced.outputs["db"]["DATABASE_ID"] == outputs["DATABASE_ID"]
    assert synced.outputs["db"]["DATABASE_URL"] != outputs["DATABASE_URL"]

    # closed: deleted; closing again finds nothing and still succeeds.
    for _ in range(2):
        closed = _run(fake, tmp_path, linked, {"name": "pull_request", "action": "closed", "number": 7})
        assert closed.run(spec) == ["cleanup"]
        assert not [d for d in fake.state.databases.values() if d.name == "pr-7"]

    # nightly: a forgotten pr- database older than 7 days goes; a recent one and others stay.
    stale = _run(fake, tmp_path, linked, {"name": "pull_request", "action": "opened", "number": 8})
    stale.run(spec)
    fresh = _run(fake, tmp_path, linked, {"name": "pull_request", "action": "opened", "number": 9})
    fresh.run(spec)
    old = fake.state.wall() - datetime.timedelta(days=8).total_seconds()
    pr8 = next(d for d in fake.state.databases.values() if d.name == "pr-8")
    pr8.created_at = old
    nightly = _run(fake, tmp_path, linked, {"name": "schedule"})
    assert nightly.run(spec) == ["prune"]
    names = {d.name for d in fake.state.databases.values()}
    assert "pr-8" not in names and "pr-9" in names
