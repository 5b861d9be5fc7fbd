"""Error statuses raise typed exceptions from the resource methods; ``with_raw_response`` returns
them instead."""

from __future__ import annotations

import pickle

import pytest
from support.loopback import LoopbackServer, Reply

from prisma_management_api import (
    APIStatusError,
    AsyncManagementApiClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    ManagementApiClient,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    PrismaError,
    RateLimitError,
    UnprocessableEntityError,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform
from prisma_management_api.types import CreateAppErrorResponse, ErrorResponse

from .conftest import FAST_RETRIES


def test_a_missing_resource_raises_not_found_with_the_api_fields(client: ManagementApiClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.projects.retrieve("proj_doesnotexist0000000")
    error = raised.value
    assert isinstance(error, APIStatusError) and isinstance(error, PrismaError)
    assert error.status_code == 404
    assert error.code == "resource-not-found"
    assert str(error) == f"404 resource-not-found: {error.message}"
    assert isinstance(error.body, ErrorResponse)
    assert error.response.status == 404 and error.response.method == "GET"


def test_the_hint_is_part_of_the_message(client: ManagementApiClient) -> None:
    project = client.projects.create(name="p")
    client.databases.create(project_id=project.id, name="extra")
    with pytest.raises(BadRequestError) as raised:
        client.projects.delete(project.id)
    error = raised.value
    assert error.hint
    assert str(error) == f"400 {error.code}: {error.message} (hint: {error.hint})"


def test_an_invalid_token_raises_authentication_error(fake: FakePrismaPlatform) -> None:
    with (
        create_management_api_client(token="wrong", base_url=fake.api_url) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.me.retrieve()
    assert raised.value.status_code == 401
    assert "wrong" not in str(raised.value)


def test_an_operation_specific_error_body_is_kept(client: ManagementApiClient) -> None:
    project = client.projects.create(name="p")
    client.services.create(display_name="web", project_id=project.id)
    with pytest.warns(DeprecationWarning), pytest.raises(ConflictError) as raised:
        client.apps.create(display_name="web", project_id=project.id)
    assert isinstance(raised.value.body, CreateAppErrorResponse)
    assert raised.value.code == "app:already_exists"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_has_its_class(
    fake: FakePrismaPlatform, status: int, expected: type[APIStatusError]
) -> None:
    fake.faults.inject_status(status, "GET /v1/me", times=3, message="injected")
    with (
        create_management_api_client(
            token=fake.service_token, base_url=fake.api_url, max_retries=0
        ) as client,
        pytest.raises(expected) as raised,
    ):
        client.me.retrieve()
    assert type(raised.value) is expected
    assert raised.value.status_code == status
    assert raised.value.message == "injected"


def test_with_raw_response_returns_the_error_instead_of_raising(client: ManagementApiClient) -> None:
    result = client.projects.with_raw_response.retrieve("proj_doesnotexist0000000")
    assert (result.response.ok, result.status, result.data) == (False, 404, None)
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "resource-not-found"


def test_an_oauth_style_error_body(client: ManagementApiClient) -> None:
    with pytest.raises(AuthenticationError) as raised:
        client.auth.github_actions.token.create(token="not-an-oidc-token")
    assert raised.value.code == "unauthorized"
    assert "OIDC token is invalid" in raised.value.message


def test_an_error_without_a_json_body(server: LoopbackServer) -> None:
    server.answer(Reply(502, b"<html>Bad Gateway</html>", (("Content-Type", "text/html"),)))
    with (
        create_management_api_client(token="t", base_url=server.base_url, max_retries=0) as client,
        pytest.raises(InternalServerError) as raised,
    ):
        client.projects.retrieve("p")
    assert raised.value.status_code == 502
    assert raised.value.code == "unexpected-response"
    assert "Bad Gateway" in raised.value.message


def test_an_error_body_of_unknown_shape(server: LoopbackServer) -> None:
    server.answer(Reply.json({"oops": True}, status=409))
    with (
        create_management_api_client(token="t", base_url=server.base_url) as client,
        pytest.raises(ConflictError) as raised,
    ):
        client.projects.retrieve("p")
    assert str(raised.value).startswith("409 http-409: GET ")


def test_status_errors_pickle(client: ManagementApiClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.projects.retrieve("proj_doesnotexist0000000")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert (type(copy), str(copy), copy.status_code) == (NotFoundError, str(raised.value), 404)


async def test_async_errors_raise_alike(fake: FakePrismaPlatform, aclient: AsyncManagementApiClient) -> None:
    with pytest.raises(NotFoundError):
        await aclient.databases.retrieve("db_doesnotexist00000000")
    fake.faults.inject_status(503, "GET /v1/me", times=3)
    with pytest.raises(InternalServerError):
        await aclient.me.retrieve()
    result = await aclient.with_options(max_retries=FAST_RETRIES).me.with_raw_response.retrieve()
    assert result.response.ok
