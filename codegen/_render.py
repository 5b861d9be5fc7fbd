"""Render the collected operations and types as Python modules (text only; formatting is ruff's)."""

from __future__ import annotations

import io
import keyword
import pprint
import re
import tokenize
from typing import Any

from ._layout import SHARED, referenced
from ._naming import snake
from ._operations import Operation
from ._schema import Definition, ObjectDef, TypeRegistry, UnionDef, strip_docs
from ._secrets import is_secret_field

METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")


def header(document: dict[str, Any], what: str, *, lazy_annotations: bool = True) -> str:
    info = document.get("info") or {}
    source = f"{info.get('title', 'OpenAPI document')} {info.get('version', '')}".strip()
    return (
        f'"""{what}\n\n'
        f"Generated from {source} by ``python -m codegen``. Do not edit: change the generator\n"
        'or the OpenAPI document and regenerate.\n"""\n\n'
        "# ruff: noqa: E501\n" + ("from __future__ import annotations\n\n" if lazy_annotations else "\n")
    )


def _docstring(text: str | None, indent: str) -> str:
    if not text:
        return ""
    cleaned = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in cleaned.splitlines()]
    if lines[-1].endswith('"'):
        lines[-1] = lines[-1][:-1] + '\\"'
    body = ("\n" + indent).join(lines)
    return f'{indent}"""{body}"""\n'


def code_names(source: str) -> set[str]:
    """The names a piece of Python source uses as code (not inside strings or comments)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {t.string for t in tokens if t.type == tokenize.NAME}


def _typing_imports(registry: TypeRegistry, extra: set[str]) -> str:
    names = sorted((registry.needs | extra) & {"Any", "Literal", "Union", "Annotated"})
    lines = []
    if "datetime" in registry.needs:
        lines.append("from datetime import datetime\n")
    if names:
        lines.append(f"from typing import {', '.join(names)}\n")
    return "".join(lines)


# --- response models --------------------------------------------------------------------------


def render_models(document: dict[str, Any], models: TypeRegistry, modules: dict[str, str]) -> dict[str, str]:
    """``types/<resource>/<model>.py`` for each model (``types/shared/`` for the shared ones), a
    docstring-only ``__init__.py`` per resource folder, plus the package's index.

    One module per model, in its resource's folder: a resource's module made all of its classes
    (66 for ``GET /v1/projects``, which needs 4; bench/README.md). The index
    (``types/__init__.py``) imports nothing at run time: a model is looked up by name and its
    module imported then (PEP 562), which imports the modules of the models it refers to, and
    nothing else.
    """
    files: dict[str, str] = {}
    tags = _union_tags(models)
    for module in sorted(set(modules.values())):
        what = "shared by several resources" if module == SHARED else f"of ``client.{module}``"
        files[f"types/{module}/__init__.py"] = (
            f'"""Response models {what}: one module per model, imported by ``types/__init__.py``."""\n'
        )
    for definition in models.definitions:
        path = model_path(definition.name, modules)
        if f"types/{path.replace('.', '/')}.py" in files:
            raise ValueError(f"two models of {modules[definition.name]!r} share the module {path!r}")
        files[f"types/{path.replace('.', '/')}.py"] = _render_model_module(
            document, modules, definition, tags
        )
    files["types/__init__.py"] = _render_models_index(document, modules)
    return files


def model_path(name: str, modules: dict[str, str]) -> str:
    """``Project`` -> ``projects.project``: its module, relative to the ``types`` package."""
    file = snake(name)
    if keyword.iskeyword(file) or file == "__init__":
        file += "_"
    return f"{modules[name]}.{file}"


def _render_model_module(
    document: dict[str, Any],
    modules: dict[str, str],
    definition: Definition,
    tags: dict[str, tuple[str, str]],
) -> str:
    module = modules[definition.name]
    what = "shared by several resources" if module == SHARED else f"of ``client.{module}``"
    body = "\n\n" + _render_model(definition, tags.get(definition.name))
    known = set(modules)
    # Annotations evaluated when the class is made, not strings (no ``from __future__ import
    # annotations``): msgspec resolves a class's annotations when it first decodes it, and plain
    # objects need no eval(). Models never refer to each other in a cycle, so nothing refers forward.
    out = [
        header(
            document,
            f"Response model ``{definition.name}`` {what}: a lenient msgspec struct.",
            lazy_annotations=False,
        )
    ]
    words = code_names(body)
    if "datetime" in words:
        out.append("from datetime import datetime\n")
    typing_names = sorted(words & {"Any", "ClassVar", "Literal", "Union"})
    if typing_names:
        out.append(f"from typing import {', '.join(typing_names)}\n")
    third_party = []
    if "msgspec" in words:
        third_party.append("import msgspec\n")
    if "deprecated" in words:
        third_party.append("from typing_extensions import deprecated\n")
    out.append("\n" + "".join(third_party) if third_party else "")
    out.append("\n")
    if isinstance(definition, ObjectDef):
        out.append("\nfrom ...._models import LenientModel\n")
    for name in sorted(_mentions(definition, known)):
        other = modules[name]
        # A resource's model refers to its own folder's models and to shared ones; a shared model
        # to shared ones only (codegen/_layout.py).
        where = "." if other == module else f"..{other}."
        out.append(f"from {where}{model_path(name, modules).split('.')[-1]} import {name}\n")
    out.append(body)
    out.append(f'\n\n__all__ = ["{definition.name}"]\n')
    return "".join(out)


def _mentions(definition: Definition, known: set[str]) -> set[str]:
    if isinstance(definition, UnionDef):
        return set(definition.members) & known
    return {n for f in definition.fields for n in referenced(f.type_expr, known)}


def _render_models_index(document: dict[str, Any], modules: dict[str, str]) -> str:
    names = sorted(modules)
    out = [
        header(
            document,
            "Every response model, by name; each model's module is imported on first access.\n\n"
            "``types.Project`` imports ``types/projects/project.py`` (and the modules of the models it\n"
            "refers to) and nothing else: parsing an answer makes only the classes it needs.",
        )
    ]
    out.append("import importlib\nfrom typing import TYPE_CHECKING, Any\n\nif TYPE_CHECKING:\n")
    for name in names:  # re-exported by __all__
        out.append(f"    from .{model_path(name, modules)} import {name}\n")
    out.append("\nMODULES: dict[str, str] = {\n")
    out.extend(f'    "{n}": "{model_path(n, modules)}",\n' for n in names)
    out.append("}\n")
    out.append(
        "\n\ndef __getattr__(name: str) -> Any:\n"
        "    module = MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)\n'
        "    globals()[name] = value  # found once; later lookups are plain attribute reads\n"
        "    return value\n"
        "\n\ndef __dir__() -> list[str]:\n"
        "    return [*globals(), *__all__]\n"
    )
    out.append("\n\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in names) + "]\n")
    return "".join(out)


def _union_tags(models: TypeRegistry) -> dict[str, tuple[str, str]]:
    """Each variant of a union -> (the JSON field that tells the variants apart, its value)."""
    tags: dict[str, tuple[str, str]] = {}
    objects = {d.name: d for d in models.definitions if isinstance(d, ObjectDef)}
    for union in models.definitions:
        if not isinstance(union, UnionDef) or union.discriminator is None:
            continue
        for member in union.members:
            (field,) = [f for f in objects[member].fields if f.wire == union.discriminator]
            value = re.fullmatch(r'Literal\["([^"\\]*)"\]', field.type_expr)
            if value is None:
                raise ValueError(f"{member}.{field.wire} is not a single string constant: {field.type_expr}")
            tags[member] = (union.discriminator, value.group(1))
    return tags


def _render_model(definition: Definition, tag: tuple[str, str] | None = None) -> str:
    if isinstance(definition, UnionDef):
        # msgspec tells the variants apart by their tag (``tag_field``/``tag`` on each class).
        doc = f"# {definition.description}\n" if definition.description else ""
        return f"{doc}{definition.name} = Union[{', '.join(definition.members)}]\n"
    options = "kw_only=True"
    if tag is not None:
        options += f', tag_field="{tag[0]}", tag="{tag[1]}"'
    lines = [f"class {definition.name}(LenientModel, {options}):\n"]
    lines.append(_docstring(definition.description or definition.name, "    "))
    secrets: list[str] = []
    properties: list[str] = []
    for f in definition.fields:
        type_expr = f.type_expr
        if tag is not None and f.wire == tag[0]:
            # The tag is msgspec's, not a field; the class attribute keeps ``source.type`` readable.
            lines.append(f'    {f.attr}: ClassVar[{type_expr}] = "{tag[1]}"\n')
            lines.append(_docstring(f.description, "    "))
            continue
        if not f.required and "None" not in type_expr.split(" | "):
            type_expr += " | None"
        attr = f"_{f.attr}" if f.deprecated else f.attr
        if attr != f.wire:
            default = ", default=None" if not f.required else ""
            value = f' = msgspec.field(name="{f.wire}"{default})'
        else:
            value = " = None" if not f.required else ""
        lines.append(f"    {attr}: {type_expr}{value}\n")
        lines.append(_docstring(f.description, "    "))
        if is_secret_field(f.wire, f.description):
            secrets.append(attr)
        if f.deprecated:
            # Stored as ``_name``; reading ``name`` warns (DeprecationWarning), and type checkers
            # flag it, as the spec's ``deprecated: true`` asks.
            message = (f.description or f"{f.wire} is deprecated").strip()
            properties.append(
                f"\n    @property\n    @deprecated({message!r})\n"
                f"    def {f.attr}(self) -> {type_expr}:\n"
                + _docstring(f.description, "        ")
                + f"        return self.{attr}\n"
            )
    if secrets:
        names = ", ".join(f'"{n}"' for n in sorted(secrets))
        lines.append(f"\n    __secret_fields__: ClassVar[frozenset[str]] = frozenset({{{names}}})\n")
        lines.append('    """Fields holding credentials: left out of reprs."""\n')
    lines.extend(properties)
    return "".join(lines)


# --- request dicts ----------------------------------------------------------------------------


def render_params(document: dict[str, Any], dicts: TypeRegistry) -> str:
    # Evaluated annotations: TypedDict's runtime ``__required_keys__`` is only right when
    # NotRequired[...] is a real object, not a string. Definitions come children first, so no
    # annotation refers forward.
    out = [
        header(
            document,
            "Request types: TypedDicts for every parameter set and request body.",
            lazy_annotations=False,
        )
    ]
    out.append(_typing_imports(dicts, {"Union"}))
    out.append("\nfrom typing_extensions import NotRequired, TypedDict\n\n")
    names = []
    for definition in dicts.definitions:
        names.append(definition.name)
        out.append("\n\n" + _render_dict(definition))
    out.append("\n\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(names)) + "]\n")
    return "".join(out)


def _render_dict(definition: Definition) -> str:
    if isinstance(definition, UnionDef):
        doc = f"# {definition.description}\n" if definition.description else ""
        return f"{doc}{definition.name} = Union[{', '.join(definition.members)}]\n"
    assert isinstance(definition, ObjectDef)

    def annotation(type_expr: str, required: bool) -> str:
        return type_expr if required else f"NotRequired[{type_expr}]"

    plain = all(f.wire.isidentifier() and not keyword.iskeyword(f.wire) for f in definition.fields)
    if not plain:
        # Keys such as `alchemy-state-lease-id` need the functional form.
        items = "".join(
            f'    "{f.wire}": {annotation(f.type_expr, f.required)},\n' for f in definition.fields
        )
        doc = f"# {definition.description}\n" if definition.description else ""
        return f'{doc}{definition.name} = TypedDict("{definition.name}", {{\n{items}}})\n'
    lines = [f"class {definition.name}(TypedDict):\n"]
    lines.append(_docstring(definition.description or definition.name, "    "))
    for f in definition.fields:
        lines.append(f"    {f.wire}: {annotation(f.type_expr, f.required)}\n")
        lines.append(_docstring(f.description, "    "))
    return "".join(lines)


# --- operation table --------------------------------------------------------------------------


def render_operations(document: dict[str, Any], operations: list[Operation]) -> str:
    out = [header(document, "Every operation: what the runtime needs to send it and read its answer.")]
    out.append("from .._operation import Operation, Param\n\n")
    out.append("OPERATIONS: dict[str, Operation] = {\n")
    for op in operations:
        params = "".join(f'            Param("{p.wire}", "{p.location}", {p.required}),\n' for p in op.params)
        responses = "".join(
            f'            {r.status}: ("{r.content}", {_runtime_type(r.type_expr)!r}),\n'
            for r in op.responses
        )
        out.append(
            f'    "{op.key}": Operation(\n'
            f'        method="{op.method}",\n'
            f'        path="{op.path}",\n'
            f'        operation_id="{op.operation_id}",\n'
            f'        name="{op.name}",\n'
            f"        params=(\n{params}        ),\n"
            f"        has_body={op.body_type is not None},\n"
            f"        responses={{\n{responses}        }},\n"
            f"        deprecated={op.deprecated},\n"
            "    ),\n"
        )
    out.append("}\n")
    return "".join(out)


def _runtime_type(type_expr: str | None) -> str | None:
    """The model name the runtime parses a body with (``None``: plain JSON, no model)."""
    if type_expr is None:
        return None
    expr = type_expr.removesuffix(" | None")
    return expr if expr.isidentifier() and expr not in ("Any", "None") else None


def render_request_schemas(document: dict[str, Any], operations: list[Operation]) -> str:
    """Request JSON Schemas, for the fake platform's validation (prose stripped)."""
    out = [header(document, "JSON Schemas of every request: parameters and body.")]
    out.append("from typing import Any\n\n")
    table = {
        op.key: {
            "parameters": [
                {"name": p.wire, "in": p.location, "required": p.required, "schema": strip_docs(p.schema)}
                for p in op.params
            ],
            "body": strip_docs(op.body_schema) if op.body_schema is not None else None,
            "bodyRequired": op.body_required,
        }
        for op in operations
    }
    out.append("REQUEST_SCHEMAS: dict[str, Any] = " + pprint.pformat(table, width=100, sort_dicts=True))
    out.append("\n")
    return "".join(out)


# --- typed GET/PUT/POST/DELETE/PATCH ----------------------------------------------------------


def render_client_methods(document: dict[str, Any], operations: list[Operation]) -> dict[str, str]:
    """``client_methods.py`` (the sync methods and the path aliases) and ``async_client_methods.py``.

    Two modules, so that a sync client does not load the async overloads (half of the 8 M
    instructions the overloads cost a first response, bench/README.md).
    """
    sync_doc = "Typed GET/PUT/POST/DELETE/PATCH methods of the sync client: one overload per path."
    async_doc = "Typed GET/PUT/POST/DELETE/PATCH methods of the async client: one overload per path."
    aliases = [_path_alias(method) for method in METHODS if any(op.method == method for op in operations)]
    sync = [header(document, sync_doc), _client_methods_imports(operations, is_async=False)]
    for method in METHODS:
        paths = ", ".join(f'"{op.path}"' for op in operations if op.method == method)
        if paths:
            sync.append(f"{_path_alias(method)}: TypeAlias = Literal[{paths}]\n")
    sync.append("\n\n" + _render_method_class(operations, is_async=False))
    asynchronous = [header(document, async_doc), _client_methods_imports(operations, is_async=True)]
    if aliases:
        asynchronous.append(f"from .client_methods import {', '.join(aliases)}\n")
    asynchronous.append("\n\n" + _render_method_class(operations, is_async=True))
    return {"client_methods.py": "".join(sync), "async_client_methods.py": "".join(asynchronous)}


def _client_methods_imports(operations: list[Operation], *, is_async: bool) -> str:
    counts = {m: sum(op.method == m for op in operations) for m in METHODS}
    if any(op.deprecated and counts[op.method] == 1 for op in operations):
        # A deprecated operation that is its method's only one: its definition is called, and warns.
        deprecated = "from typing_extensions import deprecated\n\n"
    else:
        # Deprecated overloads only: an overload is never called, so at run time the decorator
        # need do nothing, and typing_extensions' would import asyncio for the async overloads
        # (a fifth of making a client). Type checkers see the real one.
        deprecated = (
            "from typing_extensions import deprecated\n\n"
            "if not TYPE_CHECKING:\n    from .._types import deprecated_overload as deprecated\n\n"
        )
    typing_names = (
        "TYPE_CHECKING, Any, Literal, overload"
        if is_async
        else "TYPE_CHECKING, Any, Literal, TypeAlias, overload"
    )
    stream, middleware, byte_stream = (
        ("AsyncNdjsonStream", "AnyMiddleware", "AsyncByteStream")
        if is_async
        else ("NdjsonStream", "Middleware", "ByteStream")
    )
    return (
        "from collections.abc import Mapping, Sequence\n"
        f"from typing import {typing_names}\n\n" + deprecated + "from .._result import ApiResult\n"
        "from .._types import HeadersArg, TimeoutArg\n\n"
        "if TYPE_CHECKING:\n"
        f"    from .._middleware import {middleware}\n"
        f"    from .._ndjson import {stream}\n"
        f"    from .._parse_as import {byte_stream}\n"
        "    from .._serializers import BodySerializer, QuerySerializerArg\n"
        "    from .params import *  # noqa: F403\n"
        "    from .types import *  # noqa: F403\n\n"
    )


def _path_alias(method: str) -> str:
    """``GetPath``: the paths of the document that take ``method``."""
    return f"{method.capitalize()}Path"


# The per-call options every typed method takes beside params, body, headers and timeout.
def _call_options(is_async: bool, indent: str) -> str:
    middleware = "AnyMiddleware" if is_async else "Middleware"
    return (
        f"{indent}base_url: str | None = None,\n"
        f"{indent}middleware: Sequence[{middleware}] | None = None,\n"
        f"{indent}query_serializer: QuerySerializerArg = None,\n"
        f"{indent}body_serializer: BodySerializer | None = None,\n"
    )


# parse_as other than "json": the data type no longer depends on the path, so one overload per
# method serves every path (its params are then checked only at run time).
_PARSED = {"text": ("str", "str"), "bytes": ("bytes", "bytes"), "stream": ("ByteStream", "AsyncByteStream")}


def _render_method_class(operations: list[Operation], is_async: bool) -> str:
    cls = "AsyncPathMethods" if is_async else "SyncPathMethods"
    a = "async " if is_async else ""
    lines = [
        f"class {cls}:\n",
        '    """``client.GET("/v1/projects/{id}", params={"path": {"id": ...}})`` and its siblings.\n\n'
        "    Paths of the OpenAPI document are overloads: a type checker checks the parameters and\n"
        '    types ``result.data`` and ``result.error`` (``parse_as`` other than "json" makes\n'
        "    ``data`` a ``str``, ``bytes`` or a byte stream). Other paths are sent too, untyped; call\n"
        '    ``client.request(method, path, ...)`` for those."""\n\n',
        "    if TYPE_CHECKING:\n\n",
        f"        {a}def request(\n"
        "            self,\n            method: str,\n            path: str,\n            *,\n"
        "            params: Mapping[str, Any] | None = None,\n            body: Any = None,\n"
        "            headers: HeadersArg = None,\n            timeout: TimeoutArg = None,\n"
        "        ) -> ApiResult[Any, Any]: ...\n",
    ]
    for method in METHODS:
        ops = [op for op in operations if op.method == method]
        if not ops:
            continue
        for op in ops:
            lines.append("\n" + _render_overload(op, is_async))
        takes_body = any(op.body_type for op in ops) or method in ("PUT", "POST", "PATCH")
        body_arg = "        body: Any = None,\n" if takes_body else ""
        body_pass = "body=body, " if takes_body else ""
        errors = " | ".join(dict.fromkeys(error for op in ops for error in _error_types(op)))
        for parse_as, (sync_type, async_type) in _PARSED.items():
            data = async_type if is_async else sync_type
            lines.append(
                f"\n    @overload\n    {a}def {method}(\n"
                f"        self,\n        path: {_path_alias(method)},\n        *,\n"
                f"        params: Mapping[str, Any] | None = None,\n{body_arg}"
                "        headers: HeadersArg = None,\n        timeout: TimeoutArg = None,\n"
                f"{_call_options(is_async, '        ')}"
                f'        parse_as: Literal["{parse_as}"],\n'
                f"    ) -> ApiResult[{data}, {errors}]: ...\n"
            )
        aw = "await " if is_async else ""
        lines.append(
            f"\n    {a}def {method}(\n"
            f"        self,\n        path: str,\n        *,\n"
            f"        params: Any = None,\n{body_arg}"
            "        headers: HeadersArg = None,\n        timeout: TimeoutArg = None,\n"
            "        **options: Any,\n"
            "    ) -> ApiResult[Any, Any]:\n"
            f'        return {aw}self.request("{method}", path, params=params, {body_pass}'
            "headers=headers, timeout=timeout, **options)\n"
        )
    return "".join(lines)


def _error_types(op: Operation) -> list[str]:
    # An error the spec does not document still arrives as an ErrorResponse (the client makes one
    # for a body it cannot read), so a failure's error is never typed None: None would break
    # ``if result.error is None`` narrowing.
    errors = [r.type_expr or "ErrorResponse" for r in op.failure if r.content == "json"] or ["ErrorResponse"]
    return list(dict.fromkeys(errors))


def _error_type(op: Operation) -> str:
    return " | ".join(_error_types(op))


def _result_type(op: Operation, is_async: bool) -> str:
    data: list[str] = []
    for response in op.success:
        if response.content == "ndjson":
            stream = "AsyncNdjsonStream" if is_async else "NdjsonStream"
            data.append(f"{stream}[{response.type_expr}]")
        elif response.content == "json" and response.type_expr:
            data.append(response.type_expr)
        else:
            data.append("None")
    return f"ApiResult[{' | '.join(dict.fromkeys(data)) or 'None'}, {_error_type(op)}]"


def _render_overload(op: Operation, is_async: bool) -> str:
    a = "async " if is_async else ""
    lines = ["    @overload\n"]
    if op.deprecated:
        lines.append(f'    @deprecated("{op.method} {op.path} is deprecated by the API")\n')
    params = (
        f"        params: {op.params_type},\n"
        if op.params_required
        else f"        params: {op.params_type} | None = None,\n"
    )
    body = ""
    if op.body_type:
        body = (
            f"        body: {op.body_type},\n"
            if op.body_required
            else f"        body: {op.body_type} | None = None,\n"
        )
    lines.append(
        f"    {a}def {op.method}(\n"
        f'        self,\n        path: Literal["{op.path}"],\n        *,\n{params}{body}'
        "        headers: HeadersArg = None,\n        timeout: TimeoutArg = None,\n"
        f"{_call_options(is_async, '        ')}"
        '        parse_as: Literal["json"] = "json",\n'
        f"    ) -> {_result_type(op, is_async)}:\n"
    )
    doc = "\n\n".join(t for t in (op.summary, op.description) if t)
    lines.append(_docstring(doc or op.name, "        "))
    lines.append("        ...\n")
    return "".join(lines)
