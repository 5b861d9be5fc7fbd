"""OAuth access tokens of the fake's own authorization server, used against its Management API."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
import urllib3

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec, oauth_tokens

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]


def refresh(
    fake: FakePrismaPlatform, fake_http: urllib3.PoolManager, refresh_token: str
) -> urllib3.BaseHTTPResponse:
    form = urlencode(
        {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": fake.client_id}
    )
    return fake_http.request(
        "POST",
        f"{fake.auth_url}/token",
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def test_an_access_token_works_and_is_bound_to_its_workspace(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    seeded_project = api("POST /v1/projects", body={"name": "in seeded"}).data["id"]
    second = fake.add_workspace("Second")
    fake.oauth.select_workspace(second.id)
    token = oauth_tokens(fake, fake_http)["access_token"]

    me = api("GET /v1/me", token=token).data
    assert me["workspace"] == {"id": second.id, "name": "Second"}
    assert me["user"]["id"] == fake.state.user.id
    assert me["credential"]["type"] == "oauth"
    created = api("POST /v1/projects", body={"name": "in second"}, token=token).data
    assert created["workspace"]["id"] == second.id
    assert [p["id"] for p in api("GET /v1/projects", token=token).data] == [created["id"]]
    assert api("GET /v1/projects/{id}", id=seeded_project, token=token).status == 404
    assert api("GET /v1/projects/{id}", id=created["id"]).status == 404  # the seeded token is bound too


def test_an_expired_access_token_is_refused_and_a_refreshed_one_works(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    tokens = oauth_tokens(fake, fake_http)
    assert api("GET /v1/me", token=tokens["access_token"]).status == 200
    fake.advance(tokens["expires_in"] + 1)
    expired = api("GET /v1/me", token=tokens["access_token"])
    assert expired.status == 401
    assert expired.error["code"] == "authentication-failed"
    renewed = refresh(fake, fake_http, tokens["refresh_token"])
    assert renewed.status == 200
    assert api("GET /v1/me", token=renewed.json()["access_token"]).status == 200


def test_revoking_the_integration_revokes_its_tokens(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    tokens = oauth_tokens(fake, fake_http)
    integration = api("GET /v1/me", token=tokens["access_token"]).data["credential"]["id"]
    listed = api("GET /v1/workspaces/{workspaceId}/integrations", workspaceId=fake.workspace.id).data
    assert [i["id"] for i in listed] == [integration]
    assert listed[0]["createdByUser"]["id"] == fake.state.user.id

    assert api("DELETE /v1/integrations/{id}", id=integration).status == 204
    assert api("GET /v1/me", token=tokens["access_token"]).status == 401
    assert refresh(fake, fake_http, tokens["refresh_token"]).status == 400  # invalid_grant


def test_only_a_user_token_may_create_a_workspace(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    refused = api("POST /v1/workspaces", body={"displayName": "Mine"})
    assert refused.status == 403
    assert refused.error["code"] == "permission-denied"
    token = oauth_tokens(fake, fake_http)["access_token"]
    created = api("POST /v1/workspaces", body={"displayName": "Mine"}, token=token).data
    # The user may now authorize the new workspace too.
    fake.oauth.select_workspace(created["id"])
    other = oauth_tokens(fake, fake_http)["access_token"]
    assert api("GET /v1/me", token=other).data["workspace"]["id"] == created["id"]


@pytest.mark.parametrize("tamper", ["signature", "claims"])
def test_a_forged_access_token_is_refused(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager, tamper: str
) -> None:
    from prisma_management_api.testing._jwt import b64url_decode, b64url_encode

    header, claims, signature = oauth_tokens(fake, fake_http)["access_token"].split(".")
    if tamper == "signature":
        forged = f"{header}.{claims}.{signature[:-4]}AAAA"
    else:
        payload = json.loads(b64url_decode(claims))
        payload["workspace_id"] = fake.add_workspace("Victim").id
        forged = f"{header}.{b64url_encode(json.dumps(payload).encode())}.{signature}"
    assert api("GET /v1/me", token=forged).status == 401


def test_the_grant_counts_follow_consents_and_revocations(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    assert (fake.oauth.grants_issued, fake.oauth.grants_revoked) == (0, 0)
    first = oauth_tokens(fake, fake_http)
    second = oauth_tokens(fake, fake_http)
    rotated = refresh(fake, fake_http, first["refresh_token"])
    assert rotated.status == 200
    assert (fake.oauth.grants_issued, fake.oauth.grants_revoked) == (2, 0)  # a refresh is no new grant

    assert fake.oauth.revoke_grant_of(second["access_token"])
    assert (fake.oauth.grants_issued, fake.oauth.grants_revoked) == (2, 1)
    # Strict rotation (the default): the rotated refresh token, presented again, revokes its grant.
    assert refresh(fake, fake_http, first["refresh_token"]).status == 400
    assert (fake.oauth.grants_issued, fake.oauth.grants_revoked) == (2, 2)
