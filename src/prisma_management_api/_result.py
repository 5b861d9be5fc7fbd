"""What every typed call returns: ``data`` or ``error``, and the ``response``."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._response import Response

DataT = TypeVar("DataT", covariant=True)
ErrorT = TypeVar("ErrorT", covariant=True)


class ApiResult(Generic[DataT, ErrorT]):
    """The outcome of one call, as the TypeScript SDK's ``{ data, error, response }``.

    For a 2xx answer ``data`` is the parsed body (``None`` when there is none, as for 204) and
    ``error`` is ``None``; for any other status ``error`` is the parsed error body and ``data`` is
    ``None``. An HTTP error status is never raised. ``retries`` counts re-sent attempts.
    """

    __slots__ = ("data", "error", "response", "retries")

    def __init__(
        self, data: DataT | None, error: ErrorT | None, response: Response, retries: int = 0
    ) -> None:
        self.data = data
        self.error = error
        self.response = response
        self.retries = retries

    @property
    def ok(self) -> bool:
        return self.response.ok

    @property
    def status(self) -> int:
        return self.response.status

    def __repr__(self) -> str:
        kind = "data" if self.ok else "error"
        response = self.response
        return f"<ApiResult {response.status} {response.method} {response.url.split('?', 1)[0]} ({kind})>"
