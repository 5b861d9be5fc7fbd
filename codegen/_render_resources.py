"""Render the resource namespaces: ``client.projects.retrieve(project_id)`` and the like.

Naming scheme (every name is derived from the operation's path, so a new operation of the
document gets its method without anyone choosing a name):

* The namespace chain is the path's words, without the ``{params}``: ``/v1/projects`` is
  ``client.projects``, ``/v1/projects/{projectId}/databases`` is ``client.projects.databases``,
  ``/v1/buckets/{bucketId}/keys/{keyId}`` is ``client.buckets.keys``. Words are snake_case
  (``environment-variables`` -> ``environment_variables``); ``alchemy-state/state`` reads as one word.
* The method is the operation's verb: ``list`` (GET of a collection), ``create`` (POST),
  ``retrieve`` (GET of an item or a singleton), ``update`` (PATCH, or PUT), ``delete``; a POST to
  an action after an item is that action on the item's namespace (``client.connections.rotate(id)``,
  ``promote``, ``rollback``, ``restore``, ``transfer``, ``start``, ``stop``, ``retry``); an NDJSON
  ``/logs`` is ``logs`` on the item's namespace; the Alchemy lease is ``acquire``/``renew``/``release``.
* Path parameters are positional, in path order, snake_case; a bare ``{id}`` is named after its
  collection (``/v1/connections/{id}`` -> ``connection_id``). Query parameters, header parameters
  and the body's top-level properties are keyword-only, snake_case (``logicalId`` -> ``logical_id``,
  ``class`` -> ``class_``, header ``alchemy-state-lease-id`` -> ``lease_id``). Options every method
  takes: ``extra_headers``, ``timeout``, and for POST/PATCH ``idempotent``.
* Returns: the payload (the ``data`` of a ``{"data": ...}`` body; the whole body otherwise; None
  for an empty answer); a pager for a paginated list; an NDJSON stream for logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._naming import ACTION_VERBS, attribute_name, is_param, pascal, singular, snake
from ._operations import Operation
from ._render import _docstring, _result_type, _runtime_type, code_names, header
from ._schema import ObjectDef, TypeRegistry

# Operation-name verbs (codegen/_naming.py) -> method names.
_VERBS = {
    "Get": "retrieve",
    "List": "list",
    "Create": "create",
    "Update": "update",
    "Put": "update",
    "Delete": "delete",
    "Acquire": "acquire",
    "Release": "release",
    "Renew": "renew",
}
# NDJSON endpoints read as a verb of the item they belong to.
_STREAM_WORDS = frozenset({"logs"})
# A word that only groups what follows the previous one: `alchemy-state/state/stacks` is
# `alchemy_state.stacks`, not `alchemy_state.state.stacks`.
_MERGED_WORDS = frozenset({("alchemy-state", "state")})
# Header parameters whose name would be long and redundant in Python.
_HEADER_NAMES = {"alchemy-state-lease-id": "lease_id"}
# Keyword arguments every method takes (or POST/PATCH ones): no parameter may be named so.
_OPTIONS = ("extra_headers", "timeout", "idempotent")
# Attributes of the clients a namespace must not shadow.
_CLIENT_ATTRIBUTES = frozenset(
    {"request", "close", "aclose", "base_url", "with_options", "max_retries", "GET", "PUT", "POST"}
    | {"DELETE", "PATCH"}
)
_LIST_TYPE = re.compile(r"(?<![\w.])list\[")


@dataclass(frozen=True)
class Waiter:
    """``wait_until_<state>`` on a namespace: poll ``get`` until ``field`` is one of ``success``."""

    get: str  # "METHOD /path" of the retrieve operation
    name: str
    resource: str  # for messages: "database"
    field: str
    success: tuple[str, ...]
    failure: tuple[str, ...]


# Resources whose status settles. The values are checked against the document's enums.
WAITERS = (
    Waiter(
        "GET /v1/databases/{databaseId}", "wait_until_ready", "database", "status", ("ready",), ("failure",)
    ),
    Waiter(
        "GET /v1/builds/{buildId}",
        "wait_until_succeeded",
        "build",
        "state",
        ("succeeded",),
        ("failed", "cancelled"),
    ),
    Waiter(
        "GET /v1/domains/{domainId}",
        "wait_until_active",
        "domain",
        "status",
        ("active",),
        ("failed", "removing"),
    ),
    # A deployment's status is free text "derived from the VM state"; the document names `running`
    # and `stopped` as what start and stop lead to.
    Waiter(
        "GET /v1/deployments/{deploymentId}",
        "wait_until_running",
        "deployment",
        "status",
        ("running",),
        ("failed", "error", "crashed"),
    ),
    Waiter(
        "GET /v1/deployments/{deploymentId}",
        "wait_until_stopped",
        "deployment",
        "status",
        ("stopped",),
        ("failed", "error", "crashed"),
    ),
    Waiter(
        "GET /v1/agent-approvals/{approvalId}",
        "wait_until_approved",
        "approval",
        "status",
        ("approved", "approved_window"),
        ("denied", "expired", "consumed"),
    ),
)


@dataclass
class Arg:
    name: str  # Python
    wire: str
    location: str  # path, query, header, body (a property) or payload (the whole body)
    type_expr: str
    required: bool
    description: str | None


@dataclass
class Returns:
    kind: str  # data, body, none, pager, stream
    type_expr: str  # what the method returns, sync flavour (pager/stream spelled by _returns)
    item: str = ""  # pager item type / stream event type
    page: str = ""  # pager page type
    follows: bool = False  # the pager can ask for further pages (the operation takes a cursor)


@dataclass
class Method:
    op: Operation
    words: tuple[str, ...]  # namespace chain (path words)
    name: str
    path_args: list[Arg]
    kwargs: list[Arg]
    body: str  # none, props, payload
    returns: Returns
    deprecation: str | None = None

    @property
    def takes_idempotent(self) -> bool:
        return self.op.method in ("POST", "PATCH")


@dataclass
class Namespace:
    words: tuple[str, ...]
    children: dict[str, Namespace] = field(default_factory=dict)
    methods: list[Method] = field(default_factory=list)
    waiters: list[tuple[Waiter, Method]] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        parts = [pascal(singular(w)) for w in self.words[:-1]] + [pascal(self.words[-1])]
        return "".join(parts) + "Resource"

    @property
    def accessor(self) -> str:
        return "client." + ".".join(snake(w) for w in self.words)


# --- collecting -------------------------------------------------------------------------------


def _words(path: str) -> list[tuple[str, str | None]]:
    """(word, the param right after it or None) for each word of the path after /v1."""
    segments = [s for s in path.split("/") if s and s != "v1"]
    out: list[tuple[str, str | None]] = []
    for i, segment in enumerate(segments):
        if is_param(segment):
            continue
        if out and (out[-1][0], segment) in _MERGED_WORDS and out[-1][1] is None:
            continue
        following = segments[i + 1] if i + 1 < len(segments) and is_param(segments[i + 1]) else None
        out.append((segment, following))
    return out


def _locate(op: Operation) -> tuple[tuple[str, ...], str]:
    """(namespace words, method name) of an operation."""
    words = [w for w, _ in _words(op.path)]
    segments = [s for s in op.path.split("/") if s]
    after_item = len(segments) >= 2 and is_param(segments[-2])
    last = segments[-1]
    if op.method == "POST" and last in ACTION_VERBS and after_item:
        return tuple(words[:-1]), snake(last)
    if op.method == "GET" and last in _STREAM_WORDS and after_item and op.streams:
        return tuple(words[:-1]), snake(last)
    verb = re.match(r"[A-Z][a-z]*", op.name)
    if verb is None or verb.group(0) not in _VERBS:
        raise ValueError(f"{op.key}: no method name for operation {op.name!r}; extend _VERBS")
    return tuple(words), _VERBS[verb.group(0)]


def _path_arg_names(path: str) -> dict[str, str]:
    segments = [s for s in path.split("/") if s and s != "v1"]
    names: dict[str, str] = {}
    for i, segment in enumerate(segments):
        if not is_param(segment):
            continue
        wire = segment[1:-1]
        if wire == "id" and i > 0 and not is_param(segments[i - 1]):
            names[wire] = snake(singular(segments[i - 1])) + "_id"
        else:
            names[wire] = attribute_name(wire)
    return names


def _arguments(op: Operation, dicts: TypeRegistry) -> tuple[list[Arg], list[Arg], str]:
    path_names = _path_arg_names(op.path)
    order = list(path_names)
    path_args = sorted(
        (
            Arg(path_names[p.wire], p.wire, "path", p.type_expr, True, p.description)
            for p in op.params
            if p.location == "path"
        ),
        key=lambda a: order.index(a.wire),
    )
    kwargs: list[Arg] = []
    for p in op.params:
        if p.location == "path":
            continue
        name = _HEADER_NAMES.get(p.wire.lower(), attribute_name(p.wire))
        kwargs.append(Arg(name, p.wire, p.location, p.type_expr, p.required, p.description))
    body = "none"
    if op.body_type is not None:
        definition = next(
            (d for d in dicts.definitions if isinstance(d, ObjectDef) and d.name == op.body_type), None
        )
        if definition is not None:
            body = "props"
            for f in definition.fields:
                kwargs.append(Arg(f.attr, f.wire, "body", f.type_expr, f.required, f.description))
        else:
            body = "payload"
            kwargs.append(
                Arg("body", "", "payload", op.body_type, op.body_required, "The request body (JSON).")
            )
    names = [a.name for a in path_args + kwargs]
    clashes = {n for n in names if names.count(n) > 1} | (set(names) & set(_OPTIONS))
    if clashes:
        raise ValueError(f"{op.key}: argument names clash: {sorted(clashes)}; rename one in the generator")
    # Required keywords first: they are what a reader of the signature needs to see.
    kwargs.sort(key=lambda a: not a.required)
    return path_args, kwargs, body


def _model(models: TypeRegistry, name: str | None) -> ObjectDef | None:
    if name is None:
        return None
    return next((d for d in models.definitions if isinstance(d, ObjectDef) and d.name == name), None)


def _plain_json(type_expr: str) -> bool:
    """A type the runtime's plain ``json.loads`` result really has (no model inside)."""
    names = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", type_expr))
    return names <= {"str", "int", "float", "bool", "None", "Any", "list", "dict"}


def _returns(op: Operation, models: TypeRegistry) -> Returns:
    kinds: list[Returns] = []
    takes_cursor = any(p.location == "query" and p.wire == "cursor" for p in op.params)
    for response in op.success:
        if response.content == "ndjson":
            kinds.append(Returns("stream", "", item=response.type_expr or "Any"))
            continue
        if response.content == "empty" or response.type_expr is None:
            kinds.append(Returns("none", "None"))
            continue
        runtime = _runtime_type(response.type_expr)
        model = _model(models, runtime)
        if model is not None:
            fields = {f.wire: f for f in model.fields}
            data = fields.get("data")
            if set(fields) == {"data"}:
                kinds.append(Returns("data", data.type_expr if data else "Any"))
                continue
            if data is not None and "pagination" in fields and data.type_expr.startswith("list["):
                item = data.type_expr[len("list[") : -1]
                kinds.append(Returns("pager", "", item=item, page=model.name, follows=takes_cursor))
                continue
        if runtime is not None:
            kinds.append(Returns("body", runtime))
        else:
            kinds.append(Returns("body", response.type_expr if _plain_json(response.type_expr) else "Any"))
    if not kinds:
        return Returns("none", "None")
    if all(k == kinds[0] for k in kinds):
        return kinds[0]
    found = {k.kind for k in kinds}
    if found in ({"data"}, {"body"}, {"body", "none"}):
        # Several statuses answer alike: the union of what each gives.
        kind = "data" if found == {"data"} else "body"
        return Returns(kind, " | ".join(dict.fromkeys(k.type_expr for k in kinds)))
    raise ValueError(f"{op.key}: success responses of kinds {sorted(found)} cannot be combined")


_DEPRECATION_HINT = re.compile(r"Deprecated: use `(GET|PUT|POST|DELETE|PATCH) ([^`]+)` instead")


def collect_namespaces(operations: list[Operation], models: TypeRegistry, dicts: TypeRegistry) -> Namespace:
    root = Namespace(())
    by_key: dict[str, Method] = {}
    for op in operations:
        words, name = _locate(op)
        path_args, kwargs, body = _arguments(op, dicts)
        method = Method(op, words, name, path_args, kwargs, body, _returns(op, models))
        by_key[op.key] = method
        node = root
        for i in range(len(words)):
            attr = snake(words[i])
            node = node.children.setdefault(attr, Namespace(tuple(words[: i + 1])))
        if any(m.name == name for m in node.methods):
            raise ValueError(f"{op.key}: {node.accessor}.{name} is taken; extend the naming rules")
        node.methods.append(method)
    for method in by_key.values():
        if method.op.deprecated:
            method.deprecation = _deprecation(method, by_key)
    for waiter in WAITERS:
        getter = by_key.get(waiter.get)
        if getter is None:
            # Another document (a test's, a fork's) need not have the operations a waiter polls:
            # no waiter then. The Prisma document's waiters are pinned by their own tests.
            continue
        _check_waiter(waiter, getter, models)
        _find(root, getter.words).waiters.append((waiter, getter))
    _check_names(root)
    return root


def _call(method: Method) -> str:
    return f"{'.'.join(['client', *(snake(w) for w in method.words)])}.{method.name}()"


def _deprecation(method: Method, by_key: dict[str, Method]) -> str:
    op = method.op
    message = f"{_call(method)} is deprecated ({op.method} {op.path} is deprecated by the API)"
    found = _DEPRECATION_HINT.search(op.description or "")
    if found:
        replacement = by_key.get(f"{found.group(1)} {found.group(2)}")
        message += f": use {_call(replacement)} instead" if replacement else ""
    return message


def _find(root: Namespace, words: tuple[str, ...]) -> Namespace:
    node = root
    for word in words:
        node = node.children[snake(word)]
    return node


def _check_waiter(waiter: Waiter, getter: Method, models: TypeRegistry) -> None:
    returned = getter.returns.type_expr
    model = _model(models, returned)
    if getter.returns.kind not in ("data", "body") or model is None:
        raise ValueError(f"waiter {waiter.name}: {waiter.get} does not return a model")
    status = next((f for f in model.fields if f.wire == waiter.field), None)
    if status is None:
        raise ValueError(f"waiter {waiter.name}: {model.name} has no field {waiter.field!r}")
    literal = re.fullmatch(r"Literal\[(.*)\]", status.type_expr)
    if literal:
        known = set(re.findall(r'"([^"]*)"', literal.group(1)))
        unknown = set(waiter.success + waiter.failure) - known
        if unknown:
            raise ValueError(
                f"waiter {waiter.name}: {sorted(unknown)} not among {model.name}.{waiter.field}'s values"
            )


def _check_names(node: Namespace) -> None:
    taken: dict[str, str] = {"with_raw_response": "the raw-response view"}
    for name, what in [
        *((m.name, m.op.key) for m in node.methods),
        *((w.name, "a waiter") for w, _ in node.waiters),
        *((c, "a namespace") for c in node.children),
    ]:
        if name in taken:
            raise ValueError(f"{node.accessor}.{name}: both {taken[name]} and {what}")
        taken[name] = what
    if not node.words:
        clash = set(node.children) & _CLIENT_ATTRIBUTES
        if clash:
            raise ValueError(f"namespaces {sorted(clash)} would shadow client attributes")
    for child in node.children.values():
        _check_names(child)


def _walk(node: Namespace) -> list[Namespace]:
    out = [node] if node.words else []
    for child in node.children.values():
        out.extend(_walk(child))
    return out


# --- rendering --------------------------------------------------------------------------------


def _t(type_expr: str) -> str:
    """A type for a class body where a method named ``list`` shadows the builtin."""
    return _LIST_TYPE.sub("builtins.list[", type_expr)


def _kwarg_annotation(arg: Arg) -> str:
    expr = _t(arg.type_expr)
    if arg.required:
        return f"{arg.name}: {expr}"
    if arg.location == "body":
        return f"{arg.name}: {expr} | NotGiven = NOT_GIVEN"
    nullable = "None" in [part.strip() for part in expr.split("|")]
    return f"{arg.name}: {expr}{'' if nullable else ' | None'} = None"


def _signature(method: Method, returns: str, *, is_async: bool, name: str | None = None) -> str:
    a = "async " if is_async else ""
    lines = [f"    {a}def {name or method.name}(\n", "        self,\n"]
    for arg in method.path_args:
        lines.append(f"        {arg.name}: {_t(arg.type_expr)},\n")
    lines.append("        *,\n")
    for arg in method.kwargs:
        lines.append(f"        {_kwarg_annotation(arg)},\n")
    lines.append("        extra_headers: HeadersArg = None,\n")
    lines.append("        timeout: TimeoutArg = None,\n")
    if method.takes_idempotent:
        lines.append("        idempotent: bool = False,\n")
    lines.append(f"    ) -> {returns}:\n")
    return "".join(lines)


def _forward(method: Method, *, cursor: str | None = None) -> str:
    """The arguments of a call to the raw method with the same parameters."""
    parts = [arg.name for arg in method.path_args]
    for arg in method.kwargs:
        value = cursor if (cursor is not None and arg.name == "cursor") else arg.name
        parts.append(f"{arg.name}={value}")
    parts += ["extra_headers=extra_headers", "timeout=timeout"]
    if method.takes_idempotent:
        parts.append("idempotent=idempotent")
    return ", ".join(parts)


def _request_call(method: Method, is_async: bool) -> str:
    op = method.op
    groups = []
    for location in ("path", "query", "header"):
        args = [a for a in method.path_args + method.kwargs if a.location == location]
        if args:
            items = ", ".join(f'"{a.wire}": {a.name}' for a in args)
            groups.append(f'"{location}": {{{items}}}')
    parts = [f'"{op.method}"', f'"{op.path}"']
    if groups:
        parts.append(f"params={{{', '.join(groups)}}}")
    if method.body == "props":
        props = ", ".join(f'"{a.wire}": {a.name}' for a in method.kwargs if a.location == "body")
        parts.append(f"body=body_of({{{props}}})")
    elif method.body == "payload":
        parts.append("body=body")
    parts += ["headers=extra_headers", "timeout=timeout"]
    if method.takes_idempotent:
        parts.append("idempotent=idempotent")
    aw = "await " if is_async else ""
    return f"        return {aw}self._client.request({', '.join(parts)})\n"


def _doc(method: Method) -> str:
    op = method.op
    text = "\n\n".join(t.strip() for t in (op.summary, op.description) if t and t.strip())
    text = (text + "\n\n" if text else "") + f"``{op.method} {op.path}``"
    described = [a for a in method.path_args + method.kwargs if a.description]
    if described:
        text += "\n\nArgs:\n" + "\n".join(
            f"    {a.name}: {' '.join(a.description.split())}" for a in described if a.description
        )
    if method.returns.kind == "pager":
        text += (
            "\n\nReturns a pager: iterate it for the items of every page, fetched as needed"
            if method.returns.follows
            else "\n\nReturns a pager over the single page this operation answers with"
        )
        text += "; ``.iter_pages()`` for whole pages."
    return text


def _raw_returns(method: Method, is_async: bool) -> str:
    return _t(_result_type(method.op, is_async))


def _user_returns(method: Method, is_async: bool) -> str:
    r = method.returns
    if r.kind == "pager":
        pager = "AsyncPager" if is_async else "SyncPager"
        return f"{pager}[{_t(r.item)}, {_t(r.page)}]"
    if r.kind == "stream":
        stream = "AsyncNdjsonStream" if is_async else "NdjsonStream"
        return f"{stream}[{_t(r.item)}]"
    return _t(r.type_expr)


def _render_raw_method(method: Method, is_async: bool, cls: str) -> str:
    returns = _raw_returns(method, is_async)
    user_cls = cls.removesuffix("WithRawResponse")
    doc = (
        f"``{method.op.method} {method.op.path}``: like :meth:`{user_cls}.{method.name}`, but returns\n"
        "the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."
    )
    if method.deprecation is None:
        return (
            _signature(method, returns, is_async=is_async)
            + _docstring(doc, "        ")
            + (_request_call(method, is_async))
        )
    # The undecorated implementation, so that the public method warns once.
    private = _signature(method, returns, is_async=is_async, name=f"_{method.name}") + _request_call(
        method, is_async
    )
    aw = "await " if is_async else ""
    public = (
        f"    @deprecated({method.deprecation!r})\n"
        + _signature(method, returns, is_async=is_async)
        + _docstring(doc, "        ")
        + f"        return {aw}self._{method.name}({_forward(method)})\n"
    )
    return private + "\n" + public


def _render_method(method: Method, is_async: bool) -> str:
    r = method.returns
    aw = "await " if is_async else ""
    raw = f"self.with_raw_response.{'_' if method.deprecation else ''}{method.name}"
    lines = []
    if method.deprecation is not None:
        lines.append(f"    @deprecated({method.deprecation!r})\n")
    # A pager is returned without awaiting, even by the async client: `async for` needs no await.
    awaits = is_async and r.kind != "pager"
    lines.append(_signature(method, _user_returns(method, is_async), is_async=awaits))
    lines.append(_docstring(_doc(method), "        "))
    if r.kind == "pager":
        pager = "AsyncPager" if is_async else "SyncPager"
        has_cursor = any(a.name == "cursor" for a in method.kwargs)
        forward = _forward(method, cursor="next_cursor")
        start = "cursor" if has_cursor else "None"
        lines.append(
            f"        return {pager}(\n"
            f"            lambda next_cursor: {raw}({forward}),\n"
            f"            cursor={start},\n"
            f"            follows={r.follows},\n"
            "        )\n"
        )
    elif r.kind == "none":
        lines.append(f"        raise_for_status({aw}{raw}({_forward(method)}))\n")
    elif r.kind == "data":
        lines.append(f"        return unwrap_data({aw}{raw}({_forward(method)}))\n")
    else:
        lines.append(f"        return unwrap({aw}{raw}({_forward(method)}))\n")
    return "".join(lines)


def _render_waiter(waiter: Waiter, getter: Method, is_async: bool) -> str:
    arg = getter.path_args[0]
    returned = _t(getter.returns.type_expr)
    a = "async " if is_async else ""
    aw = "await " if is_async else ""
    loop = "wait_async" if is_async else "wait_sync"
    success = " or ".join(repr(s) for s in waiter.success)
    failure = ", ".join(repr(s) for s in waiter.failure)
    progress = f"Callable[[{returned}], object]"
    awaited = " (awaited if it returns an awaitable)" if is_async else ""
    doc = (
        f"Poll ``{waiter.get}`` until the {waiter.resource}'s ``{waiter.field}`` is {success}; return it.\n\n"
        f"Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).\n"
        f"``on_progress`` is called with each read{awaited}.\n\n"
        "Raises:\n"
        f"    ResourceFailedError: the {waiter.field} became {failure} (terminal).\n"
        f"    WaitTimeoutError: still not {success} after ``timeout`` seconds"
        f"{'; cancelling the task stops waiting too' if is_async else ''}.\n"
        "    APIStatusError: a read failed (after the client's retries)."
    )
    spec = f"WaitSpec({waiter.resource!r}, {waiter.field!r}, {waiter.success!r}, {waiter.failure!r})"
    return (
        f"    {a}def {waiter.name}(\n"
        f"        self,\n"
        f"        {arg.name}: {_t(arg.type_expr)},\n"
        "        *,\n"
        "        timeout: float = DEFAULT_WAIT_TIMEOUT,\n"
        "        poll_interval: float = DEFAULT_POLL_INTERVAL,\n"
        f"        on_progress: {progress} | None = None,\n"
        f"    ) -> {returned}:\n" + _docstring(doc, "        ") + f"        return {aw}{loop}(\n"
        f"            lambda: self.{getter.name}({arg.name}),\n"
        f"            {spec},\n"
        f"            {arg.name},\n"
        "            timeout=timeout,\n"
        "            poll_interval=poll_interval,\n"
        "            on_progress=on_progress,\n"
        "        )\n"
    )


def _class_name(node: Namespace, is_async: bool, raw: bool = False) -> str:
    return ("Async" if is_async else "") + node.class_name + ("WithRawResponse" if raw else "")


def _render_namespace(node: Namespace, is_async: bool) -> str:
    base = "AsyncAPIResource" if is_async else "SyncAPIResource"
    cls = _class_name(node, is_async)
    raw_cls = _class_name(node, is_async, raw=True)
    out = []
    has_methods = bool(node.methods)
    if has_methods:
        out.append(f"class {raw_cls}({base}):\n")
        doc = f"``{node.accessor}.with_raw_response``: every method returns the ApiResult."
        out.append(_docstring(doc, "    "))
        for method in node.methods:
            out.append("\n" + _render_raw_method(method, is_async, raw_cls))
        out.append("\n\n")
    out.append(f"class {cls}({base}):\n")
    paths = sorted({m.op.path for m in node.methods})
    summary = f"``{node.accessor}``" + (": " + ", ".join(f"``{p}``" for p in paths) if paths else "")
    out.append(_docstring(summary, "    "))
    if has_methods:
        out.append(
            "\n    @cached_property\n"
            f"    def with_raw_response(self) -> {raw_cls}:\n"
            '        """The same methods, returning the :class:`ApiResult` instead of raising."""\n'
            f"        return {raw_cls}(self._client)\n"
        )
    for attr, child in node.children.items():
        child_cls = _class_name(child, is_async)
        out.append(
            "\n    @cached_property\n"
            f"    def {attr}(self) -> {child_cls}:\n"
            f'        """``{child.accessor}``"""\n'
            f"        return {child_cls}(self._client)\n"
        )
    for method in node.methods:
        out.append("\n" + _render_method(method, is_async))
    for waiter, getter in node.waiters:
        out.append("\n" + _render_waiter(waiter, getter, is_async))
    return "".join(out)


def render_resources(
    document: dict[str, Any],
    operations: list[Operation],
    models: TypeRegistry,
    dicts: TypeRegistry,
) -> dict[str, str]:
    """``resources/<name>.py`` per top-level namespace: its sync and async classes side by side."""
    root = collect_namespaces(operations, models, dicts)
    clash = {_class_name(n, a) for n in _walk(root) for a in (False, True)} & models.taken
    if clash:
        raise ValueError(f"namespace classes clash with generated types: {sorted(clash)}")
    files = {"resources/__init__.py": header(document, _RESOURCES_DOC, lazy_annotations=False)}
    for attr, child in root.children.items():
        files[f"resources/{attr}.py"] = _render_resource_module(document, child)
    return files


_RESOURCES_DOC = (
    "Resource namespaces: ``client.projects.list()`` and the rest, one module per top-level namespace.\n\n"
    "Names come from the paths: ``/v1/projects/{projectId}/databases`` is\n"
    "``client.projects.databases``; GET of a collection is ``list``, POST ``create``, GET of an item\n"
    "``retrieve``, PATCH/PUT ``update``, DELETE ``delete``; a POST to an action is the action\n"
    "(``client.connections.rotate(connection_id)``). Path parameters are positional; query, header\n"
    "and body parameters keyword-only, in snake_case. Methods return the payload (a body's ``data``)\n"
    "and raise ``APIStatusError`` subclasses; ``.with_raw_response`` gives the ``ApiResult`` instead.\n\n"
    "Each module is imported when its namespace is first used (``_generated/resource_accessors.py``)."
)


def _render_resource_module(document: dict[str, Any], top: Namespace) -> str:
    nodes = _walk(top)
    body = []
    names = []
    for is_async in (False, True):
        for node in nodes:
            body.append("\n\n" + _render_namespace(node, is_async))
            names.append(_class_name(node, is_async))
            if node.methods:
                names.append(_class_name(node, is_async, raw=True))
    text = "".join(body)
    words = code_names(text)

    def used(*candidates: str) -> str:
        return ", ".join(c for c in candidates if c in words)

    title = f"``{top.accessor}`` and its sub-namespaces, sync and async. See ``resources/__init__.py``."
    out = [header(document, title)]
    out.append("import builtins\n" if "builtins" in words else "")
    out.append("from collections.abc import Callable\n" if "Callable" in words else "")
    out.append("from functools import cached_property\n")
    typing_names = ["TYPE_CHECKING", *(n for n in ("Any", "Literal") if n in words)]
    out.append(f"from typing import {', '.join(typing_names)}\n\n")
    if "deprecated" in words:
        out.append("from typing_extensions import deprecated\n\n")
    imports = [
        ("..._ndjson", used("AsyncNdjsonStream", "NdjsonStream")),
        ("..._pagination", used("AsyncPager", "SyncPager")),
        (
            "..._polling",
            used("DEFAULT_POLL_INTERVAL", "DEFAULT_WAIT_TIMEOUT", "WaitSpec", "wait_async", "wait_sync"),
        ),
        (
            "..._resource",
            used(
                "NOT_GIVEN",
                "AsyncAPIResource",
                "NotGiven",
                "SyncAPIResource",
                "body_of",
                "raise_for_status",
                "unwrap",
                "unwrap_data",
            ),
        ),
        ("..._result", used("ApiResult")),
        ("..._types", used("HeadersArg", "TimeoutArg")),
    ]
    out.extend(f"from {module} import {found}\n" for module, found in imports if found)
    out.append("\nif TYPE_CHECKING:\n")
    out.append("    from ..params import *  # noqa: F403\n    from ..types import *  # noqa: F403\n")
    out.append(text)
    out.append("\n\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(names)) + "]\n")
    return "".join(out)


def render_resource_accessors(
    document: dict[str, Any], operations: list[Operation], models: TypeRegistry, dicts: TypeRegistry
) -> str:
    """The clients' namespace properties; the namespaces' module is imported on first access."""
    root = collect_namespaces(operations, models, dicts)
    out = [header(document, "The clients' resource namespaces, built (and imported) on first access.")]
    out.append(
        "from typing import TYPE_CHECKING\n\n"
        "from .._resource import resource_namespace\n\n"
        "if TYPE_CHECKING:\n"
    )
    for attr, child in root.children.items():
        classes = ", ".join(_class_name(child, is_async) for is_async in (False, True))
        out.append(f"    from .resources.{attr} import {classes}\n")
    for is_async in (False, True):
        cls = "AsyncResources" if is_async else "SyncResources"
        out.append(f"\n\nclass {cls}:\n")
        out.append(
            _docstring(
                f"Mixed into the {'async ' if is_async else ''}client: one property per top-level "
                "namespace of the API.",
                "    ",
            )
        )
        for attr, child in root.children.items():
            child_cls = _class_name(child, is_async)
            paths = sorted({m.op.path for n in _walk(child) for m in n.methods})
            out.append(
                "\n    @property\n"
                f"    def {attr}(self) -> {child_cls}:\n"
                + _docstring(
                    f"``{child.accessor}``: {', '.join(f'``{p}``' for p in paths[:3])}"
                    + (", ..." if len(paths) > 3 else ""),
                    "        ",
                )
                + f'        return resource_namespace(self, "resources.{attr}", "{child_cls}")\n'
            )
    out.append('\n\n__all__ = ["AsyncResources", "SyncResources"]\n')
    return "".join(out)
