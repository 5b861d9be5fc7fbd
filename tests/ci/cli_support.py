"""Running the CLI in-process (Click's runner) against a fake platform."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from prisma_management_api._cli import cli
from prisma_management_api.testing import FakePrismaPlatform


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    result: Result

    def json(self) -> Any:
        return json.loads(self.stdout)


class Cli:
    """``prisma-management`` in-process with its own HOME (no real login is ever read)."""

    def __init__(self, fake: FakePrismaPlatform, home: Path, *, token: bool = True) -> None:
        self.fake = fake
        self.env: dict[str, str | None] = {
            "HOME": str(home),
            "PRISMA_MANAGEMENT_API_URL": fake.api_url,
            "PRISMA_AUTH_BASE_URL": fake.auth_url,
            "PRISMA_SERVICE_TOKEN": fake.service_token if token else None,
        }

    def __call__(self, *args: str, input: str | None = None, **env: str | None) -> Run:
        result = CliRunner(env={**self.env, **env}).invoke(
            cli, list(args), input=input, catch_exceptions=True
        )
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a traceback is a bug: fail the test with it
        return Run(result.exit_code, result.stdout, result.stderr, result)

    def project(self, name: str = "demo") -> str:
        run = self("projects", "create", "--name", name, "--no-database", "--json")
        assert run.exit_code == 0, run.stderr
        project_id: str = run.json()["id"]
        return project_id
