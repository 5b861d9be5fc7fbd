"""The token pair the SDK stores, and the values of a login: both redact their secrets in ``repr``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any, cast

_REDACTED = "'***'"


@dataclasses.dataclass(frozen=True, repr=False)
class Tokens:
    """What a login or a refresh yields, and what a :class:`TokenStorage` keeps.

    ``workspace_id`` is read from the access token (it is not a secret); ``refresh_token`` is
    ``None`` when the login did not ask for ``offline_access``. ``repr`` never shows the tokens.
    """

    workspace_id: str
    access_token: str
    refresh_token: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.workspace_id, str):
            raise TypeError(f"Tokens.workspace_id must be a str, got {type(self.workspace_id).__name__}")
        if not isinstance(self.access_token, str) or not self.access_token:
            raise TypeError("Tokens.access_token must be a non-empty str")
        if self.refresh_token is not None and not isinstance(self.refresh_token, str):
            raise TypeError(
                f"Tokens.refresh_token must be a str or None, got {type(self.refresh_token).__name__}"
            )

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else _REDACTED
        return (
            f"Tokens(workspace_id={self.workspace_id!r}, access_token={_REDACTED}, refresh_token={refresh})"
        )

    def to_dict(self) -> dict[str, str]:
        """The JSON form, with the TypeScript SDK's field names (``workspaceId``, ...)."""
        data = {"workspaceId": self.workspace_id, "accessToken": self.access_token}
        if self.refresh_token is not None:
            data["refreshToken"] = self.refresh_token
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Tokens:
        """The inverse of :meth:`to_dict`; ``ValueError`` naming the bad field otherwise."""
        if not isinstance(data, dict):
            raise ValueError("stored tokens must be a JSON object")
        fields = cast("dict[str, Any]", data)
        workspace_id = fields.get("workspaceId")
        access_token = fields.get("accessToken")
        refresh_token = fields.get("refreshToken")
        if not isinstance(workspace_id, str):
            raise ValueError("stored tokens lack a string 'workspaceId'")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("stored tokens lack a string 'accessToken'")
        if refresh_token is not None and not isinstance(refresh_token, str):
            raise ValueError("stored 'refreshToken' is not a string")
        return cls(workspace_id, access_token, refresh_token or None)


@dataclasses.dataclass(frozen=True, repr=False)
class LoginResult:
    """What :meth:`~ManagementApiSdk.get_login_url` returns.

    Send the user to ``url``; keep ``state`` and ``verifier`` (a session, a signed cookie) for
    :meth:`~ManagementApiSdk.handle_callback`. ``repr`` hides the verifier.
    """

    url: str
    state: str
    verifier: str

    def __repr__(self) -> str:
        return f"LoginResult(url={self.url!r}, state={self.state!r}, verifier={_REDACTED})"

    def __iter__(self) -> Iterator[str]:
        # ``url, state, verifier = sdk.get_login_url(...)``, as the TypeScript SDK destructures it.
        return iter((self.url, self.state, self.verifier))
