"""The locales Discord supports for users and guilds."""

from __future__ import annotations

__all__ = ["Locale"]

from hikari_like.internal import enums


class Locale(enums.TolerantStrEnum):
    """A language Discord's client offers; a locale added later becomes `UNKNOWN_<code>`.

    >>> Locale("en-US") is Locale.EN_US
    True
    """

    ID = "id"
    DA = "da"
    DE = "de"
    EN_GB = "en-GB"
    EN_US = "en-US"
    ES_ES = "es-ES"
    ES_LATAM = "es-419"
    FR = "fr"
    HR = "hr"
    IT = "it"
    LT = "lt"
    HU = "hu"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT_BR = "pt-BR"
    RO = "ro"
    FI = "fi"
    SV_SE = "sv-SE"
    VI = "vi"
    TR = "tr"
    CS = "cs"
    EL = "el"
    BG = "bg"
    RU = "ru"
    UK = "uk"
    HI = "hi"
    TH = "th"
    ZH_CN = "zh-CN"
    JA = "ja"
    ZH_TW = "zh-TW"
    KO = "ko"
