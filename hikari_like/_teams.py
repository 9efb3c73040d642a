"""Developer teams: the team that owns an application, and its members (`Application.team`).

A team application's `owner` is a placeholder user; the people behind it are the team's members:

```python
application = await rest.fetch_application()
if application.team is not None:
    admins = [member.username for member in application.team.members.values()]
```
"""

from __future__ import annotations

__all__ = ["Team", "TeamMember", "TeamMembershipState"]

import typing

import attrs

from hikari_like import colors
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_T = typing.TypeVar("_T")
_StaticFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP"]


class TeamMembershipState(enums.TolerantIntEnum):
    """Whether a team member has accepted the invitation to the team."""

    INVITED = 1
    ACCEPTED = 2


class _FromUser(typing.Generic[_T]):
    """An attribute a team member reads from its `user` (hikari's `TeamMember` is a `User`)."""

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @typing.overload
    def __get__(self, instance: None, owner: type) -> typing.Self: ...

    @typing.overload
    def __get__(self, instance: TeamMember, owner: type) -> _T: ...

    def __get__(self, instance: TeamMember | None, owner: type) -> typing.Self | _T:
        if instance is None:
            return self
        value: _T = getattr(instance.user, self._name)
        return value


@attrs.define(kw_only=True, eq=False)
class TeamMember(users.PartialUser):
    """A member of a developer team; the user's own fields are reachable directly.

    >>> member.username, member.membership_state
    ('kat', <TeamMembershipState.ACCEPTED: 2>)
    """

    membership_state: TeamMembershipState = attrs.field(repr=False)
    permissions: typing.Sequence[str] = attrs.field(repr=False)
    """The member's permissions (Discord sends `["*"]`, every permission, for every member)."""
    team_id: snowflakes.Snowflake = attrs.field(repr=True)
    user: users.User = attrs.field(repr=True)

    app = _FromUser["traits.RESTAware"]("The application that received this object.")
    id = _FromUser[snowflakes.Snowflake]("The user's ID.")
    username = _FromUser[str]("The user's username.")
    discriminator = _FromUser[str]('The user\'s discriminator (`"0"` for unique usernames).')
    global_name = _FromUser[str | None]("The user's global display name.")
    display_name = _FromUser[str]("The global name when the user set one, the username otherwise.")
    avatar_hash = _FromUser[str | None]("The user's avatar hash.")
    banner_hash = _FromUser[str | None]("The user's banner hash.")
    accent_color = _FromUser[colors.Color | None]("The user's profile accent colour.")
    accent_colour = _FromUser[colors.Color | None]("`accent_color`, spelt the British way.")
    avatar_decoration = _FromUser[users.AvatarDecoration | None]("The decoration around the avatar.")
    display_avatar_decoration = _FromUser[users.AvatarDecoration | None]("The decoration Discord shows.")
    primary_guild = _FromUser[users.PrimaryGuild | None]("The guild whose tag the user shows.")
    default_avatar_url = _FromUser[files.URL]("The default avatar Discord shows without one.")
    display_avatar_url = _FromUser[files.URL]("The avatar Discord shows: the user's own, else the default.")
    display_banner_url = _FromUser[files.URL | None]("The banner Discord shows, `None` without one.")
    is_bot = _FromUser[bool]("Whether the user is a bot.")
    is_system = _FromUser[bool]("Whether the user is Discord's system account.")
    flags = _FromUser[users.UserFlag]("The user's public flags.")

    def make_avatar_url(
        self,
        *,
        file_format: undefined.UndefinedOr[users.ImageFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The user's avatar, as `User.make_avatar_url` gives it."""
        return self.user.make_avatar_url(file_format=file_format, size=size, lossless=lossless)

    def make_banner_url(
        self,
        *,
        file_format: undefined.UndefinedOr[users.ImageFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The user's banner, as `User.make_banner_url` gives it."""
        return self.user.make_banner_url(file_format=file_format, size=size, lossless=lossless)

    def __str__(self) -> str:
        return str(self.user)

    def __eq__(self, other: object) -> bool:
        # Equal to the member's user, as hikari's team member (a `User`) is: users compare by ID.
        return isinstance(other, users.PartialUser) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.user)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> TeamMember:
        """Read a team member object; the user and the team's ID are required."""
        return cls(
            membership_state=TeamMembershipState(read.integer(payload.get("membership_state")) or 1),
            permissions=[item for item in read.array(payload.get("permissions")) if isinstance(item, str)],
            team_id=snowflakes.parse(payload["team_id"]),
            user=users.User.from_payload(read.required_object(payload, "user"), app=app),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Team(snowflakes.UniqueEntity):
    """A developer team: the owner of a team application (`Application.team`)."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    members: typing.Mapping[snowflakes.Snowflake, TeamMember] = attrs.field(eq=False, repr=False)
    """The members by user ID (invited ones too: see `TeamMember.membership_state`)."""
    owner_id: snowflakes.Snowflake = attrs.field(eq=False)
    """The ID of the user who owns the team."""

    def make_icon_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The team's icon on Discord's CDN; `None` without one."""
        return cdn.still_image_url(
            f"team-icons/{self.id}", self.icon_hash, file_format=file_format, size=size, lossless=lossless
        )

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> Team:
        """Read a team object (an application's `team`); a member that cannot be read is left out."""
        members = read.each(
            read.objects(payload.get("members")), lambda item: TeamMember.from_payload(item, app=app)
        )
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=str(payload["name"]),
            icon_hash=read.text(payload.get("icon")),
            members={member.id: member for member in members},
            owner_id=snowflakes.parse(payload["owner_user_id"]),
        )
