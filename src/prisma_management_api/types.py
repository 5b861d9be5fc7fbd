"""Every generated type: response models (``Project``, ``Database``, ...) and request TypedDicts
(``CreateProjectBody``, ``GetProjectParams``, ...); the Python side of the TypeScript SDK's
``paths``/``components`` exports."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _models_all
from ._generated.params import *  # noqa: F403
from ._generated.params import __all__ as _params_all

__all__ = [*_models_all, *_params_all]  # pyright: ignore[reportUnsupportedDunderAll]
