"""Forged modal submits for every modal component, checked against the shapes in Discord's
components reference ("... Interaction Response Structure" of each component) and interactions
reference ("Modal Submit Data Structure"): a Label carries `type`, `id` and `component`; each
answered component carries `type`, `id`, `custom_id` and its value field; what selects and
uploads point at sits in `data.resolved`."""

from __future__ import annotations

import json
import re
import typing

import pytest

from hikari_like.components import ComponentType
from hikari_like.testing import payloads

JSONObject = dict[str, typing.Any]
SNOWFLAKE = re.compile(r"^[1-9][0-9]{0,19}$")


def only_component(payload: JSONObject) -> JSONObject:
    (label,) = payload["data"]["components"]
    assert (label["type"], label["id"], set(label)) == (18, 1, {"type", "id", "component"})
    component: JSONObject = label["component"]
    assert component["id"] == 2
    return component


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (payloads.text_answer("subject", "Bug"), {"type": 4, "custom_id": "subject", "value": "Bug"}),
        (payloads.select_answer("sev", ["high"]), {"type": 3, "custom_id": "sev", "values": ["high"]}),
        (payloads.radio_answer("class", "warrior"), {"type": 21, "custom_id": "class", "value": "warrior"}),
        (payloads.radio_answer("class", None), {"type": 21, "custom_id": "class", "value": None}),
        (
            payloads.checkbox_group_answer("top", ["cheese", "olives"]),
            {"type": 22, "custom_id": "top", "values": ["cheese", "olives"]},
        ),
        (payloads.checkbox_group_answer("top", []), {"type": 22, "custom_id": "top", "values": []}),
        (payloads.checkbox_answer("agree", True), {"type": 23, "custom_id": "agree", "value": True}),
        (payloads.checkbox_answer("agree", False), {"type": 23, "custom_id": "agree", "value": False}),
    ],
)
def test_each_answer_sits_in_a_label_with_its_value_field(
    answer: payloads.ModalAnswer, expected: JSONObject
) -> None:
    payload = payloads.modal_submit("form", [answer])

    assert only_component(payload) == {"id": 2, **expected}
    assert "resolved" not in payload["data"]
    assert json.loads(json.dumps(payload)) == payload


@pytest.mark.parametrize(
    ("component_type", "category"),
    [
        (ComponentType.USER_SELECT_MENU, "users"),
        (ComponentType.ROLE_SELECT_MENU, "roles"),
        (ComponentType.CHANNEL_SELECT_MENU, "channels"),
        (ComponentType.MENTIONABLE_SELECT_MENU, "users"),
    ],
)
def test_entity_selects_resolve_their_values(component_type: ComponentType, category: str) -> None:
    answer = payloads.select_answer("pick", [101, "102"], component_type=component_type)
    data = payloads.modal_submit("form", [answer])["data"]

    assert only_component({"data": data})["values"] == ["101", "102"]  # snowflakes as strings
    assert set(data["resolved"][category]) == {"101", "102"}
    for object_id, entity in data["resolved"][category].items():
        assert entity["id"] == object_id


def test_user_select_in_a_guild_resolves_members_without_user_deaf_mute() -> None:
    answer = payloads.select_answer("who", [7], component_type=ComponentType.USER_SELECT_MENU)

    resolved = payloads.modal_submit("form", [answer])["data"]["resolved"]
    dm_resolved = payloads.modal_submit("form", [answer], guild=False)["data"]["resolved"]

    assert set(resolved) == {"users", "members"}
    assert not {"user", "deaf", "mute"} & set(resolved["members"]["7"])
    assert set(dm_resolved) == {"users"}


def test_mentionable_select_resolves_roles_it_is_told_about() -> None:
    answer = payloads.select_answer(
        "ping", [1, 2], component_type=ComponentType.MENTIONABLE_SELECT_MENU, role_ids=[2]
    )

    resolved = payloads.modal_submit("form", [answer])["data"]["resolved"]

    assert (set(resolved["users"]), set(resolved["roles"])) == ({"1"}, {"2"})


def test_file_upload_resolves_realistic_attachments() -> None:
    answer = payloads.file_upload_answer("evidence", ["bug.png", "log.txt"])
    data = payloads.modal_submit("form", [answer])["data"]

    component = only_component({"data": data})
    assert (component["type"], component["custom_id"]) == (19, "evidence")
    first, second = component["values"]
    attachments = data["resolved"]["attachments"]
    assert list(attachments) == [first, second]
    assert all(SNOWFLAKE.match(each) for each in attachments)
    image, text = attachments[first], attachments[second]
    assert (image["filename"], image["content_type"], image["ephemeral"]) == ("bug.png", "image/png", True)
    assert (image["width"], image["height"], image["placeholder_version"]) == (1280, 720, 1)
    assert image["url"].startswith("https://cdn.discordapp.com/ephemeral-attachments/")
    assert image["url"].split("?")[0].endswith(f"/{first}/bug.png")
    assert (text["content_type"], "width" in text) == ("text/plain", False)


def test_file_upload_ids_can_be_pinned() -> None:
    answer = payloads.file_upload_answer("f", ["a.pdf"], attachment_ids=[555])

    data = payloads.modal_submit("form", [answer])["data"]

    assert only_component({"data": data})["values"] == ["555"]
    assert data["resolved"]["attachments"]["555"]["content_type"] == "application/pdf"
    with pytest.raises(ValueError, match="one ID per filename"):
        payloads.file_upload_answer("f", ["a.pdf", "b.pdf"], attachment_ids=[1])


def test_components_are_numbered_in_order_with_text_displays_at_the_top_level() -> None:
    data = payloads.labelled_modal_submit(
        "rules",
        [
            payloads.text_display_answer(),
            payloads.checkbox_answer("agree", True),
            payloads.text_answer("a", "b"),
        ],
    )["data"]

    assert [(each["type"], each["id"]) for each in data["components"]] == [(10, 1), (18, 2), (18, 4)]
    assert data["components"][0] == {"type": 10, "id": 1}
    assert [each["component"]["id"] for each in data["components"][1:]] == [3, 5]


def test_raw_components_pass_through_for_types_yet_to_come() -> None:
    future = {"type": 99, "id": 40, "component": {"type": 98, "custom_id": "x", "value": [1]}}

    data = payloads.modal_submit("form", [payloads.text_answer("a", "b"), future])["data"]

    assert data["components"][1] == future
    assert data["components"][1] is not future


def test_resolved_overrides_replace_generated_entries() -> None:
    role = {"id": "9", "name": "Chosen"}
    answer = payloads.select_answer("r", [9], component_type=ComponentType.ROLE_SELECT_MENU)

    data = payloads.modal_submit("form", [answer], resolved={"roles": {"9": role}})["data"]

    assert data["resolved"]["roles"] == {"9": role}


def test_the_shorthands_keep_their_shapes() -> None:
    legacy = payloads.modal_submit("feedback", {"subject": "Bug"})["data"]
    labelled = payloads.labelled_modal_submit("report", {"reason": "spam", "severity": ["high"]})["data"]
    same = payloads.labelled_modal_submit(
        "report", [payloads.text_answer("reason", "spam"), payloads.select_answer("severity", ["high"])]
    )["data"]

    assert legacy["components"][0]["type"] == 1  # text inputs in action rows
    assert labelled == same


def test_seeded_answers_are_reproducible() -> None:
    answers = [
        payloads.file_upload_answer("f", ["a.png"]),
        payloads.select_answer("u", [3], component_type=ComponentType.USER_SELECT_MENU),
    ]

    assert payloads.modal_submit("form", answers, seed=3) == payloads.modal_submit("form", answers, seed=3)
