"""custom_id patterns (parse, match, format, handler checks) and the route table that picks one."""

from __future__ import annotations

import enum
import functools
import random
import re
import typing

import attrs
import hypothesis
import pytest
from hypothesis import strategies

from hikari_like.app_commands.custom_ids import MAX_CUSTOM_ID_LENGTH
from hikari_like.app_commands.custom_ids import CustomIdPattern
from hikari_like.app_commands.errors import DeclarationError
from hikari_like.app_commands.route_table import RouteTable
from hikari_like.snowflakes import MAX_SNOWFLAKE
from hikari_like.snowflakes import Snowflake

if typing.TYPE_CHECKING:
    # Only for type checkers: at run time the name is missing, as a context annotation often is.
    from hikari_like.interactions.component_interactions import ComponentInteraction


def parse(text: str) -> CustomIdPattern:
    return CustomIdPattern.parse(text)


# --- parse -------------------------------------------------------------------------------------


def test_parse_reads_captures_in_order_with_their_types() -> None:
    pattern = parse("vote:{poll:snowflake}:{choice:int}:{weight:float}:{secret:bool}:{note}")

    assert list(pattern.captures.items()) == [
        ("poll", Snowflake),
        ("choice", int),
        ("weight", float),
        ("secret", bool),
        ("note", str),
    ]
    assert pattern.converters == ("snowflake", "int", "float", "bool", "str")
    assert pattern.literals == ("vote:", ":", ":", ":", ":", "")
    assert pattern.prefix == "vote:"
    assert not pattern.is_static


def test_captures_cannot_be_changed() -> None:
    pattern = parse("role:{role_id:int}")

    with pytest.raises(TypeError):
        pattern.captures["other"] = str  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        pattern.pattern = "other"  # type: ignore[misc]


def test_a_pattern_without_captures_is_static_and_all_prefix() -> None:
    pattern = parse("settings:close")

    assert pattern.is_static
    assert pattern.prefix == "settings:close"
    assert dict(pattern.captures) == {}
    assert pattern.match("settings:close") == {}
    assert pattern.match("settings:close ") is None
    assert pattern.format() == "settings:close"


def test_doubled_braces_are_literal_braces() -> None:
    pattern = parse("{{json}}:{key}:}}")

    assert pattern.prefix == "{json}:"
    assert pattern.literals == ("{json}:", ":}")
    assert pattern.match("{json}:name:}") == {"key": "name"}
    assert pattern.format(key="k") == "{json}:k:}"
    assert parse("{{}}").is_static
    assert parse("{{}}").match("{}") == {}


def test_patterns_are_equal_by_text_and_hashable() -> None:
    assert parse("role:{id:int}") == parse("role:{id:int}")
    assert parse("role:{id}") != parse("role:{id:str}")  # the same matches, but not the same text
    assert len({parse("a:{x}"), parse("a:{x}"), parse("b:{x}")}) == 2
    assert CustomIdPattern("a:{x}") == parse("a:{x}")
    assert repr(parse("a:{x}")) == "CustomIdPattern(pattern='a:{x}')"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "non-empty"),
        ("role:{role_id:integer}", "unknown converter 'integer'"),
        ("role:{role_id:}", "unknown converter ''"),
        ("role:{role_id: int}", "unknown converter ' int'"),
        ("role:{1st}", "'1st' is not a capture name"),
        ("role:{}", "'' is not a capture name"),
        ("role:{role-id}", "'role-id' is not a capture name"),
        ("role:{class}", "'class' is not a capture name"),
        ("{a}:{a:int}", "captures 'a' twice"),
        ("role:{id", "unbalanced '{'"),
        ("role:id}", "unbalanced '}'"),
        ("role:{{id}", "unbalanced '}'"),
        ("role:{a{b}}", "unbalanced '{'"),
        ("{a}{b}", "ambiguous"),
        ("x:{a:int}{b:int}", "ambiguous"),
        ("x" * 101, "at least 101 characters"),
        ("x" * 100 + "{a}", "at least 101 characters"),
        ("{a}:{b}:" + "x" * 97, "at least 101 characters"),  # two captures of one character each
    ],
)
def test_parse_refuses_a_bad_pattern_quoting_it(text: str, complaint: str) -> None:
    with pytest.raises(DeclarationError) as caught:
        parse(text)

    assert complaint in str(caught.value)
    assert repr(text) in str(caught.value)


def test_a_declaration_error_is_a_type_error_and_a_non_str_pattern_is_one() -> None:
    with pytest.raises(TypeError, match="non-empty str"):
        parse(typing.cast("str", 42))


def test_a_pattern_as_long_as_discord_allows_is_fine() -> None:
    assert parse("x" * 100).is_static
    assert parse("x" * 99 + "{a}").format(a="y") == "x" * 99 + "y"


# --- match -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("custom_id", "expected"),
    [
        ("n:0", 0),
        ("n:42", 42),
        ("n:-3", -3),
        ("n:007", 7),
        ("n:abc", None),
        ("n:-", None),
        ("n:--5", None),
        ("n:5-", None),
        ("n:", None),
        ("n: 4", None),
        ("n:+4", None),
        ("n:4_000", None),
        ("n:\u0663", None),  # ARABIC-INDIC DIGIT THREE: a digit to int(), not in an ID we wrote
        ("n:1.5", None),
        ("n:" + "9" * 5000, None),  # past Python's int-from-text limit: no match, no exception
    ],
)
def test_an_int_capture_reads_ascii_decimal_integers_only(custom_id: str, expected: int | None) -> None:
    found = parse("n:{value:int}").match(custom_id)

    assert found == (None if expected is None else {"value": expected})


@pytest.mark.parametrize(
    ("custom_id", "expected"),
    [("f:1.5", 1.5), ("f:-0.25", -0.25), ("f:1e+20", 1e20), ("f:.5", 0.5), ("f:3", 3.0), ("f:2.", 2.0)],
)
def test_a_float_capture_reads_decimal_numbers(custom_id: str, expected: float) -> None:
    assert parse("f:{value:float}").match(custom_id) == {"value": expected}


@pytest.mark.parametrize("custom_id", ["f:nan", "f:inf", "f:-inf", "f:1e999", "f:1,5", "f:e5", "f:", "f:0x1"])
def test_a_float_capture_refuses_what_format_never_writes(custom_id: str) -> None:
    assert parse("f:{value:float}").match(custom_id) is None


@pytest.mark.parametrize(
    ("custom_id", "expected"), [("b:1", True), ("b:0", False), ("b:2", None), ("b:true", None)]
)
def test_a_bool_capture_reads_one_and_zero(custom_id: str, expected: bool | None) -> None:
    found = parse("b:{flag:bool}").match(custom_id)

    assert found == ({"flag": expected} if expected is not None else None)


def test_a_snowflake_capture_reads_ids_up_to_two_to_the_64() -> None:
    pattern = parse("u:{user:snowflake}")

    found = pattern.match(f"u:{MAX_SNOWFLAKE}")
    assert found == {"user": MAX_SNOWFLAKE}
    assert type(found["user"]) is Snowflake
    assert pattern.match("u:80351110224678912") == {"user": Snowflake(80351110224678912)}
    assert pattern.match(f"u:{MAX_SNOWFLAKE + 1}") is None
    assert pattern.match("u:" + "1" * 21) is None
    assert pattern.match("u:-1") is None
    assert pattern.match("u:12a") is None


def test_a_capture_ends_at_the_first_literal_after_it_and_the_last_takes_the_rest() -> None:
    pattern = parse("page:{a}:{b}")

    assert pattern.match("page:x:y") == {"a": "x", "b": "y"}
    assert pattern.match("page:x:y:z") == {"a": "x", "b": "y:z"}
    assert pattern.match("page:x") is None
    assert pattern.match("page:::y") == {"a": ":", "b": "y"}  # at least one character, then the literal
    assert pattern.match("page::y") is None
    assert pattern.match("page:x:") is None  # a str capture never matches an empty string


def test_a_trailing_literal_must_end_the_id() -> None:
    pattern = parse("[{a}|{b}]")

    assert pattern.match("[x|y]") == {"a": "x", "b": "y"}
    assert pattern.match("[x|y]]") == {"a": "x", "b": "y]"}
    assert pattern.match("[x|y") is None
    assert pattern.match("[x|]") is None


def test_a_capture_that_does_not_convert_is_no_match() -> None:
    assert parse("role:{role_id:int}").match("role:abc") is None
    assert parse("{a:int}:{b}").match("x:5") is None


def test_str_captures_take_unicode_and_newlines() -> None:
    pattern = parse("tag:{name}|{rest}")

    assert pattern.match("tag:日本\n語|🎉\x00") == {"name": "日本\n語", "rest": "🎉\x00"}


PATTERNS_FOR_HOSTILE_IDS = [
    "static",
    "role:{role_id:int}",
    "{a}:{b}:{c}:{d}:{e}:{f}",
    "{a:float}|{b:bool}|{c:snowflake}",
    "{{x}}{a}}}",
    "{only}",
    "a{x}a{y}a{z}a",
    "{n:int}|{m:float}|{s:snowflake}",
]


# IDs made of the patterns' own pieces reach far more of the matching code than random text does.
PIECES = strategies.sampled_from(
    ["role:", "static", "-", "|", ":", "0", "1", "e", ".", "a", "{", "}", "9" * 25]
)
HOSTILE_IDS = strategies.text(max_size=120) | strategies.lists(PIECES, max_size=30).map("".join)


@hypothesis.settings(max_examples=500, deadline=None, derandomize=True)
@hypothesis.given(custom_id=HOSTILE_IDS)
def test_match_never_raises_on_any_text(custom_id: str) -> None:
    for text in PATTERNS_FOR_HOSTILE_IDS:
        found = parse(text).match(custom_id)

        assert found is None or set(found) == set(parse(text).captures)


def test_a_many_capture_pattern_answers_a_hostile_id_of_separators() -> None:
    pattern = parse("{a}:{b}:{c}:{d}:{e}:{f}:{g}:{h}:{i}:end")

    # The shape that makes a backtracking matcher try every split: it is linear here.
    assert pattern.match(":" * 100) is None
    assert pattern.match(":" * 10_000 + "x") is None
    assert pattern.match(":" * 18 + "end") == dict.fromkeys("abcdefgh", ":") | {"i": ":"}


# --- format ------------------------------------------------------------------------------------


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


@attrs.frozen
class Role:
    """A stand-in for any model with an `id` (a user, a role, a channel...)."""

    id: Snowflake


def test_format_writes_each_type_and_match_reads_it_back() -> None:
    pattern = parse("v:{poll:snowflake}:{choice:int}:{weight:float}:{secret:bool}:{note}")
    values = {
        "poll": Snowflake(80351110224678912),
        "choice": -2,
        "weight": 0.5,
        "secret": True,
        "note": "hi:you",
    }

    custom_id = pattern.format(**values)

    assert custom_id == "v:80351110224678912:-2:0.5:1:hi:you"
    assert pattern.match(custom_id) == values


def test_format_takes_models_enums_and_ints_where_they_mean_the_value() -> None:
    assert parse("r:{role:snowflake}").format(role=Role(id=Snowflake(55))) == "r:55"
    assert parse("r:{role:snowflake}").format(role=55) == "r:55"
    assert parse("c:{colour}").format(colour=Colour.RED) == "c:red"
    assert parse("l:{level:int}").format(level=Level.HIGH) == "l:3"
    assert parse("f:{x:float}").format(x=2) == "f:2.0"
    assert parse("b:{flag:bool}").format(flag=False) == "b:0"


def test_format_refuses_missing_and_unknown_names() -> None:
    pattern = parse("v:{a}:{b}")

    with pytest.raises(ValueError, match="takes a, b: missing b; unknown c"):
        pattern.format(a="x", c="y")
    with pytest.raises(ValueError, match="takes no values: unknown a"):
        parse("static").format(a=1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("{a}", 5),
        ("{a:int}", "5"),
        ("{a:int}", True),
        ("{a:int}", 1.0),
        ("{a:float}", "1"),
        ("{a:float}", True),
        ("{a:bool}", 1),
        ("{a:snowflake}", "123"),
        ("{a:snowflake}", False),
    ],
)
def test_format_refuses_a_value_of_the_wrong_type(text: str, value: object) -> None:
    with pytest.raises(TypeError, match=r"\{a:\w+\} expects"):
        parse(text).format(a=value)


@pytest.mark.parametrize(
    ("text", "value", "complaint"),
    [
        ("{a}", "", "cannot be empty"),
        ("{a:float}", float("nan"), "must be finite"),
        ("{a:float}", float("inf"), "must be finite"),
        ("{a:snowflake}", -1, "is not an ID"),
        ("{a:snowflake}", MAX_SNOWFLAKE + 1, "is not an ID"),
    ],
)
def test_format_refuses_a_value_it_cannot_write(text: str, value: object, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        parse(text).format(a=value)


@pytest.mark.parametrize(
    ("text", "values", "read_back"),
    [
        ("x:{a}:{b}", {"a": "1:2", "b": "3"}, "'1'"),
        ("x:{a}::{b}", {"a": "p:", "b": "q"}, "'p'"),  # "p:" + "::" puts the separator one early
        ("{a:int}5{b}", {"a": 15, "b": "x"}, "'1'"),
    ],
)
def test_format_refuses_a_value_that_would_not_read_back(
    text: str, values: dict[str, object], read_back: str
) -> None:
    with pytest.raises(ValueError, match=f"would read back as {read_back}"):
        parse(text).format(**values)


def test_format_refuses_an_id_over_discords_limit_saying_its_length() -> None:
    pattern = parse("big:{a}")

    assert len(pattern.format(a="x" * 96)) == MAX_CUSTOM_ID_LENGTH
    with pytest.raises(ValueError, match="is 101 characters long; Discord allows 100"):
        pattern.format(a="x" * 97)


def test_format_lets_a_capture_be_named_self() -> None:
    assert parse("s:{self}").format(self="me") == "s:me"


VALUE_STRATEGIES: dict[str, strategies.SearchStrategy[typing.Any]] = {
    "str": strategies.text(min_size=0, max_size=12) | strategies.sampled_from([":", "|", "::", "a"]),
    "int": strategies.integers(min_value=-(10**12), max_value=10**12),
    "float": strategies.floats(allow_nan=True, allow_infinity=True),
    "bool": strategies.booleans(),
    "snowflake": strategies.integers(min_value=-5, max_value=MAX_SNOWFLAKE + 5),
}


@hypothesis.settings(max_examples=300, deadline=None, derandomize=True)
@hypothesis.given(data=strategies.data())
@pytest.mark.parametrize("text", ["k:{a}:{b:int}|{c}", "{a:float}|{b:bool}:{c}", "{a}::{b:snowflake}:{c}:"])
def test_format_either_refuses_or_writes_what_match_reads_back(
    text: str, data: strategies.DataObject
) -> None:
    pattern = parse(text)
    values = {
        name: data.draw(VALUE_STRATEGIES[kind]) for name, kind in zip("abc", pattern.converters, strict=True)
    }

    try:
        custom_id = pattern.format(**values)
    except ValueError:
        return
    assert pattern.match(custom_id) == values
    assert len(custom_id) <= MAX_CUSTOM_ID_LENGTH


# --- check_handler -----------------------------------------------------------------------------


def test_check_handler_accepts_a_handler_taking_the_captures() -> None:
    async def give_role(ctx: ComponentInteraction, role_id: int, user: Snowflake, note: str = "") -> None: ...

    parse("role:{role_id:int}:{user:snowflake}").check_handler(give_role)


@pytest.mark.parametrize("annotation", ["int", "Snowflake", "int | None", "typing.Annotated[int, 'why']"])
def test_a_snowflake_capture_takes_these_annotations(annotation: str) -> None:
    async def handler(ctx: object, user: int) -> None: ...

    handler.__annotations__["user"] = annotation

    parse("u:{user:snowflake}").check_handler(handler)


@pytest.mark.parametrize("annotation", ["typing.Any", "object", "str | int"])
def test_any_annotation_that_takes_the_value_is_fine(annotation: str) -> None:
    async def handler(ctx: object, value: int) -> None: ...

    handler.__annotations__["value"] = annotation

    parse("v:{value:int}").check_handler(handler)


def test_an_unannotated_capture_parameter_is_accepted() -> None:
    async def handler(ctx, value):  # type: ignore[no-untyped-def]  # an untyped handler, as users write them
        ...

    parse("v:{value:float}").check_handler(handler)


@pytest.mark.parametrize(
    ("text", "annotation", "names"),
    [
        (
            "u:{user:snowflake}",
            "str",
            "annotated str, but the capture {user} of custom_id pattern 'u:{user:snowflake}' gives Snowflake",
        ),
        (
            "u:{user:int}",
            "Snowflake",
            "annotated Snowflake, but the capture {user} of custom_id pattern 'u:{user:int}' gives int",
        ),
        ("u:{user:int}", "float", "annotated float"),
        ("u:{user}", "int | None", "annotated int | None"),
        ("u:{user:float}", "int", "gives float"),
        ("u:{user}", "typing.Literal['a']", "annotated typing.Literal['a']"),
    ],
)
def test_check_handler_refuses_an_annotation_naming_handler_parameter_and_both_types(
    text: str, annotation: str, names: str
) -> None:
    async def on_press(ctx: object, user: object) -> None: ...

    on_press.__annotations__["user"] = annotation

    with pytest.raises(DeclarationError, match="on_press's parameter 'user' is ") as caught:
        parse(text).check_handler(on_press)
    assert "test_check_handler_refuses_an_annotation_naming_handler_parameter_and_both_types.<locals>" in str(
        caught.value
    )
    assert names in str(caught.value)


def test_check_handler_refuses_a_capture_with_no_parameter() -> None:
    async def handler(ctx: object, role: int) -> None: ...

    with pytest.raises(DeclarationError, match="has no parameter 'role_id' for the capture \\{role_id\\}"):
        parse("role:{role_id:int}").check_handler(handler)


def test_check_handler_refuses_another_parameter_without_a_default() -> None:
    async def handler(ctx: object, role_id: int, reason: str) -> None: ...

    with pytest.raises(
        DeclarationError, match=r"parameter 'reason' is not a capture .* so it needs a default"
    ):
        parse("role:{role_id:int}").check_handler(handler)


def test_kwargs_take_captures_and_args_take_the_context() -> None:
    async def by_kwargs(ctx: object, **captures: object) -> None: ...

    async def by_args(*args: object, role_id: int) -> None: ...

    parse("role:{role_id:int}").check_handler(by_kwargs)
    parse("role:{role_id:int}").check_handler(by_args)


def test_check_handler_refuses_a_positional_only_capture() -> None:
    async def handler(ctx: object, role_id: int, /) -> None: ...

    with pytest.raises(DeclarationError, match="'role_id' is positional-only"):
        parse("role:{role_id:int}").check_handler(handler)


def test_check_handler_skips_as_many_parameters_as_asked() -> None:
    async def two_first(client: object, ctx: object, role_id: int) -> None: ...

    async def none_first(*, role_id: int) -> None: ...

    async def no_context() -> None: ...

    parse("role:{role_id:int}").check_handler(two_first, skip=2)
    parse("role:{role_id:int}").check_handler(none_first, skip=0)
    with pytest.raises(DeclarationError, match="must take 1 positional parameter"):
        parse("static").check_handler(no_context)
    with pytest.raises(DeclarationError, match="must take 1 positional parameter"):
        parse("role:{role_id:int}").check_handler(none_first)


def test_check_handler_reads_methods_partials_and_callable_objects() -> None:
    class Handlers:
        async def on_role(self, ctx: object, role_id: int) -> None: ...

        async def __call__(self, ctx: object, role_id: Snowflake) -> None: ...

    async def with_guild(guild: int, ctx: object, role_id: int) -> None: ...

    pattern = parse("role:{role_id:snowflake}")
    pattern.check_handler(Handlers().on_role)
    pattern.check_handler(Handlers())
    pattern.check_handler(functools.partial(with_guild, 1))
    with pytest.raises(DeclarationError, match=re.escape("Handlers.on_role's parameter 'role_id'")):
        parse("role:{role_id:float}").check_handler(Handlers().on_role)


def test_an_annotation_that_cannot_be_read_is_an_error_but_only_for_a_capture() -> None:
    async def handler(ctx: ComponentInteraction, role_id: int) -> None: ...

    parse("role:{role_id:int}").check_handler(handler)  # the context's annotation is not evaluated

    handler.__annotations__["role_id"] = "NoSuchType"
    with pytest.raises(DeclarationError, match=r"cannot read the annotation 'NoSuchType' .* NameError"):
        parse("role:{role_id:int}").check_handler(handler)


def test_check_handler_refuses_what_has_no_signature() -> None:
    with pytest.raises(DeclarationError, match="cannot read the signature"):
        parse("x:{a}").check_handler(typing.cast("typing.Callable[..., typing.Any]", 42))


# --- RouteTable --------------------------------------------------------------------------------


def table_of(*texts: str) -> RouteTable[str]:
    table: RouteTable[str] = RouteTable()
    for text in texts:
        table.add(parse(text), text)
    return table


def test_find_answers_with_the_route_and_its_values() -> None:
    table = table_of("role:{role_id:int}", "page:{n:int}:{of:int}", "close")

    assert table.find("role:5") == ("role:{role_id:int}", {"role_id": 5})
    assert table.find("page:2:9") == ("page:{n:int}:{of:int}", {"n": 2, "of": 9})
    assert table.find("close") == ("close", {})
    assert table.find("closed") is None
    assert table.find("role:x") is None
    assert table.find("") is None


def test_a_static_id_wins_over_any_pattern_whatever_the_order() -> None:
    table = table_of("role:{what}", "{anything}", "role:cancel")

    assert table.find("role:cancel") == ("role:cancel", {})
    assert table.find("role:other") == ("role:{what}", {"what": "other"})


def test_the_longest_literal_prefix_wins_whatever_the_order() -> None:
    table = table_of("{anything}", "a{x}", "ab{x}", "abc:{x}")

    assert table.find("abc:1") == ("abc:{x}", {"x": "1"})
    assert table.find("abc") == ("ab{x}", {"x": "c"})
    assert table.find("ax") == ("a{x}", {"x": "x"})
    assert table.find("zzz") == ("{anything}", {"anything": "zzz"})


def test_with_the_same_prefix_the_first_declared_that_matches_wins() -> None:
    table = table_of("item:{id:int}", "item:{name}", "item:{a}:{b}")

    assert table.find("item:7") == ("item:{id:int}", {"id": 7})
    assert table.find("item:sword") == ("item:{name}", {"name": "sword"})
    assert table.find("item:x:y") == ("item:{name}", {"name": "x:y"})  # declared before "item:{a}:{b}"


def test_a_duplicate_pattern_is_a_declaration_error_naming_both() -> None:
    table = table_of("role:{role_id:int}", "close")

    with pytest.raises(DeclarationError, match=re.escape("'role:{role_id:int}'")):
        table.add(parse("role:{role_id:int}"), "again")
    with pytest.raises(
        DeclarationError,
        match=re.escape("'role:{id:int}' matches the same custom_ids as 'role:{role_id:int}'"),
    ):
        table.add(parse("role:{id:int}"), "renamed")
    with pytest.raises(DeclarationError, match="'close'"):
        table.add(parse("close"), "again")
    table.add(parse("role:{name}"), "another converter is another pattern")
    assert len(table) == 3


def test_remove_takes_a_route_out_and_refuses_what_is_not_routed() -> None:
    table = table_of("role:{role_id:int}", "role:{name}", "close", "x{a}")

    table.remove(parse("role:{role_id:int}"))
    table.remove(parse("close"))
    table.remove(parse("x{a}"))

    assert table.find("role:5") == ("role:{name}", {"name": "5"})
    assert table.find("close") is None
    assert table.find("xy") is None
    assert list(table) == ["role:{name}"]
    with pytest.raises(KeyError):
        table.remove(parse("close"))
    with pytest.raises(KeyError):
        table.remove(parse("role:{other}"))  # the same shape, but not the pattern that was added
    table.add(parse("close"), "back")
    assert table.find("close") == ("back", {})


def test_the_table_is_sized_iterable_and_knows_its_patterns() -> None:
    table = table_of("b:{x}", "a", "c:{y:int}")

    assert len(table) == 3
    assert list(table) == ["b:{x}", "a", "c:{y:int}"]
    assert [(pattern.pattern, route) for pattern, route in table.items()] == [
        ("b:{x}", "b:{x}"),
        ("a", "a"),
        ("c:{y:int}", "c:{y:int}"),
    ]
    assert parse("a") in table
    assert parse("b:{x}") in table
    assert parse("b:{z}") not in table
    assert "a" not in table
    assert repr(table) == "RouteTable(1 static, 2 patterns)"


def test_a_route_may_be_any_value_none_included() -> None:
    table: RouteTable[None] = RouteTable()
    table.add(parse("nothing"), None)

    assert table.find("nothing") == (None, {})
    assert table.find("else") is None


@hypothesis.settings(max_examples=300, deadline=None, derandomize=True)
@hypothesis.given(custom_id=HOSTILE_IDS)
def test_find_never_raises_on_any_text(custom_id: str) -> None:
    table = table_of(*PATTERNS_FOR_HOSTILE_IDS, "role:cancel", "ro{x:bool}")

    found = table.find(custom_id)

    assert found is None or found[0] in [*PATTERNS_FOR_HOSTILE_IDS, "role:cancel", "ro{x:bool}"]


# The precedence written out plainly, to check the indexed table against.
def reference_find(
    routes: list[CustomIdPattern], custom_id: str
) -> tuple[CustomIdPattern, dict[str, typing.Any]] | None:
    for pattern in routes:
        if pattern.is_static and pattern.pattern.replace("{{", "{").replace("}}", "}") == custom_id:
            return pattern, {}
    candidates = [
        pattern for pattern in routes if not pattern.is_static and custom_id.startswith(pattern.prefix)
    ]
    for pattern in sorted(candidates, key=lambda pattern: -len(pattern.prefix)):  # stable: declaration order
        values = pattern.match(custom_id)
        if values is not None:
            return pattern, values
    return None


def random_pattern(rng: random.Random) -> str:
    prefix = rng.choice(["", "a", "ab", "a:", "shop:", "shop:item:", ":", "x{{"]) + rng.choice(["", "b", "7"])
    if rng.random() < 0.2:
        return prefix + rng.choice(["", "close", ":1"]) or "static"
    parts = [prefix]
    for _ in range(rng.randint(1, 3)):
        name = f"c{len(parts)}"
        parts.append("{" + name + rng.choice(["", ":int", ":snowflake", ":bool", ":float"]) + "}")
        parts.append(rng.choice([":", "|", "-", ":x:"]))
    if rng.random() < 0.5:
        parts.pop()  # no trailing literal
    return "".join(parts)


SAMPLE_VALUES: dict[str, list[typing.Any]] = {
    "int": [0, -4, 12],
    "snowflake": [9, 80351110224678912],
    "bool": [True, False],
    "float": [0.5, 1e20],
    "str": ["z", "1", ":", "7|q"],
}


def random_id(rng: random.Random, routes: list[CustomIdPattern]) -> str:
    """Mostly IDs written by one of the routes (some cut short), the rest random text."""
    choice = rng.random()
    if choice >= 0.5:
        return "".join(rng.choice("ab:|-x7{}0.1shopitem") for _ in range(rng.randint(0, 14)))
    pattern = rng.choice(routes)
    kinds = zip(pattern.captures, pattern.converters, strict=True)
    try:
        custom_id = pattern.format(**{name: rng.choice(SAMPLE_VALUES[kind]) for name, kind in kinds})
    except ValueError:  # a str sample that holds its separator
        return pattern.prefix
    return custom_id[: rng.randint(0, len(custom_id))] if choice < 0.1 else custom_id


def test_five_hundred_routes_answer_as_the_precedence_says() -> None:
    rng = random.Random(20)
    table: RouteTable[CustomIdPattern] = RouteTable()
    routes: list[CustomIdPattern] = []
    while len(routes) < 500:
        pattern = parse(random_pattern(rng) + rng.choice(["", f"#{len(routes)}"]))
        try:
            table.add(pattern, pattern)
        except DeclarationError:
            continue  # the same shape drawn twice
        routes.append(pattern)

    ids = [random_id(rng, routes) for _ in range(3000)]

    assert len(table) == 500
    mismatches = [(custom_id, table.find(custom_id), reference_find(routes, custom_id)) for custom_id in ids]
    assert [m for m in mismatches if m[1] != m[2]] == []
    assert sum(found is not None for _, found, _ in mismatches) > 1000  # most ids did hit a route


def test_five_hundred_numbered_routes_each_find_their_own() -> None:
    table: RouteTable[int] = RouteTable()
    for number in range(500):
        table.add(parse(f"shop{number}:{{item:int}}"), number)
        table.add(parse(f"shop{number}:buy"), -number)

    for number in range(500):
        assert table.find(f"shop{number}:{number * 3}") == (number, {"item": number * 3})
        assert table.find(f"shop{number}:buy") == (-number, {})
    assert table.find("shop500:1") is None
    assert table.find("shop1") is None
