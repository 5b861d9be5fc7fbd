"""``prisma-fake serve --json --token FIXED``: what CI scripts need without scraping text."""

from __future__ import annotations

import subprocess
import sys

import urllib3

from .fake_server import ServedFake


def test_serve_json_prints_one_parsable_line_and_honours_a_fixed_token() -> None:
    served = ServedFake("--token", "pst_ci_fixed_token", "--provisioning-delay", "0")
    try:
        info = served.wait_ready()
        assert info["serviceToken"] == "pst_ci_fixed_token"
        assert info["pid"] == served.process.pid
        assert set(info) >= {"apiUrl", "authUrl", "githubOidcUrl", "workspaceId", "clientId"}
        answer = urllib3.request(
            "GET", info["apiUrl"] + "/v1/me", headers={"Authorization": "Bearer pst_ci_fixed_token"}
        )
        assert answer.status == 200
        assert answer.json()["data"]["workspace"]["id"] == info["workspaceId"]
        discovery = urllib3.request("GET", info["githubOidcUrl"] + "/.well-known/openid-configuration")
        assert discovery.json()["issuer"] == info["githubOidcUrl"]
    finally:
        served.close()


def test_serve_refuses_a_blank_token() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prisma_management_api.testing", "serve", "--token", " "],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "prisma-fake: --token must be a non-empty value without surrounding spaces"
