"""Message and modal components: their types, styles and layout options."""

from __future__ import annotations

__all__ = ["ButtonStyle", "ComponentType", "MediaLoadingType", "SpacingType", "TextInputStyle"]

from hikari_like.internal import enums


class ComponentType(enums.TolerantIntEnum):
    """The type of a component in a message or modal."""

    ACTION_ROW = 1
    BUTTON = 2
    TEXT_SELECT_MENU = 3
    TEXT_INPUT = 4
    USER_SELECT_MENU = 5
    ROLE_SELECT_MENU = 6
    MENTIONABLE_SELECT_MENU = 7
    CHANNEL_SELECT_MENU = 8
    SECTION = 9
    TEXT_DISPLAY = 10
    THUMBNAIL = 11
    MEDIA_GALLERY = 12
    FILE = 13
    SEPARATOR = 14
    CONTAINER = 17
    LABEL = 18
    FILE_UPLOAD = 19


class ButtonStyle(enums.TolerantIntEnum):
    """How a button looks (and, for LINK and PREMIUM, what it does)."""

    PRIMARY = 1
    SECONDARY = 2
    SUCCESS = 3
    DANGER = 4
    LINK = 5
    PREMIUM = 6


class TextInputStyle(enums.TolerantIntEnum):
    """A modal text input's size."""

    SHORT = 1
    PARAGRAPH = 2


class SpacingType(enums.TolerantIntEnum):
    """How much room a separator leaves above and below itself."""

    SMALL = 1
    LARGE = 2


class MediaLoadingType(enums.TolerantIntEnum):
    """Whether Discord managed to fetch a media item (reported on received components)."""

    UNKNOWN = 0
    LOADING = 1
    LOADED_SUCCESS = 2
    LOADED_NOT_FOUND = 3
