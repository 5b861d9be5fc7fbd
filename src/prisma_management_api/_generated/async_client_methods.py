"""Typed GET/PUT/POST/DELETE/PATCH methods of the async client: one overload per path.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from typing_extensions import deprecated

if not TYPE_CHECKING:
    from .._types import deprecated_overload as deprecated

from .._result import ApiResult
from .._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from .._middleware import AnyMiddleware
    from .._ndjson import AsyncNdjsonStream
    from .._parse_as import AsyncByteStream
    from .._serializers import BodySerializer, QuerySerializerArg
    from .params import *
    from .types import *

from .client_methods import DeletePath, GetPath, PatchPath, PostPath, PutPath


class AsyncPathMethods:
    """``client.GET("/v1/projects/{id}", params={"path": {"id": ...}})`` and its siblings.

    Paths of the OpenAPI document are overloads: a type checker checks the parameters and
    types ``result.data`` and ``result.error`` (``parse_as`` other than "json" makes
    ``data`` a ``str``, ``bytes`` or a byte stream). Other paths are sent too, untyped; call
    ``client.request(method, path, ...)`` for those."""

    if TYPE_CHECKING:

        async def request(
            self,
            method: str,
            path: str,
            *,
            params: Mapping[str, Any] | None = None,
            body: Any = None,
            headers: HeadersArg = None,
            timeout: TimeoutArg = None,
        ) -> ApiResult[Any, Any]: ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/agent-approvals/{approvalId}"],
        *,
        params: GetAgentApprovalParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAgentApprovalResponse, ErrorResponse]:
        """Poll an approval

        Reports where an approval stands, so an agent holding an approval_required response can wait for the sponsor's decision and retry. Only the agent the approval belongs to can read it."""
        ...

    @overload
    @deprecated("GET /v1/apps is deprecated by the API")
    async def GET(
        self,
        path: Literal["/v1/apps"],
        *,
        params: ListAppsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        """List apps

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services` instead.

        Returns all apps the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination."""
        ...

    @overload
    @deprecated("GET /v1/apps/{appId} is deprecated by the API")
    async def GET(
        self,
        path: Literal["/v1/apps/{appId}"],
        *,
        params: GetAppParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """Get app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}` instead.

        Returns an app by ID, including its region and active promoted deployment reference."""
        ...

    @overload
    @deprecated("GET /v1/apps/{appId}/domains is deprecated by the API")
    async def GET(
        self,
        path: Literal["/v1/apps/{appId}/domains"],
        *,
        params: ListAppDomainsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """List custom domains for an app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/domains` instead.

        Returns all custom domains attached to any deployment of the app. Domains are aggregated across all deployments since Foundry lists per deployment."""
        ...

    @overload
    @deprecated("GET /v1/apps/{appId}/deployments is deprecated by the API")
    async def GET(
        self,
        path: Literal["/v1/apps/{appId}/deployments"],
        *,
        params: ListAppDeploymentsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/deployments` instead.

        Returns all deployments belonging to an app, ordered by creation time (newest first). Supports cursor-based pagination."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/services"],
        *,
        params: ListServicesParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        """List services

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all services the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/services/{serviceId}"],
        *,
        params: GetServiceParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """Get service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a service by ID, including its region and active promoted deployment reference."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/services/{serviceId}/domains"],
        *,
        params: ListServiceDomainsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """List custom domains for a service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all custom domains attached to any deployment of the service. Domains are aggregated across all deployments since Foundry lists per deployment."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/services/{serviceId}/deployments"],
        *,
        params: ListServiceDeploymentsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all deployments belonging to a service, ordered by creation time (newest first). Supports cursor-based pagination."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{projectId}/branches"],
        *,
        params: ListProjectBranchesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListProjectBranchesResponse, ErrorResponse]:
        """List branches in a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the live Branches of a Project. Supports two mutually exclusive filters: ?gitName= (exact match — at most one row), ?gitNameContains= (case-sensitive substring). Soft-deleted Branches are not returned. Ordered by createdAt ascending."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/branches/{branchId}"],
        *,
        params: GetBranchParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """Get a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single Branch by ID. Member resources are not inlined — list them via /v1/databases?branchId= and /v1/apps?branchId=."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/buckets"],
        *,
        params: ListBucketsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListBucketsResponse, ErrorResponse]:
        """List buckets

        Returns all object-store buckets the token has access to. Optionally filter by project ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/buckets/{bucketId}"],
        *,
        params: GetBucketParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """Get bucket

        Returns the bucket with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/buckets/{bucketId}/keys"],
        *,
        params: ListBucketKeysParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListBucketKeysResponse, ErrorResponse]:
        """List bucket keys

        Returns all access keys for the given bucket."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/builds"],
        *,
        params: ListBuildsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListBuildsResponse, ErrorResponse]:
        """List builds

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the builds of the caller's workspace, newest first, filtered by project, branch, or state. `cursor` is opaque: pass back the `nextCursor` the previous page returned."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/builds/{buildId}"],
        *,
        params: GetBuildParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBuildResponse, ErrorResponse]:
        """Get a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns one build with the resources it reported acting on."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/builds/{buildId}/logs"],
        *,
        params: GetBuildLogsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[AsyncNdjsonStream[GetBuildLogsEvent], ErrorResponse]:
        """Stream build logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Streams the full build log for a build as newline-delimited JSON (`application/x-ndjson`). Each line is a JSON object discriminated by `type`: `log` (a build output line) or `terminal` (end-of-stream marker with a `cursor` for resumption). The default is a finite dump that ends once the stream is drained; pass `follow=true` to keep the connection open for an in-flight build, and `cursor` to resume from a prior terminal cursor."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/domains/{domainId}"],
        *,
        params: GetDomainParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """Get a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns details for a custom domain by id. Authorization is derived from the parent compute service's workspace."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/connections"],
        *,
        params: ListConnectionsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """List connections

        Returns all connections the actor has access to, with optional database filter."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/connections/{id}"],
        *,
        params: GetConnectionParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetConnectionResponse, ErrorResponse]:
        """Get connection

        Returns the connection with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/databases"],
        *,
        params: ListDatabasesParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """List databases

        Returns all databases the token has access to. Optionally filter by project ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/databases/{databaseId}"],
        *,
        params: GetDatabaseParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDatabaseResponse, ErrorResponse]:
        """Get database

        Returns the database with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/databases/{databaseId}/connections"],
        *,
        params: ListDatabaseConnectionsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """Get list of database connections

        Returns all connections for the given database."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/databases/{databaseId}/backups"],
        *,
        params: ListDatabaseBackupsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListDatabaseBackupsResponse, ErrorResponse]:
        """Get list of backups

        Returns backups for the specified database."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/databases/{databaseId}/usage"],
        *,
        params: GetDatabaseUsageParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDatabaseUsageResponse, ErrorResponse]:
        """Get database usage metrics

        Returns usage metrics for the specified database."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/deployments/{deploymentId}"],
        *,
        params: GetDeploymentParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDeploymentResponse, ErrorResponse]:
        """Get deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a deployment by ID, including its current status derived from the underlying VM state."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/deployments/{deploymentId}/logs"],
        *,
        params: GetDeploymentLogsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[AsyncNdjsonStream[GetDeploymentLogsEvent], ErrorResponse]:
        """Get deployment logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns log output for the specified deployment. Each record is a JSON object with `type: "log"` (log text + byte metadata) or `type: "terminal"` (end-of-page signal with a resume cursor). A plain GET responds with newline-delimited JSON (`application/x-ndjson`): it drains the requested window (`tail`, `from_start`, or `cursor`), ends with a terminal record carrying the cursor for the next page, and closes. Send an `Upgrade: websocket` header to follow the log live instead; a live segment ends after 10 minutes with the same terminal/cursor mechanism."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects"],
        *,
        params: ListProjectsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListProjectsResponse, ErrorResponse]:
        """Get list of projects

        Returns the list of projects the token has access to."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{id}"],
        *,
        params: GetProjectParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """Get project

        Returns the project with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version"],
        *,
        params: GetAlchemyStateVersionParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAlchemyStateVersionResponse, ErrorResponse]:
        """Alchemy state store version

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Unauthenticated contract-version probe served verbatim from the pinned alchemy HttpStateApi contract. Returns the constant only and never inspects the addressed project or branch."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks"],
        *,
        params: ListAlchemyStacksParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[list[str], ErrorResponse]:
        """List Alchemy stacks

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the distinct stack names with state or output rows on the branch. Requires no deploy lease: the stock client's auth probe (checkHttpStateStoreAuth) calls this endpoint bare, and it exposes stack names only."""
        ...

    @overload
    async def GET(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages"
        ],
        *,
        params: ListAlchemyStagesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[list[str], ErrorResponse]:
        """List Alchemy stages

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the distinct stage names with state or output rows for the stack. Accepts a live deploy lease on any stage of the stack."""
        ...

    @overload
    async def GET(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources"
        ],
        *,
        params: ListAlchemyResourcesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[list[str], ErrorResponse]:
        """List Alchemy resources

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the resource FQNs stored for the stage, ordered by FQN."""
        ...

    @overload
    async def GET(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}"
        ],
        *,
        params: GetAlchemyResourceParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[Any, ErrorResponse]:
        """Get Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored resource state, or a JSON null body when absent (the stock client maps null to undefined)."""
        ...

    @overload
    async def GET(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources"
        ],
        *,
        params: ListAlchemyReplacedResourcesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[list[Any], ErrorResponse]:
        """List replaced Alchemy resources

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the decrypted resource states of the stage whose status is "replaced"."""
        ...

    @overload
    async def GET(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output"
        ],
        *,
        params: GetAlchemyOutputParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[Any, ErrorResponse]:
        """Get Alchemy stack output

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored stack output for the stage, or a JSON null body when absent (the stock client maps null to undefined)."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/application-topology"],
        *,
        params: GetBranchApplicationTopologyParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBranchApplicationTopologyResponse, ErrorResponse]:
        """Get branch topology

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored topology graph for the branch — the same shape Composer submitted. Nodes, ports, and edges are returned in deterministic order."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/projects/{projectId}/databases"],
        *,
        params: ListProjectDatabasesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """Get list of databases

        Returns databases for the given project."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/environment-variables"],
        *,
        params: ListEnvironmentVariablesParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListEnvironmentVariablesResponse, ErrorResponse]:
        """List environment variables

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a paginated list of environment variables. All filters are optional; combine `projectId`, `class`, and `key` to look up a specific variable by name."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/environment-variables/{envVarId}"],
        *,
        params: GetEnvironmentVariableParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """Get an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single environment variable's metadata. The value is not returned."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/integrations"],
        *,
        params: ListIntegrationsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """Get list of integrations

        Returns integrations filtered by workspace ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/integrations/{id}"],
        *,
        params: GetIntegrationParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetIntegrationResponse, ErrorResponse]:
        """Get integration by ID

        Returns a single integration by its ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/me"],
        *,
        params: GetMeParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetMeResponse, ErrorResponse]:
        """Get current authenticated principal

        Returns the user, workspace, and credential represented by the current token."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/workspaces/{workspaceId}/integrations"],
        *,
        params: ListWorkspaceIntegrationsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """Get list of integrations

        Returns integrations for the given workspace."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/workspaces/{workspaceId}/service-tokens"],
        *,
        params: ListWorkspaceServiceTokensParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListWorkspaceServiceTokensResponse, ErrorResponse]:
        """List service tokens

        Returns the service tokens for the given workspace, newest first."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/regions"],
        *,
        params: ListRegionsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListRegionsResponse, ErrorResponse]:
        """Get all regions

        Returns all available regions across products. Optionally filter by product."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/regions/postgres"],
        *,
        params: ListPostgresRegionsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListPostgresRegionsResponse, ErrorResponse]:
        """Get Prisma Postgres regions

        Returns all available regions for Prisma Postgres."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/regions/accelerate"],
        *,
        params: ListAccelerateRegionsParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListAccelerateRegionsResponse, ErrorResponse]:
        """Get Prisma Accelerate regions

        Returns all available regions for Prisma Accelerate."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/scm-installations"],
        *,
        params: ListScmInstallationsParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListScmInstallationsResponse, ErrorResponse]:
        """List SCM installations for a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists active SCM installations connected to the given workspace."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/scm-installations/{installationId}/repositories"],
        *,
        params: ListScmInstallationRepositoriesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListScmInstallationRepositoriesResponse, ErrorResponse]:
        """List repositories accessible to an SCM installation

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists repositories accessible to the given SCM installation."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/source-repositories"],
        *,
        params: ListSourceRepositoriesParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListSourceRepositoriesResponse, ErrorResponse]:
        """List source repositories

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns source repositories linked to a project. Requires projectId query parameter."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/source-repositories/{id}"],
        *,
        params: GetSourceRepositoryParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """Get a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single source repository link by ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/workspaces"],
        *,
        params: ListWorkspacesParams | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[ListWorkspacesResponse, ErrorResponse]:
        """Get list of workspaces

        Returns the list of workspaces the current token can access."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/workspaces/{id}"],
        *,
        params: GetWorkspaceParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetWorkspaceResponse, ErrorResponse]:
        """Get workspace

        Returns the workspace with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: Literal["/v1/workspaces/{id}/subscription"],
        *,
        params: GetWorkspaceSubscriptionParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetWorkspaceSubscriptionResponse, ErrorResponse]:
        """Get workspace subscription

        Returns subscription information for the workspace with the given ID."""
        ...

    @overload
    async def GET(
        self,
        path: GetPath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["text"],
    ) -> ApiResult[str, ErrorResponse]: ...

    @overload
    async def GET(
        self,
        path: GetPath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["bytes"],
    ) -> ApiResult[bytes, ErrorResponse]: ...

    @overload
    async def GET(
        self,
        path: GetPath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["stream"],
    ) -> ApiResult[AsyncByteStream, ErrorResponse]: ...

    async def GET(
        self,
        path: str,
        *,
        params: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        **options: Any,
    ) -> ApiResult[Any, Any]:
        return await self.request("GET", path, params=params, headers=headers, timeout=timeout, **options)

    @overload
    async def PUT(
        self,
        path: Literal["/v1/builds/{buildId}/resources/{resourceType}/{resourceId}"],
        *,
        params: PutBuildResourceParams,
        body: PutBuildResourceBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Report a resource a build acted on

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records that the build created, acted on, or deleted a platform resource — the provenance a deploy run leaves behind. Idempotent: re-reporting the same resource updates the row rather than adding one, and never weakens the recorded action. The resource must belong to the caller's workspace, and must still be findable: a soft-deleted resource can be reported, but `project`, `database`, `service_key` and `config_variable` leave no row behind, so a build that deletes one must report it before deleting it. Reporting a deployment as `created` also attaches the deployment to the build and records the app it deployed into, both in the same transaction, because a deployment relates its build to that app whether or not the reporter says so."""
        ...

    @overload
    async def PUT(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}"
        ],
        *,
        params: PutAlchemyResourceParams,
        body: Any | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[Any, ErrorResponse]:
        """Set Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Stores the resource state encrypted at rest and echoes the stored value."""
        ...

    @overload
    async def PUT(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output"
        ],
        *,
        params: PutAlchemyOutputParams,
        body: Any | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[Any, ErrorResponse]:
        """Set Alchemy stack output

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Overwrites the stack output for the stage, encrypted at rest, and echoes the stored value."""
        ...

    @overload
    async def PUT(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/application-topology"],
        *,
        params: PutBranchApplicationTopologyParams,
        body: PutBranchApplicationTopologyBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBranchApplicationTopologyResponse, ErrorResponse]:
        """Replace branch topology

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Atomically replaces the entire topology for a branch. Composer calls this after Load, before the apply. On error, Composer warns and continues — the previous topology is preserved."""
        ...

    @overload
    async def PUT(
        self,
        path: PutPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["text"],
    ) -> ApiResult[str, ErrorResponse]: ...

    @overload
    async def PUT(
        self,
        path: PutPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["bytes"],
    ) -> ApiResult[bytes, ErrorResponse]: ...

    @overload
    async def PUT(
        self,
        path: PutPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["stream"],
    ) -> ApiResult[AsyncByteStream, ErrorResponse]: ...

    async def PUT(
        self,
        path: str,
        *,
        params: Any = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        **options: Any,
    ) -> ApiResult[Any, Any]:
        return await self.request(
            "PUT", path, params=params, body=body, headers=headers, timeout=timeout, **options
        )

    @overload
    @deprecated("POST /v1/apps is deprecated by the API")
    async def POST(
        self,
        path: Literal["/v1/apps"],
        *,
        params: CreateAppParams | None = None,
        body: CreateAppBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        """Create app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services` instead.

        Creates a new app under the specified project. The `projectId` is required in the request body. The app is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when an app already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing app's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead."""
        ...

    @overload
    @deprecated("POST /v1/apps/{appId}/promote is deprecated by the API")
    async def POST(
        self,
        path: Literal["/v1/apps/{appId}/promote"],
        *,
        params: PromoteAppParams,
        body: PromoteAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/promote` instead.

        Promotes a deployment to be the active deployment behind the app's stable endpoint. The deployment must be running. Returns the app endpoint domain."""
        ...

    @overload
    @deprecated("POST /v1/apps/{appId}/rollback is deprecated by the API")
    async def POST(
        self,
        path: Literal["/v1/apps/{appId}/rollback"],
        *,
        params: RollbackAppParams,
        body: PromoteAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """Roll an app back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/rollback` instead.

        Makes any eligible existing deployment live behind the app's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the app endpoint domain."""
        ...

    @overload
    @deprecated("POST /v1/apps/{appId}/domains is deprecated by the API")
    async def POST(
        self,
        path: Literal["/v1/apps/{appId}/domains"],
        *,
        params: CreateAppDomainParams,
        body: CreateAppDomainBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/domains` instead.

        Registers a custom hostname for the app. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the app has reached its domain quota (default: 3)."""
        ...

    @overload
    @deprecated("POST /v1/apps/{appId}/deployments is deprecated by the API")
    async def POST(
        self,
        path: Literal["/v1/apps/{appId}/deployments"],
        *,
        params: CreateAppDeploymentParams,
        body: CreateAppDeploymentBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/deployments` instead.

        Creates a new deployment under the specified app. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the app's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/services"],
        *,
        params: CreateServiceParams | None = None,
        body: CreateAppBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        """Create service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new service under the specified project. The `projectId` is required in the request body. The service is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when a service already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing service's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/services/{serviceId}/promote"],
        *,
        params: PromoteServiceParams,
        body: PromoteAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Promotes a deployment to be the active deployment behind the service's stable endpoint. The deployment must be running. Returns the service endpoint domain."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/services/{serviceId}/rollback"],
        *,
        params: RollbackServiceParams,
        body: PromoteAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """Roll a service back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Makes any eligible existing deployment live behind the service's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the service endpoint domain."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/services/{serviceId}/domains"],
        *,
        params: CreateServiceDomainParams,
        body: CreateAppDomainBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Registers a custom hostname for the service. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the service has reached its domain quota (default: 3)."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/services/{serviceId}/deployments"],
        *,
        params: CreateServiceDeploymentParams,
        body: CreateAppDeploymentBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new deployment under the specified service. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the service's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/projects/{projectId}/branches"],
        *,
        params: CreateProjectBranchParams,
        body: CreateProjectBranchBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """Create a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a Branch under the specified Project. The first Branch in a Project is always created with isDefault=true and role=production regardless of the body value. Later Branches are created with role=preview. Setting isDefault=true while another Branch already holds the default atomically swaps the default flag only."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/buckets"],
        *,
        params: CreateBucketParams | None = None,
        body: CreateBucketBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """Create bucket

        Creates a new object-store bucket in the specified project."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/buckets/{bucketId}/keys"],
        *,
        params: CreateBucketKeyParams,
        body: CreateBucketKeyBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateBucketKeyResponse, ErrorResponse]:
        """Create bucket key

        Creates a new access key for the given bucket. The `secretAccessKey` field is returned exactly once in this response and is never stored — copy it immediately."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/builds"],
        *,
        params: CreateBuildParams | None = None,
        body: CreateBuildBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateBuildResponse, ErrorResponse]:
        """Report a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records a build any deploy tool is running — a CI workflow, a deploy script, or Composer from a laptop. The workspace comes from the token, never from the body, which is what lets a build be reported before the project it will create exists. Supplying `runIdentity` makes the call idempotent: a repeat for the same run returns the build already recorded rather than a second one. The response is the same either way; a caller cannot tell whether it created the build or joined one.

        A build reported with no `runIdentity` has no dedup key, so a client that retries a lost response creates a second build. Supply a `runIdentity` whenever the run has one."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/domains/{domainId}/retry"],
        *,
        params: RetryDomainParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """Retry custom domain provisioning

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Retries DNS verification and certificate issuance for a failed or pending domain. Returns 409 if the domain is not yet eligible for retry (e.g. still provisioning)."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/connections"],
        *,
        params: CreateConnectionParams | None = None,
        body: CreateConnectionBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """Create connection

        Creates a new connection for the specified database."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/connections/{id}/rotate"],
        *,
        params: RotateConnectionParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """Rotate connection credentials

        Generates new credentials for the connection with the given ID. Revocation of the previous credentials is best-effort."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/databases"],
        *,
        params: CreateDatabaseParams | None = None,
        body: CreateDatabaseBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateDatabaseResponse, ErrorResponse]:
        """Create database

        Creates a new database in the specified project. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/databases/{databaseId}/connections"],
        *,
        params: CreateDatabaseConnectionParams,
        body: CreateDatabaseConnectionBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """Create database connection string

        Creates a new connection string for the given database."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/databases/{targetDatabaseId}/restore"],
        *,
        params: RestoreDatabaseParams,
        body: RestoreDatabaseBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[RestoreDatabaseResponse, ErrorResponse]:
        """Restore database (destructive)

        ⚠️ **Destructive operation** — this immediately and irreversibly overwrites all data in the target database with the contents of the specified backup. Any data written since the backup was taken will be lost. Ensure you have a recent backup of the target database before proceeding.

        Replaces the data in an existing database from a backup. Connections and credentials are preserved — only the data layer is replaced."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/deployments/{deploymentId}/start"],
        *,
        params: StartDeploymentParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[StartDeploymentResponse, ErrorResponse]:
        """Start deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Requests VM creation and startup for the deployment. The artifact must be uploaded before calling this endpoint. Returns a preview domain that becomes reachable once the VM is running. Poll the status endpoint until `running` is reached."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/deployments/{deploymentId}/stop"],
        *,
        params: StopDeploymentParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Stop deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Requests VM shutdown for the deployment. The deployment record and metadata are retained. Poll the status endpoint until `stopped` is reached."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/projects"],
        *,
        params: CreateProjectParams | None = None,
        body: CreateProjectBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateProjectResponse, ErrorResponse]:
        """Create project with a postgres database

        Creates a new project with a postgres database."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/projects/{id}/transfer"],
        *,
        params: TransferProjectParams,
        body: TransferProjectBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Transfer project

        Transfer the project with the given ID to the new owner's workspace"""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"],
        *,
        params: AcquireAlchemyStateLeaseParams,
        body: AcquireAlchemyStateLeaseBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[AcquireAlchemyStateLeaseResponse, ErrorResponse]:
        """Acquire Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Acquires the deploy lease for a (branch, stack, stage). An expired lease is replaced atomically; a live lease fails fast with 409 naming the current holder — there is no queueing. Every Alchemy state operation requires a live deploy lease."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/projects/{projectId}/databases"],
        *,
        params: CreateProjectDatabaseParams,
        body: CreateProjectDatabaseBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateProjectDatabaseResponse, ErrorResponse]:
        """Create database

        Creates a new database for the given project."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/environment-variables"],
        *,
        params: CreateEnvironmentVariableParams | None = None,
        body: CreateEnvironmentVariableBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """Create an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new environment variable in a project's `production` or `preview` environment, or a preview branch override when `branchId` is supplied. Returns 409 if a variable with the same key already exists in that scope — use PATCH to replace its value. Values are stored encrypted and are not returned by subsequent reads."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/workspaces/{workspaceId}/service-tokens"],
        *,
        params: CreateWorkspaceServiceTokenParams,
        body: CreateDatabaseConnectionBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateWorkspaceServiceTokenResponse, ErrorResponse]:
        """Create service token

        Creates a new service token for the given workspace. The `value` field is returned exactly once in this response and is never stored — copy it immediately."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/auth/github-actions/token"],
        *,
        params: CreateGithubActionsTokenParams | None = None,
        body: CreateGithubActionsTokenBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateGithubActionsTokenResponse, CreateGithubActionsTokenErrorResponse | ErrorResponse]:
        """Exchange a GitHub Actions OIDC token for a workspace service token

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Verifies the GitHub Actions OIDC token and mints a short-lived workspace service token. The caller must request the token with audience `prisma-cloud`. Any verification failure returns a generic 401 — the response never reveals whether a repository is connected."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/scm-installations/install-intents"],
        *,
        params: CreateScmInstallIntentParams | None = None,
        body: CreateScmInstallIntentBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateScmInstallIntentResponse, ErrorResponse]:
        """Create an SCM App installation intent

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates an installation intent for the given workspace. If an existing installation can be proven to belong to the caller it is linked immediately (`alreadyLinked`); otherwise the response carries a URL the user opens to install the SCM app. Pass `repository` (owner/name) so an installation that already covers it but cannot be linked automatically is detected and explained in `hint`. Currently only `github` is supported."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/source-repositories"],
        *,
        params: CreateSourceRepositoryParams | None = None,
        body: CreateSourceRepositoryBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """Link a source repository to a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Links a GitHub repository to a Prisma project via an existing SCM installation."""
        ...

    @overload
    async def POST(
        self,
        path: Literal["/v1/workspaces"],
        *,
        params: CreateWorkspaceParams | None = None,
        body: CreateWorkspaceBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateWorkspaceResponse, ErrorResponse]:
        """Create a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new free-plan workspace owned by the authenticated user. For agent tokens the workspace is created for the agent's sponsor, and the agent's permission policy treats this as an admin action — under the default policy the sponsor approves it first."""
        ...

    @overload
    async def POST(
        self,
        path: PostPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["text"],
    ) -> ApiResult[str, ErrorResponse | CreateAppErrorResponse | CreateGithubActionsTokenErrorResponse]: ...

    @overload
    async def POST(
        self,
        path: PostPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["bytes"],
    ) -> ApiResult[bytes, ErrorResponse | CreateAppErrorResponse | CreateGithubActionsTokenErrorResponse]: ...

    @overload
    async def POST(
        self,
        path: PostPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["stream"],
    ) -> ApiResult[
        AsyncByteStream, ErrorResponse | CreateAppErrorResponse | CreateGithubActionsTokenErrorResponse
    ]: ...

    async def POST(
        self,
        path: str,
        *,
        params: Any = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        **options: Any,
    ) -> ApiResult[Any, Any]:
        return await self.request(
            "POST", path, params=params, body=body, headers=headers, timeout=timeout, **options
        )

    @overload
    @deprecated("DELETE /v1/apps/{appId} is deprecated by the API")
    async def DELETE(
        self,
        path: Literal["/v1/apps/{appId}"],
        *,
        params: DeleteAppParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `DELETE /v1/services/{serviceId}` instead.

        Deletes an app. Deployments under the app are deleted before the app is deleted."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/services/{serviceId}"],
        *,
        params: DeleteServiceParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes a service. Deployments under the service are deleted before the service is deleted."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/branches/{branchId}"],
        *,
        params: DeleteBranchParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Soft-delete a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Soft-deletes a Branch (sets deletedAt). Refuses if the Branch is the Project's current default, the Project's production Branch, or has live members."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/buckets/{bucketId}"],
        *,
        params: DeleteBucketParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete bucket

        Permanently deletes the bucket with the given ID, all objects stored in it, and all its access keys. This action cannot be undone."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/buckets/{bucketId}/keys/{keyId}"],
        *,
        params: DeleteBucketKeyParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete bucket key

        Revokes and deletes the bucket key with the given ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/domains/{domainId}"],
        *,
        params: DeleteDomainParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes a custom domain binding. Authorization is derived from the parent compute service's workspace."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/connections/{id}"],
        *,
        params: DeleteConnectionParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete connection

        Deletes the connection with the given ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/databases/{databaseId}"],
        *,
        params: DeleteDatabaseParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete database

        Deletes the database with the given ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/deployments/{deploymentId}"],
        *,
        params: DeleteDeploymentParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Permanently deletes the deployment, its metadata, and any associated VM. The deployment must be stopped or in the `new` state before it can be deleted."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/projects/{id}"],
        *,
        params: DeleteProjectParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete project

        Deletes the project with the given ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"],
        *,
        params: ReleaseAlchemyStateLeaseParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Release Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Releases the deploy lease addressed by the Alchemy-State-Lease-Id header on clean deploy exit. A missing, replaced, or expired lease returns 404 — a lost lease at release time is surfaced, not idempotently swallowed."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal[
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}"
        ],
        *,
        params: DeleteAlchemyResourceParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes the resource state row. Idempotent: deleting an absent row also returns 204."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}"],
        *,
        params: DeleteAlchemyStackParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete Alchemy stack state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes every resource-state and output row of the stack, or only the given stage's rows when the stage query parameter is set. Requires a live deploy lease on the affected stage; without a stage it additionally requires that no other stage of the stack holds a live lease, so one stage's deploy can never delete state another stage's deploy is using. Idempotent."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/environment-variables/{envVarId}"],
        *,
        params: DeleteEnvironmentVariableParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes an environment variable. A second delete of the same variable returns 404."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/integrations/{id}"],
        *,
        params: DeleteIntegrationParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete integration

        Revokes the integration tokens by integration ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/workspaces/{workspaceId}/integrations/{clientId}"],
        *,
        params: DeleteWorkspaceIntegrationParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Revoke integration tokens

        Revokes the integration tokens with the given client ID."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}"],
        *,
        params: DeleteWorkspaceServiceTokenParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Delete service token

        Revokes the service token with the given ID by deleting it."""
        ...

    @overload
    async def DELETE(
        self,
        path: Literal["/v1/source-repositories/{id}"],
        *,
        params: DeleteSourceRepositoryParams,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[None, ErrorResponse]:
        """Disconnect a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Disconnects the source repository link. Existing branches and their attached resources are preserved."""
        ...

    @overload
    async def DELETE(
        self,
        path: DeletePath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["text"],
    ) -> ApiResult[str, ErrorResponse]: ...

    @overload
    async def DELETE(
        self,
        path: DeletePath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["bytes"],
    ) -> ApiResult[bytes, ErrorResponse]: ...

    @overload
    async def DELETE(
        self,
        path: DeletePath,
        *,
        params: Mapping[str, Any] | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["stream"],
    ) -> ApiResult[AsyncByteStream, ErrorResponse]: ...

    async def DELETE(
        self,
        path: str,
        *,
        params: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        **options: Any,
    ) -> ApiResult[Any, Any]:
        return await self.request("DELETE", path, params=params, headers=headers, timeout=timeout, **options)

    @overload
    @deprecated("PATCH /v1/apps/{appId} is deprecated by the API")
    async def PATCH(
        self,
        path: Literal["/v1/apps/{appId}"],
        *,
        params: UpdateAppParams,
        body: UpdateAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """Update app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `PATCH /v1/services/{serviceId}` instead.

        Updates the display name, logical id, or branch of an app. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the app first, then set its `logicalId`."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/services/{serviceId}"],
        *,
        params: UpdateServiceParams,
        body: UpdateAppBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """Update service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Updates the display name, logical id, or branch of a service. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the service first, then set its `logicalId`."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/branches/{branchId}"],
        *,
        params: UpdateBranchParams,
        body: UpdateBranchBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """Update a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Promotes a Branch to be the Project's default. Only isDefault is mutable — gitName rename and role changes are rejected."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/buckets/{bucketId}"],
        *,
        params: UpdateBucketParams,
        body: UpdateBucketBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """Update bucket

        Updates the display name, logical id, or branch of the bucket with the given ID. The display name is a label only: the provider bucket name, the objects, and the access keys do not change. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the bucket first, then set its `logicalId`."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/builds/{buildId}"],
        *,
        params: UpdateBuildParams,
        body: UpdateBuildBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[CreateBuildResponse, ErrorResponse]:
        """Update a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records progress on a build. Any holder of the workspace token may patch any field — the webhook, the CI run and Composer each report the part of a deploy they can see, and the token is the boundary. Reaching `running` stamps `startedAt` and reaching a terminal state stamps `finishedAt`, both only if unset, so re-reporting the same state does not move the clock. Once a build has finished, its state no longer changes: a later report updates the other fields and leaves the state as the finishing report set it.

        `projectId`, `branchId`, `deployedUrl` and `applicationTopologyContentHash` can each be set once and never changed: a reporter that resolves them partway through a deploy sets them here, but a value already recorded cannot be changed and the attempt is a conflict. Sending the value already recorded is accepted and changes nothing. `projectId` and `branchId` must belong to the caller's workspace, and a branch must belong to the build's project, so a branch from another project is refused."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/databases/{databaseId}"],
        *,
        params: UpdateDatabaseParams,
        body: UpdateDatabaseBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetDatabaseResponse, ErrorResponse]:
        """Update database

        Updates the database with the given ID. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the database first, then set its `logicalId`."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/projects/{id}"],
        *,
        params: UpdateProjectParams,
        body: UpdateProjectBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """Update project

        Updates the project with the given ID."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"],
        *,
        params: RenewAlchemyStateLeaseParams,
        body: RenewAlchemyStateLeaseBody | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[AcquireAlchemyStateLeaseResponse, ErrorResponse]:
        """Heartbeat Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Extends the unexpired deploy lease addressed by the Alchemy-State-Lease-Id header from now. A missing, replaced, or expired lease returns 404 — the lost-lease signal; an expired lease can never be revived."""
        ...

    @overload
    async def PATCH(
        self,
        path: Literal["/v1/environment-variables/{envVarId}"],
        *,
        params: UpdateEnvironmentVariableParams,
        body: UpdateEnvironmentVariableBody,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["json"] = "json",
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """Update an environment variable's value

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Replaces the value of an existing environment variable. Only the value is mutable — the project, environment, key, and branch are fixed at create-time."""
        ...

    @overload
    async def PATCH(
        self,
        path: PatchPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["text"],
    ) -> ApiResult[str, ErrorResponse]: ...

    @overload
    async def PATCH(
        self,
        path: PatchPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["bytes"],
    ) -> ApiResult[bytes, ErrorResponse]: ...

    @overload
    async def PATCH(
        self,
        path: PatchPath,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: Literal["stream"],
    ) -> ApiResult[AsyncByteStream, ErrorResponse]: ...

    async def PATCH(
        self,
        path: str,
        *,
        params: Any = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        **options: Any,
    ) -> ApiResult[Any, Any]:
        return await self.request(
            "PATCH", path, params=params, body=body, headers=headers, timeout=timeout, **options
        )
