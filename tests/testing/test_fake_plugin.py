"""The ``prisma_fake`` pytest fixture, as a user's test suite sees it."""

from __future__ import annotations

import pytest

from prisma_management_api.testing import FakePrismaPlatform

pytest_plugins = ["pytester"]

USER_TESTS = """
import pytest
import urllib3


def call(fake, method, path, **kwargs):
    headers = {"Authorization": f"Bearer {fake.service_token}"}
    return urllib3.request(method, fake.api_url + path, headers=headers, **kwargs)


def test_a_started_platform(prisma_fake):
    assert call(prisma_fake, "GET", "/v1/me").status == 200
    assert call(prisma_fake, "POST", "/v1/projects", json={"name": "mine"}).status == 201


def test_a_fresh_platform_each_time(prisma_fake):
    # The project made by the test before is not here: state is never shared between tests.
    assert call(prisma_fake, "GET", "/v1/projects").json()["data"] == []


@pytest.mark.prisma_fake(provisioning_delay=0)
def test_options_on_the_marker(prisma_fake):
    created = call(prisma_fake, "POST", "/v1/projects", json={"name": "now"}).json()
    assert created["data"]["database"]["status"] == "ready"
"""


def test_the_fixture_in_a_users_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3)


@pytest.mark.prisma_fake(provisioning_delay=0)
def test_the_fixture_here(prisma_fake: FakePrismaPlatform) -> None:
    assert isinstance(prisma_fake, FakePrismaPlatform)
    assert prisma_fake.state.provisioning_delay == 0
