"""Humane names for operations, resources and properties.

Operation IDs such as ``getV1ProjectsById`` are machine names. Users read ``GetProject``,
``ListProjectDatabases`` and ``RotateConnection``, so names are derived from the HTTP method and the
path's resource chain; the few paths that no rule names well are listed in ``_OVERRIDES``.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

# POST to one of these, after an item, acts on the item instead of creating a sub-resource.
ACTION_VERBS = frozenset({"promote", "rollback", "transfer", "rotate", "restore", "retry", "start", "stop"})

# Paths whose rule-made name would read badly; keyed by "METHOD path".
_OVERRIDES: dict[str, str] = {
    "POST /v1/auth/github-actions/token": "CreateGithubActionsToken",
    "POST /v1/scm-installations/install-intents": "CreateScmInstallIntent",
    "GET /v1/me": "GetMe",
    "GET /v1/builds/{buildId}/logs": "GetBuildLogs",
    "GET /v1/deployments/{deploymentId}/logs": "GetDeploymentLogs",
    "GET /v1/regions/postgres": "ListPostgresRegions",
    "GET /v1/regions/accelerate": "ListAccelerateRegions",
}

# The alchemy-state subtree nests five levels deep; its names drop the project/branch prefix.
_ALCHEMY = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state"
_ALCHEMY_OVERRIDES: dict[str, str] = {
    "POST /lease": "AcquireAlchemyStateLease",
    "DELETE /lease": "ReleaseAlchemyStateLease",
    "PATCH /lease": "RenewAlchemyStateLease",
    "GET /version": "GetAlchemyStateVersion",
    "GET /state/stacks": "ListAlchemyStacks",
    "GET /state/stacks/{stack}/stages": "ListAlchemyStages",
    "GET /state/stacks/{stack}/stages/{stage}/resources": "ListAlchemyResources",
    "GET /state/stacks/{stack}/stages/{stage}/resources/{fqn}": "GetAlchemyResource",
    "PUT /state/stacks/{stack}/stages/{stage}/resources/{fqn}": "PutAlchemyResource",
    "DELETE /state/stacks/{stack}/stages/{stage}/resources/{fqn}": "DeleteAlchemyResource",
    "GET /state/stacks/{stack}/stages/{stage}/replaced-resources": "ListAlchemyReplacedResources",
    "GET /state/stacks/{stack}/stages/{stage}/output": "GetAlchemyOutput",
    "PUT /state/stacks/{stack}/stages/{stage}/output": "PutAlchemyOutput",
    "DELETE /state/stacks/{stack}": "DeleteAlchemyStack",
}


def pascal(text: str) -> str:
    """``environment-variables`` -> ``EnvironmentVariables``; ``logicalId`` -> ``LogicalId``."""
    parts = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def snake(text: str) -> str:
    """``logicalId`` -> ``logical_id``; ``alchemy-state-lease-id`` -> ``alchemy_state_lease_id``."""
    text = re.sub(r"[^0-9A-Za-z]+", "_", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return text.strip("_").lower()


def singular(word: str) -> str:
    """A plural path segment's singular, for the handful of English plurals the API uses."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


@dataclass(frozen=True)
class OperationName:
    """How one operation is named: ``name`` is PascalCase (``ListProjectDatabases``)."""

    name: str

    @property
    def snake(self) -> str:
        return snake(self.name)


def operation_name(method: str, path: str) -> OperationName:
    key = f"{method.upper()} {path}"
    if key in _OVERRIDES:
        return OperationName(_OVERRIDES[key])
    if path.startswith(_ALCHEMY):
        tail = f"{method.upper()} {path[len(_ALCHEMY) :]}"
        if tail in _ALCHEMY_OVERRIDES:
            return OperationName(_ALCHEMY_OVERRIDES[tail])
    return OperationName(_rule_name(method.upper(), path))


def _rule_name(method: str, path: str) -> str:
    segments = [s for s in path.split("/") if s and s != "v1"]
    on_item = is_param(segments[-1])
    words = [s for s in segments if not is_param(s)]
    last = words[-1]
    # The collection right before the last word qualifies nested resources, if that word sits
    # under an item (`/projects/{id}/databases` -> "Project" + "Databases").
    parent = ""
    last_word_index = max(i for i, s in enumerate(segments) if s == last)
    if last_word_index >= 2 and is_param(segments[last_word_index - 1]):
        parent = pascal(singular(segments[last_word_index - 2]))

    if on_item:
        resource = parent + pascal(singular(last))
        verb = {"GET": "Get", "PATCH": "Update", "PUT": "Put", "DELETE": "Delete"}[method]
        return verb + resource
    if method == "POST" and last in ACTION_VERBS:
        return pascal(last) + parent
    plural = last != singular(last)
    if method == "GET":
        return ("List" if plural else "Get") + parent + pascal(last)
    if method == "POST":
        return "Create" + parent + pascal(singular(last))
    verb = {"PATCH": "Update", "PUT": "Put", "DELETE": "Delete"}[method]
    return verb + parent + pascal(last)


_RESERVED_ATTRIBUTES = frozenset(
    {"copy", "dict", "json", "schema", "validate", "construct", "fields", "model_config"}
)


def attribute_name(wire_name: str) -> str:
    """A Python attribute for a JSON property: snake_case, never a keyword or a model method."""
    name = snake(wire_name) or "field"
    if name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in _RESERVED_ATTRIBUTES or name.startswith("model_"):
        name += "_"
    return name
