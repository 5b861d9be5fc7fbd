"""Every generated type: response models (``Project``, ``Database``, ...) and request TypedDicts
(``CreateProjectBody``, ``GetProjectParams``, ...); the Python side of the TypeScript SDK's
``paths``/``components`` exports.

Nothing is imported up front: ``types.Project`` imports the module of that model (and of the
models it refers to) on first access, and a request TypedDict the module of request types.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._generated import types as _models

if TYPE_CHECKING:
    from ._generated.params import *  # noqa: F403
    from ._generated.types import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name in _models.MODULES:
        value = getattr(_models, name)
    elif name == "__all__":
        value = [*_models.__all__, *_params().__all__]
    else:
        try:
            value = getattr(_params(), name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *_models.__all__, *_params().__all__]


def _params() -> Any:
    return importlib.import_module("prisma_management_api._generated.params")
