"""What every typed call returns: a success (``data``) or a failure (``error``), and the ``response``.

``ApiResult[D, E]`` is the union ``ApiSuccess[D] | ApiFailure[E]`` rather than one class with two
optional fields, so that checking either field narrows the other for mypy and pyright alike, as
the TypeScript SDK's ``{ data, error }`` union narrows for ``tsc``::

    if result.error is None:
        result.data.data.name          # data: D here
    match result:
        case ApiSuccess(data): ...
        case ApiFailure(error): ...

There is no ``result.ok``: a type checker cannot narrow a union through a boolean attribute's
truth (pyright does not), so it would be a trap; ``result.response.ok`` tells the status class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar, Union

from typing_extensions import TypeAlias

if TYPE_CHECKING:
    from ._response import Response

DataT = TypeVar("DataT", covariant=True)
ErrorT = TypeVar("ErrorT", covariant=True)


def _describe(result: ApiSuccess[object] | ApiFailure[object], kind: str) -> str:
    response = result.response
    retried = f", {result.retries} retries" if result.retries else ""
    # The query is left out: it is not ours to print (it may carry a caller's filter values).
    target = response.url.split("?", 1)[0]
    return f"<ApiResult {response.status} {response.method} {target} ({kind}{retried})>"


class ApiSuccess(Generic[DataT]):
    """A 2xx answer: ``data`` is the parsed body (``None`` when there is none, as for 204)."""

    __slots__ = ("data", "error", "response", "retries")
    __match_args__ = ("data",)

    data: DataT
    error: None
    response: Response
    retries: int
    """How many times the request was re-sent before this answer (0 when the first try answered)."""

    def __init__(self, data: DataT, response: Response, retries: int = 0) -> None:
        self.data = data
        self.error = None
        self.response = response
        self.retries = retries

    @property
    def status(self) -> int:
        return self.response.status

    def unwrap(self) -> DataT:
        """The data (a failure raises instead: see :meth:`ApiFailure.unwrap`)."""
        return self.data

    def __repr__(self) -> str:
        return _describe(self, "data")


class ApiFailure(Generic[ErrorT]):
    """An answer with an error status (anything but 2xx): ``error`` is the parsed error body."""

    __slots__ = ("data", "error", "response", "retries")
    __match_args__ = ("error",)

    data: None
    error: ErrorT
    response: Response
    retries: int

    def __init__(self, error: ErrorT, response: Response, retries: int = 0) -> None:
        self.data = None
        self.error = error
        self.response = response
        self.retries = retries

    @property
    def status(self) -> int:
        return self.response.status

    def unwrap(self) -> NoReturn:
        """Raise the :class:`~prisma_management_api.APIStatusError` subclass of this status
        (``NotFoundError`` for a 404, ...), as the resource methods do."""
        from ._exceptions import status_error

        raise status_error(self.error, self.response)

    def __repr__(self) -> str:
        return _describe(self, "error")


ApiResult: TypeAlias = Union[ApiSuccess[DataT], ApiFailure[ErrorT]]
"""``ApiSuccess[DataT] | ApiFailure[ErrorT]``: what ``client.GET(...)`` and its siblings return."""

__all__ = ["ApiFailure", "ApiResult", "ApiSuccess"]
