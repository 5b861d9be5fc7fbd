"""The Management API app: every operation of the spec, behind authentication and validation.

Each request goes: engine (faults, counters) -> bearer check (a service token of the store, else an
access token of the OAuth server) -> validation against ``REQUEST_SCHEMAS`` -> handler under the
store's lock -> response. Refusals share one shape, ``{"error": {"code", "message", "hint"?}}``.

A validation failure answers 422 ``validation-error`` where the operation documents 422, else 400
``client-error`` where it documents 400. Where it documents neither, the answer is the closest
refusal it does document (409, else 404, else 403) with the code ``validation-error``,
so every answer is one the spec lists; an operation that documents no refusal at all gets an
(undocumented) 422, the same on every such route (the README lists both kinds). A handler's own
400/422 goes the same way.
A path parameter that breaks its schema (an id of the wrong shape) names nothing: 404 where the
operation documents it.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from .._generated.operations import OPERATIONS
from . import (
    _api_alchemy,
    _api_branches,
    _api_buckets,
    _api_builds,
    _api_compute,
    _api_connections,
    _api_databases,
    _api_domains,
    _api_env,
    _api_integrations,
    _api_misc,
    _api_projects,
    _api_scm,
    _api_workspaces,
)
from ._api_common import ApiError, Ctx, Handler, Reply
from ._engine import App, FakeRequest, FakeResponse, empty, json_response, stream_response
from ._store import Principal, Store
from ._validation import RequestInvalid, validate

if TYPE_CHECKING:
    from ._oauth import OAuthServer

UNAUTHENTICATED = frozenset({*_api_alchemy.PUBLIC, "POST /v1/auth/github-actions/token"})
_ANONYMOUS = Principal("", "", "service_token", None, None)
_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": 'Bearer realm="prisma"'}


def all_routes(resolve: Callable[[str], Principal | None]) -> dict[str, Handler]:
    routes: dict[str, Handler] = {}
    for table in (
        _api_workspaces.ROUTES,
        _api_integrations.ROUTES,
        _api_misc.ROUTES,
        _api_projects.routes(resolve),
        _api_branches.ROUTES,
        _api_databases.ROUTES,
        _api_connections.ROUTES,
        _api_compute.ROUTES,
        _api_domains.ROUTES,
        _api_builds.ROUTES,
        _api_buckets.ROUTES,
        _api_env.ROUTES,
        _api_scm.ROUTES,
        _api_alchemy.ROUTES,
    ):
        overlap = routes.keys() & table.keys()
        if overlap:
            raise RuntimeError(f"routes defined twice: {sorted(overlap)}")
        routes.update(table)
    return routes


# Refusals that stand in for a validation failure, closest first. Never 401 (a client would
# refresh its token), 429 (it would retry) nor 413 (it would shrink a body that is not too big).
_STAND_INS = (409, 404, 403)


def validation_status(key: str) -> int:
    """The status of a validation failure on operation ``key``: see the module docstring."""
    documented = OPERATIONS[key].responses
    for status in (422, 400, *_STAND_INS):
        if status in documented:
            return status
    return 422


def _refusal(error: ApiError, documented: Iterable[int], invalid_status: int) -> ApiError:
    """A handler's 400/422 the operation does not document becomes its validation status."""
    if error.status not in (400, 422) or error.status in documented or error.body is not None:
        return error
    return ApiError(invalid_status, error.message, code="validation-error", hint=error.hint)


def engine_templates(keys: Iterable[str]) -> dict[str, tuple[str, dict[str, str]]]:
    """Each route's template for the engine's router, and engine -> spec parameter names.

    The router wants one parameter name per position of a shared prefix (``/v1/projects/{id}``
    and ``/v1/projects/{projectId}/branches`` clash); the first name registered at a position is
    used for every route through it, and handlers still see the spec's names.
    """
    chosen: dict[tuple[str, ...], str] = {}
    result: dict[str, tuple[str, dict[str, str]]] = {}
    for key in keys:
        template = key.split(" ", 1)[1]
        segments = template[1:].split("/")
        renamed: list[str] = []
        names: dict[str, str] = {}
        for index, segment in enumerate(segments):
            if segment.startswith("{") and segment.endswith("}"):
                position = (*(s if not s.startswith("{") else "{}" for s in segments[:index]), "{}")
                name = chosen.setdefault(position, segment[1:-1])
                names[name] = segment[1:-1]
                renamed.append("{" + name + "}")
            else:
                renamed.append(segment)
        result[key] = ("/" + "/".join(renamed), names)
    return result


def to_response(reply: Reply) -> FakeResponse:
    if reply.chunks is not None:
        return stream_response(reply.chunks, reply.status, headers=reply.headers)
    if reply.body is None and not reply.json_null:
        return empty(reply.status, reply.headers)
    return json_response(reply.status, reply.body, reply.headers)


def error_response(error: ApiError) -> FakeResponse:
    headers = _UNAUTHORIZED_HEADERS if error.status == 401 else None
    return json_response(error.status, error.to_body(), headers)


class ManagementApi:
    """Serves the store over the spec's routes; checks OAuth tokens with ``oauth``."""

    def __init__(self, store: Store, oauth: OAuthServer | None = None) -> None:
        self.store = store
        self.oauth = oauth
        self.routes = all_routes(self.principal_for)
        missing = OPERATIONS.keys() - self.routes.keys()
        if missing:
            raise RuntimeError(f"operations without a handler: {sorted(missing)}")
        store.grant_revoker = self._revoke_grants
        # Access tokens seen per (client id, workspace id): revoking an integration revokes their
        # grants at the OAuth server too, so refresh tokens stop working as well.
        self._seen_tokens: dict[tuple[str, str], set[str]] = {}

    # -- authentication ---------------------------------------------------------------------------

    def principal_for(self, token: str) -> Principal | None:
        """Who a bearer token is, or None: a service token, else an OAuth access token."""
        store = self.store
        principal = store.principal_for_service_token(token)
        if principal is not None or self.oauth is None:
            return principal
        claims = self.oauth.verify_access_token(token)
        if claims is None:
            return None
        workspace_id, client_id, user_id = claims["workspace_id"], claims["client_id"], claims["sub"]
        if workspace_id not in store.workspaces or user_id not in store.users:
            return None
        revoked_at = store.revoked_grants.get((client_id, workspace_id))
        # iat has whole seconds: a token of the revocation's own second is let through here (the
        # grants of the tokens the API saw are revoked at the OAuth server as well).
        if revoked_at is not None and claims["iat"] < int(revoked_at):
            return None
        with store.lock:
            self._seen_tokens.setdefault((client_id, workspace_id), set()).add(token)
            # The OAuth server reports no grants, so an integration is recorded on first use.
            integration = store.add_integration(
                workspace_id, client_id, client_id, user_id=user_id, scopes=claims["scope"].split()
            )
        return Principal(workspace_id, user_id, "oauth", integration.id, integration.client_name)

    def _revoke_grants(self, client_id: str, workspace_id: str) -> None:
        if self.oauth is None:
            return
        for token in self._seen_tokens.pop((client_id, workspace_id), set()):
            self.oauth.revoke_grant_of(token)

    def _authenticate(self, headers: Mapping[str, str]) -> Principal | None:
        authorization = headers.get("Authorization") or ""
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return self.principal_for(token.strip())

    # -- wiring -------------------------------------------------------------------------------------

    def install(self, app: App) -> App:
        templates = engine_templates(self.routes)
        for key, handler in self.routes.items():
            method = key.split(" ", 1)[0]
            template, names = templates[key]
            app.add_route(method, template, self._endpoint(key, handler, names))
        app.add_route("PUT", _api_compute.UPLOAD_ROUTE, self._upload)
        return app

    def _endpoint(
        self, key: str, handler: Handler, names: dict[str, str]
    ) -> Callable[[FakeRequest], FakeResponse]:
        store = self.store
        public = key in UNAUTHENTICATED
        invalid_status = validation_status(key)
        documented = OPERATIONS[key].responses
        malformed_status = 400 if 400 in documented else invalid_status
        bad_path_status = 404 if 404 in documented else invalid_status

        def endpoint(request: FakeRequest) -> FakeResponse:
            try:
                principal = self._authenticate(request.headers)
                if principal is None:
                    if not public:
                        raise ApiError(401, "Missing or invalid authorization token.")
                    principal = _ANONYMOUS
                params = {names.get(name, name): value for name, value in request.path_params.items()}
                try:
                    checked = validate(key, request.query, params, request.body)
                except RequestInvalid as exc:
                    status = invalid_status
                    if exc.malformed:
                        status = malformed_status
                    elif exc.location == "path":
                        status = bad_path_status
                    code = exc.code or (None if status in (400, 422) else "validation-error")
                    raise ApiError(status, code=code, message=exc.message) from None
                ctx = Ctx(
                    store=store,
                    principal=principal,
                    key=key,
                    path={**params, **checked.path},
                    query=checked.query,
                    body=checked.body,
                    headers=request.headers,
                    validation_status=invalid_status,
                )
                with store.lock:
                    reply = handler(ctx)
            except ApiError as error:
                return error_response(_refusal(error, documented, invalid_status))
            return to_response(reply)

        endpoint.__name__ = handler.__name__
        return endpoint

    def _upload(self, request: FakeRequest) -> FakeResponse:
        """The pre-signed artifact upload URL of a deployment (not part of the API)."""
        deployment_id = request.path_params.get("deploymentId", "")
        expected = self.store.upload_signatures.get(deployment_id)
        given = request.query_param("signature") or ""
        if expected is None or not hmac.compare_digest(expected.encode(), given.encode()):
            return error_response(ApiError(403, "The upload URL is not valid."))
        with self.store.lock:
            deployment = self.store.deployments.get(deployment_id)
            if deployment is None:
                return error_response(ApiError(404, "The deployment no longer exists."))
            deployment.uploaded = True
        return empty(200)
