"""The SDK's typed clients against the fake: a whole database lifecycle, as a user writes it."""

from __future__ import annotations

import asyncio
import time

from prisma_management_api import create_async_management_api_client, create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import fake

__all__ = ["fake"]


def test_database_lifecycle_with_the_sync_client(fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        project = client.POST("/v1/projects", body={"name": "flow", "createDatabase": False})
        assert project.status == 201, project.error
        assert project.data is not None
        project_id = project.data.data.id

        created = client.POST("/v1/databases", body={"projectId": project_id, "name": "main"})
        assert created.data is not None, created.error
        database = created.data.data
        assert database.status == "provisioning"
        # The create answer is the only one carrying the default connection's secrets.
        assert database.connections[0].endpoints.direct is not None
        assert database.connections[0].endpoints.direct.connection_string

        deadline = time.monotonic() + 60  # generous: a loaded machine
        while True:
            polled = client.GET("/v1/databases/{databaseId}", params={"path": {"databaseId": database.id}})
            assert polled.data is not None, polled.error
            if polled.data.data.status == "ready":
                break
            assert time.monotonic() < deadline, "the database never became ready"
            time.sleep(0.05)
        assert polled.data.data.connections[0].endpoints.direct is not None
        assert "connectionString" not in polled.response.text

        connection = client.POST(
            "/v1/databases/{databaseId}/connections",
            params={"path": {"databaseId": database.id}},
            body={"name": "app"},
        )
        assert connection.data is not None, connection.error
        direct = connection.data.data.endpoints.direct
        assert direct is not None
        first_secret = direct.connection_string
        assert first_secret.startswith("postgres://")

        rotated = client.POST("/v1/connections/{id}/rotate", params={"path": {"id": connection.data.data.id}})
        assert rotated.data is not None, rotated.error
        rotated_direct = rotated.data.data.endpoints.direct
        assert rotated_direct is not None
        assert rotated_direct.connection_string != first_secret
        assert rotated.data.data.id == connection.data.data.id

        gone = client.DELETE("/v1/connections/{id}", params={"path": {"id": connection.data.data.id}})
        assert gone.status == 204
        missing = client.GET("/v1/connections/{id}", params={"path": {"id": connection.data.data.id}})
        assert missing.status == 404
        assert missing.error is not None
        assert missing.error.error.code == "resource-not-found"

        assert client.DELETE(
            "/v1/databases/{databaseId}", params={"path": {"databaseId": database.id}}
        ).response.ok
        assert client.DELETE("/v1/projects/{id}", params={"path": {"id": project_id}}).status == 204
        listed = client.GET("/v1/projects")
        assert listed.data is not None
        assert project_id not in [p.id for p in listed.data.data]


def test_the_async_client_sees_the_same_state(fake: FakePrismaPlatform) -> None:
    async def scenario() -> list[str]:
        async with create_async_management_api_client(
            token=fake.service_token, base_url=fake.api_url
        ) as client:
            created = await asyncio.gather(
                *(
                    client.POST("/v1/projects", body={"name": f"p{i}", "createDatabase": False})
                    for i in range(5)
                )
            )
            assert all(r.status == 201 for r in created)
            listed = await client.GET("/v1/projects", params={"query": {"limit": 100}})
            assert listed.data is not None
            return sorted(p.name for p in listed.data.data)

    assert asyncio.run(scenario()) == ["p0", "p1", "p2", "p3", "p4"]
