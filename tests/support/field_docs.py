"""Field descriptions of a generated model, read from its source.

The generator writes each field's description as the docstring under the field: readers and IDEs
see it, and the running SDK never reads it back (it costs nothing at import). Tests that check the
descriptions read them here.
"""

from __future__ import annotations

import ast
import inspect
import sys
from itertools import pairwise


def field_docstrings(model: type) -> dict[str, str]:
    """Attribute name -> the docstring under it, for each documented field of ``model``."""
    tree = ast.parse(inspect.getsource(sys.modules[model.__module__]))
    cls = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == model.__name__)
    found: dict[str, str] = {}
    for node, following in pairwise(cls.body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[node.target.id] = following.value.value
    return found
