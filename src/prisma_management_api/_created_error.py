"""An exception raised after a database was created, given that database's credentials.

Why a subclass made at run time, and not a wrapper or one hand-written class per error: code
written for today's errors catches ``APIConnectionError``, ``NotFoundError``, its own callback's
exception... A wrapper would slip past those ``except`` clauses; a fixed set of subclasses could
not cover a callback's exception. A subclass of both the original class and
:class:`DatabaseCreatedError` is caught by either, and type checkers see ``credentials`` on the
latter. The copy keeps the original's name, ``args``, attributes (those of ``__slots__`` and the
fields of C classes, such as ``OSError.filename``, too), chaining and traceback, so a traceback
reads as before (plus where the credentials are).
"""

from __future__ import annotations

import contextlib
import pickle
import types
from typing import TYPE_CHECKING, Any

from ._exceptions import DatabaseCreatedError

if TYPE_CHECKING:
    from ._database_credentials import DatabaseCredentials


# One subclass per original class, made once (a race makes two: harmless, one is kept).
_SUBCLASSES: dict[type[Exception], type[DatabaseCreatedError]] = {}


def _subclass(original: type[Exception]) -> type[DatabaseCreatedError]:
    made = _SUBCLASSES.get(original)
    if made is not None:
        return made
    namespace = {
        "__module__": original.__module__,
        "__qualname__": original.__qualname__,
        "__doc__": original.__doc__,
        "kept_from": original,
    }
    # DatabaseCreatedError first: its __str__ and __reduce__ wrap the original's.
    made = type(original.__name__, (DatabaseCreatedError, original), namespace)
    return _SUBCLASSES.setdefault(original, made)


def _members(cls: type) -> dict[str, Any]:
    """The descriptors of what an instance of ``cls`` holds outside its ``__dict__``: the fields of
    C classes (``OSError.filename``, ``UnicodeError.reason``, ``AttributeError.name``...) and
    ``__slots__``. Neither ``args`` nor ``__dict__`` has them, so a copy must take them one by one.
    """
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):  # a subclass's field of one name wins
        if klass not in (BaseException, object):  # its own (chaining, traceback) are set apart
            members.update(
                (name, member)
                for name, member in vars(klass).items()
                if isinstance(member, types.MemberDescriptorType)
            )
    return members


def fields(error: BaseException) -> dict[str, Any]:
    """The values of ``error``'s fields outside its ``__dict__`` (see :func:`_members`)."""
    values: dict[str, Any] = {}
    for name, member in _members(type(error)).items():
        with contextlib.suppress(AttributeError):  # a slot never set
            values[name] = member.__get__(error, type(error))
    return values


def picklable_fields(error: BaseException) -> dict[str, Any]:
    """:func:`fields` that pickle: some never do, and Python's own pickling leaves them out too
    (an ``AttributeError``'s ``obj``, any object at all)."""
    values: dict[str, Any] = {}
    for name, value in fields(error).items():
        with contextlib.suppress(Exception):
            pickle.dumps(value)
            values[name] = value
    return values


def _copy(
    original: type[Exception], args: tuple[Any, ...], state: dict[str, Any], outside: dict[str, Any]
) -> DatabaseCreatedError:
    cls = _subclass(original)
    # __init__ is not called again (its signature is the original's own, and the attributes it
    # set are copied from the instance). args set again: OSError's __new__ (a WaitTimeoutError is
    # a TimeoutError) leaves them to an __init__ of its own.
    kept = cls.__new__(cls, *args)
    kept.args = args
    members = _members(cls)
    for name, value in outside.items():
        # Only what differs: a C field left unset reads None, and set to None it would show (an
        # OSError's filename2 as "-> None"). Read-only fields (an ExceptionGroup's exceptions)
        # were set by __new__ from args.
        with contextlib.suppress(AttributeError, KeyError):
            if getattr(kept, name, None) is not value:
                members[name].__set__(kept, value)
    kept.__dict__.update(state)
    return kept


def keep_credentials(error: Exception, credentials: DatabaseCredentials) -> DatabaseCreatedError:
    """``error`` as a :class:`DatabaseCreatedError` holding ``credentials``, of its own type too.

    Raise the answer outside the ``except`` block that caught ``error``: raised inside, Python
    would chain ``error`` to its own copy as its context.
    """
    # Already one (a callback's own call that failed): this call's credentials replace its own.
    original = error.kept_from if isinstance(error, DatabaseCreatedError) else None
    try:
        kept = _copy(original or type(error), error.args, dict(vars(error)), fields(error))
    except Exception:
        # A class that refuses to be subclassed or made without its __init__ (a C extension's):
        # a plain DatabaseCreatedError then, the original as its cause.
        kept = DatabaseCreatedError("the call failed after the database was created")
        kept.__cause__ = error
    else:
        kept.__cause__ = error.__cause__
        kept.__context__ = error.__context__
        kept.__suppress_context__ = error.__suppress_context__
        kept.__traceback__ = error.__traceback__
    kept.credentials = credentials
    return kept


def restore(
    original: type[Exception],
    args: tuple[Any, ...],
    state: dict[str, Any],
    outside: dict[str, Any] | None = None,
) -> DatabaseCreatedError:
    """Unpickling: the subclass made again (see ``DatabaseCreatedError.__reduce__``)."""
    return _copy(original, args, state, outside or {})
