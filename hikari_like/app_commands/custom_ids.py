"""custom_id patterns: literal text with typed captures, read from and written into component IDs.

A button's or a modal's `custom_id` is the only state Discord hands back when it is used, so a
route that carries its data in the ID (``"role:{role_id:int}"``) needs no storage: it works after
a restart and on every worker.

```python
pattern = CustomIdPattern.parse("role:{role_id:int}")
custom_id = pattern.format(role_id=123)  # "role:123"
pattern.match(custom_id)  # {"role_id": 123}
pattern.match("role:abc")  # None: "abc" is not an int
```

Syntax: ``{name}`` captures text, ``{name:conv}`` converts it (`str`, `int`, `float`, `bool`,
`snowflake`); ``{{`` and ``}}`` are literal braces. A capture runs to the first occurrence of the
literal text that follows it (at least one character); the last capture takes the rest.
"""

from __future__ import annotations

__all__ = ["MAX_CUSTOM_ID_LENGTH", "CustomIdPattern"]

import functools
import inspect
import keyword
import math
import re
import types
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.app_commands import errors

if typing.TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Mapping

MAX_CUSTOM_ID_LENGTH: typing.Final = 100
"""The most characters Discord allows in a component's or a modal's custom_id."""

_FLOAT: typing.Final = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
# Every character of the pattern belongs to exactly one token, so a stray brace cannot hide.
_TOKEN: typing.Final = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]|[^{}]+")


@attrs.frozen
class _Converter:
    """How one capture type reads text from an ID and writes a value into one."""

    name: str
    type: type[typing.Any]
    read: Callable[[str], typing.Any]  # raises ValueError for text that is not a value
    write: Callable[[typing.Any], str]  # raises TypeError or ValueError for a value it cannot write


def _read_int(text: str) -> int:
    # `int()` alone would also take " 5", "+5", "5_000" and non-ASCII digits. String methods
    # rather than a regex: this runs on every button press.
    digits = text[1:] if text[:1] == "-" else text
    if digits.isdigit() and digits.isascii():
        return int(text)  # raises ValueError past Python's digit limit, which reads as no match
    raise ValueError(text)


def _read_float(text: str) -> float:
    value = float(text) if _FLOAT.fullmatch(text) else math.nan
    if not math.isfinite(value):  # "1e999" is infinite: nothing `format` could have written
        raise ValueError(text)
    return value


def _read_bool(text: str) -> bool:
    if text not in {"0", "1"}:
        raise ValueError(text)
    return text == "1"


def _expect(value: object, kind: type[typing.Any] | tuple[type[typing.Any], ...], what: str) -> None:
    if isinstance(value, bool) and kind is not bool:
        raise TypeError(f"expects {what}, got a bool")
    if not isinstance(value, kind):
        raise TypeError(f"expects {what}, got {value!r} ({type(value).__name__})")


def _write_str(value: object) -> str:
    _expect(value, str, "a str")
    text = str.__str__(typing.cast("str", value))  # a str enum writes its value, not its name
    if not text:
        raise ValueError("cannot be empty (a capture matches at least one character)")
    return text


def _write_int(value: object) -> str:
    _expect(value, int, "an int")
    return str(int(typing.cast("int", value)))


def _write_float(value: object) -> str:
    _expect(value, (int, float), "a float")
    number = float(typing.cast("float", value))
    if not math.isfinite(number):
        raise ValueError(f"must be finite, got {number!r}")
    return repr(number)


def _write_bool(value: object) -> str:
    _expect(value, bool, "a bool")
    return "1" if value else "0"


def _write_snowflake(value: object) -> str:
    if isinstance(value, snowflakes.Unique) and not isinstance(value, int):
        value = value.id  # a user, role, channel...: its ID
    _expect(value, int, "an ID (an int or an object with an `id`)")
    number = int(typing.cast("int", value))
    if not 0 <= number <= snowflakes.MAX_SNOWFLAKE:
        raise ValueError(f"is not an ID (IDs are from 0 to 2**64 - 1), got {number}")
    return str(number)


_CONVERTERS: typing.Final[Mapping[str, _Converter]] = types.MappingProxyType(
    {
        "str": _Converter(name="str", type=str, read=str, write=_write_str),
        "int": _Converter(name="int", type=int, read=_read_int, write=_write_int),
        "float": _Converter(name="float", type=float, read=_read_float, write=_write_float),
        "bool": _Converter(name="bool", type=bool, read=_read_bool, write=_write_bool),
        "snowflake": _Converter(
            name="snowflake", type=snowflakes.Snowflake, read=snowflakes.parse, write=_write_snowflake
        ),
    }
)


def _split(pattern: str) -> tuple[tuple[str, ...], tuple[tuple[str, _Converter], ...]]:
    """The literal texts around the captures (one more than there are captures) and the captures."""
    literals: list[str] = [""]
    captures: dict[str, _Converter] = {}
    for token in _TOKEN.finditer(pattern):
        text, spec = token.group(), token.group(1)
        if spec is not None:
            name, converter = _capture(pattern, spec)
            if name in captures:
                raise errors.DeclarationError(f"custom_id pattern {pattern!r} captures {name!r} twice")
            if captures and not literals[-1]:
                raise errors.DeclarationError(
                    f"custom_id pattern {pattern!r}: {{{name}}} follows another capture with no literal"
                    " text between them, so where one ends is ambiguous"
                )
            captures[name] = converter
            literals.append("")
        elif text in {"{", "}"}:
            raise errors.DeclarationError(
                f"custom_id pattern {pattern!r} has an unbalanced {text!r}"
                f" (write {text * 2!r} for a literal one)"
            )
        else:
            literals[-1] += text[0] if text in {"{{", "}}"} else text
    return tuple(literals), tuple(captures.items())


def _capture(pattern: str, spec: str) -> tuple[str, _Converter]:
    name, colon, converter_name = spec.partition(":")
    if not name.isidentifier() or keyword.iskeyword(name):
        raise errors.DeclarationError(
            f"custom_id pattern {pattern!r}: {name!r} is not a capture name"
            " (it must be a Python identifier, not a keyword)"
        )
    converter = _CONVERTERS.get(converter_name if colon else "str")
    if converter is None:
        known = ", ".join(_CONVERTERS)
        raise errors.DeclarationError(
            f"custom_id pattern {pattern!r}: {{{spec}}} has an unknown converter {converter_name!r}"
            f" (known: {known})"
        )
    return name, converter


def _compile(literals: tuple[str, ...]) -> re.Pattern[str]:
    # Each capture but the last is held in an atomic group with the literal after it: it ends at
    # the first occurrence of that literal and is never reconsidered, so matching stays linear in
    # the length of the ID whatever a hostile ID holds. The last one is greedy: it takes the rest.
    middle = "".join(f"(?>(.+?){re.escape(literal)})" for literal in literals[1:-1])
    return re.compile(re.escape(literals[0]) + middle + "(.+)" + re.escape(literals[-1]), re.DOTALL)


@attrs.frozen
class CustomIdPattern:
    """A custom_id template: literal text with typed captures, e.g. ``"role:{role_id:int}"``.

    Built from its text (`CustomIdPattern.parse(text)` or `CustomIdPattern(text)`), which is
    checked at once: a mistake raises `DeclarationError` quoting the pattern. Two patterns are
    equal when their texts are.

    ```python
    pattern = CustomIdPattern.parse("vote:{poll:snowflake}:{choice:int}")
    pattern.captures  # {"poll": Snowflake, "choice": int}
    pattern.prefix  # "vote:"
    pattern.match("vote:80351110224678912:2")  # {"poll": 80351110224678912, "choice": 2}
    ```
    """

    pattern: str
    """The text the pattern was declared with."""
    captures: Mapping[str, type[typing.Any]] = attrs.field(init=False, eq=False, repr=False)
    """Each capture's name and the type its value has, in the order they appear."""
    _literals: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    _converters: tuple[tuple[str, _Converter], ...] = attrs.field(init=False, eq=False, repr=False)
    # Each capture's name, reader and regex group: all `match` needs, in the form it reads fastest.
    _readers: tuple[tuple[str, Callable[[str], typing.Any], int], ...] = attrs.field(
        init=False, eq=False, repr=False
    )
    _regex: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        text: object = self.pattern  # typed as str, but a decorator's caller may pass anything
        if not isinstance(text, str) or not text:
            raise errors.DeclarationError(f"a custom_id pattern is a non-empty str, got {self.pattern!r}")
        literals, converters = _split(self.pattern)
        shortest = sum(map(len, literals)) + len(converters)
        if shortest > MAX_CUSTOM_ID_LENGTH:
            raise errors.DeclarationError(
                f"custom_id pattern {self.pattern!r} makes IDs of at least {shortest} characters;"
                f" Discord allows {MAX_CUSTOM_ID_LENGTH}"
            )
        captures = types.MappingProxyType({name: converter.type for name, converter in converters})
        object.__setattr__(self, "captures", captures)
        object.__setattr__(self, "_literals", literals)
        object.__setattr__(self, "_converters", converters)
        readers = tuple(
            (name, converter.read, group) for group, (name, converter) in enumerate(converters, 1)
        )
        object.__setattr__(self, "_readers", readers)
        object.__setattr__(self, "_regex", _compile(literals) if converters else None)

    @classmethod
    def parse(cls, pattern: str) -> CustomIdPattern:
        """Read a pattern's text; raises `DeclarationError` (quoting it) if it is not a valid one.

        ```python
        CustomIdPattern.parse("page:{number:int}")
        CustomIdPattern.parse("page:{number:integer}")  # DeclarationError: unknown converter
        ```
        """
        return cls(pattern)

    @property
    def is_static(self) -> bool:
        """Whether the pattern has no captures: it matches exactly one custom_id, its own text."""
        return self._regex is None

    @property
    def prefix(self) -> str:
        """The literal text before the first capture (braces unescaped); all of it when static.

        ```python
        CustomIdPattern.parse("{{x}}:{n:int}").prefix  # "{x}:"
        ```
        """
        return self._literals[0]

    @property
    def literals(self) -> tuple[str, ...]:
        """The literal texts around the captures, braces unescaped: one more than there are captures.

        Two patterns with the same literals and converters match the same custom_ids.

        ```python
        CustomIdPattern.parse("a:{x:int}:b").literals  # ("a:", ":b")
        ```
        """
        return self._literals

    @property
    def converters(self) -> tuple[str, ...]:
        """The converter name of each capture, in order (``"str"`` where none was written)."""
        return tuple(converter.name for _, converter in self._converters)

    def match(self, custom_id: str) -> dict[str, typing.Any] | None:
        """The captured values if `custom_id` fits the pattern, else `None`; never raises.

        A capture whose text does not convert (``"role:abc"`` for an int capture) is no match.

        ```python
        CustomIdPattern.parse("role:{role_id:int}").match("role:42")  # {"role_id": 42}
        ```
        """
        if self._regex is None:
            return {} if custom_id == self._literals[0] else None
        found = self._regex.fullmatch(custom_id)
        if found is None:
            return None
        values: dict[str, typing.Any] = {}
        try:
            for name, read, group in self._readers:
                values[name] = read(found[group])
        except ValueError:
            return None
        return values

    def format(self, /, **values: typing.Any) -> str:
        """Write a custom_id from a value for each capture, one that `match` reads back unchanged.

        Raises `ValueError` for a missing or unknown name, a value that would not read back (an
        empty str, or one holding the literal text that ends its capture) or an ID over 100
        characters; `TypeError` for a value of the wrong type.

        ```python
        CustomIdPattern.parse("role:{role_id:int}").format(role_id=42)  # "role:42"
        ```
        """
        self._check_names(values)
        texts = [self._write(name, converter, values[name]) for name, converter in self._converters]
        custom_id = self._literals[0] + "".join(
            text + literal for text, literal in zip(texts, self._literals[1:], strict=True)
        )
        self._check_reads_back(custom_id, texts)
        if len(custom_id) > MAX_CUSTOM_ID_LENGTH:
            raise ValueError(
                f"custom_id {custom_id[:40]!r}... is {len(custom_id)} characters long;"
                f" Discord allows {MAX_CUSTOM_ID_LENGTH}"
            )
        return custom_id

    def check_handler(self, handler: Callable[..., typing.Any], *, skip: int = 1) -> None:
        """Check that `handler` can take this pattern's captures; raises `DeclarationError` if not.

        After its first `skip` positional parameters (the context), every capture must be a
        parameter of the same name (or go to ``**kwargs``) and every other parameter must have a
        default. An annotated capture parameter must accept the capture's type: ``role_id: int``
        for an int capture, `Snowflake` or `int` for a snowflake one.

        ```python
        async def give_role(ctx: ComponentContext, role_id: int) -> None: ...

        CustomIdPattern.parse("role:{role_id:int}").check_handler(give_role)  # fine
        CustomIdPattern.parse("role:{role:snowflake}").check_handler(give_role)  # DeclarationError
        ```
        """
        _HandlerCheck(self, handler).run(skip)

    def _check_names(self, values: Mapping[str, object]) -> None:
        missing = [name for name in self.captures if name not in values]
        unknown = [name for name in values if name not in self.captures]
        if missing or unknown:
            problems = [f"missing {', '.join(missing)}"] * bool(missing)
            problems += [f"unknown {', '.join(unknown)}"] * bool(unknown)
            expected = ", ".join(self.captures) or "no values"
            raise ValueError(f"custom_id {self.pattern!r} takes {expected}: {'; '.join(problems)}")

    def _write(self, name: str, converter: _Converter, value: object) -> str:
        try:
            return converter.write(value)
        except (TypeError, ValueError) as error:
            raise type(error)(f"custom_id {self.pattern!r}: {{{name}:{converter.name}}} {error}") from None

    def _check_reads_back(self, custom_id: str, texts: list[str]) -> None:
        if self._regex is None:
            return
        found = self._regex.fullmatch(custom_id)
        read = found.groups() if found else (None,) * len(texts)
        for (name, _), text, got, after in zip(
            self._converters, texts, read, self._literals[1:], strict=True
        ):
            if got != text:
                raise ValueError(
                    f"custom_id {self.pattern!r}: {name}={text!r} would read back as {got!r}"
                    f" (a capture ends at the first {after!r} after it)"
                )


_POSITIONAL: typing.Final = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
_VARIADIC: typing.Final = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


@attrs.frozen
class _HandlerCheck:
    """`CustomIdPattern.check_handler`'s work, split into one question per method."""

    pattern: CustomIdPattern
    handler: Callable[..., typing.Any]

    @property
    def name(self) -> str:
        return str(getattr(self.handler, "__qualname__", repr(self.handler)))

    def run(self, skip: int) -> None:
        try:
            signature = inspect.signature(self.handler)
        except (TypeError, ValueError) as error:
            raise errors.DeclarationError(f"cannot read the signature of {self.name}: {error}") from None
        parameters = self._after_context(list(signature.parameters.values()), skip)
        named = {parameter.name: parameter for parameter in parameters if parameter.kind not in _VARIADIC}
        takes_any = any(parameter.kind is inspect.Parameter.VAR_KEYWORD for parameter in parameters)
        for capture, produced in self.pattern.captures.items():
            parameter = named.get(capture)
            if parameter is not None:
                self._check_capture(parameter, produced)
            elif not takes_any:
                raise errors.DeclarationError(
                    f"{self.name} has no parameter {capture!r} for the capture {{{capture}}}"
                    f" of custom_id pattern {self.pattern.pattern!r}"
                )
        for parameter in named.values():
            if parameter.name not in self.pattern.captures and parameter.default is inspect.Parameter.empty:
                raise errors.DeclarationError(
                    f"{self.name}'s parameter {parameter.name!r} is not a capture of custom_id pattern"
                    f" {self.pattern.pattern!r}, so it needs a default"
                )

    def _after_context(self, parameters: list[inspect.Parameter], skip: int) -> list[inspect.Parameter]:
        taken = 0
        while taken < skip and taken < len(parameters) and parameters[taken].kind in _POSITIONAL:
            taken += 1
        rest = parameters[taken:]
        if taken < skip and not (rest and rest[0].kind is inspect.Parameter.VAR_POSITIONAL):
            raise errors.DeclarationError(
                f"{self.name} must take {skip} positional parameter(s) first (the context), it takes {taken}"
            )
        return rest

    def _check_capture(self, parameter: inspect.Parameter, produced: type[typing.Any]) -> None:
        if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise errors.DeclarationError(
                f"{self.name}'s parameter {parameter.name!r} is positional-only,"
                " but captures are passed by name"
            )
        if parameter.annotation is inspect.Parameter.empty:
            return
        annotation = self._resolve(parameter)
        if not _accepts(annotation, produced):
            raise errors.DeclarationError(
                f"{self.name}'s parameter {parameter.name!r} is annotated {_type_name(annotation)}, but the"
                f" capture {{{parameter.name}}} of custom_id pattern {self.pattern.pattern!r} gives"
                f" {_type_name(produced)}"
            )

    def _resolve(self, parameter: inspect.Parameter) -> object:
        # One annotation at a time through `typing.get_type_hints` (which evaluates the strings
        # `from __future__ import annotations` leaves and strips `Annotated`), so that a context
        # annotation imported only for type checkers does not stop the captures being checked.
        def holder() -> None: ...

        holder.__annotations__ = {"value": parameter.annotation}
        try:
            return typing.get_type_hints(holder, globalns=_globals_of(self.handler))["value"]
        except (
            Exception
        ) as error:  # what evaluating user text raises is open-ended: NameError, SyntaxError...
            raise errors.DeclarationError(
                f"cannot read the annotation {parameter.annotation!r} of {self.name}'s parameter"
                f" {parameter.name!r}: {type(error).__name__}: {error}"
            ) from None


def _globals_of(handler: Callable[..., typing.Any]) -> dict[str, typing.Any]:
    target: object = inspect.unwrap(handler)
    while isinstance(target, functools.partial):
        target = inspect.unwrap(target.func)
    namespace = getattr(target, "__globals__", None)
    if namespace is None:  # an instance of a class with `__call__`: that method's module
        call = next(
            (kind.__dict__["__call__"] for kind in type(target).__mro__ if "__call__" in kind.__dict__), None
        )
        namespace = getattr(call, "__globals__", {})
    return typing.cast("dict[str, typing.Any]", namespace)


def _accepts(annotation: object, produced: type[typing.Any]) -> bool:
    if annotation is typing.Any or annotation is object:
        return True
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(_accepts(member, produced) for member in typing.get_args(annotation))
    return isinstance(annotation, type) and issubclass(produced, annotation)


def _type_name(annotation: object) -> str:
    return annotation.__name__ if isinstance(annotation, type) else repr(annotation)
