from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiCreateApiKey")


@_attrs_define
class DmiCreateApiKey:
    """003's key: what `POST /api/api-keys/` takes (other members are ignored, as 003 does).

    Example:
        {'name': 'My API Key', 'expires_at': '2027-12-31', 'daily_limit': 1000, 'can_use_deepfake_detection': True,
            'can_use_ai_text_detection': True, 'can_use_ai_media_detection': True}

    Attributes:
        name (str): 1-100 characters.
        expires_at (str | Unset): A date (`2027-12-31`: the key ends at 00:00 UTC that day) or an RFC 3339 time; must be
            in
            the future. Absent or null: never.
        daily_limit (int | Unset): Requests per UTC day; default 1000.
        can_use_deepfake_detection (bool | Unset): Default true.
        can_use_ai_text_detection (bool | Unset): Default true.
        can_use_ai_media_detection (bool | Unset): Default true.
    """

    name: str
    expires_at: str | Unset = UNSET
    daily_limit: int | Unset = UNSET
    can_use_deepfake_detection: bool | Unset = UNSET
    can_use_ai_text_detection: bool | Unset = UNSET
    can_use_ai_media_detection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        expires_at = self.expires_at

        daily_limit = self.daily_limit

        can_use_deepfake_detection = self.can_use_deepfake_detection

        can_use_ai_text_detection = self.can_use_ai_text_detection

        can_use_ai_media_detection = self.can_use_ai_media_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if can_use_deepfake_detection is not UNSET:
            field_dict["can_use_deepfake_detection"] = can_use_deepfake_detection
        if can_use_ai_text_detection is not UNSET:
            field_dict["can_use_ai_text_detection"] = can_use_ai_text_detection
        if can_use_ai_media_detection is not UNSET:
            field_dict["can_use_ai_media_detection"] = can_use_ai_media_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        expires_at = d.pop("expires_at", UNSET)

        daily_limit = d.pop("daily_limit", UNSET)

        can_use_deepfake_detection = d.pop("can_use_deepfake_detection", UNSET)

        can_use_ai_text_detection = d.pop("can_use_ai_text_detection", UNSET)

        can_use_ai_media_detection = d.pop("can_use_ai_media_detection", UNSET)

        dmi_create_api_key = cls(
            name=name,
            expires_at=expires_at,
            daily_limit=daily_limit,
            can_use_deepfake_detection=can_use_deepfake_detection,
            can_use_ai_text_detection=can_use_ai_text_detection,
            can_use_ai_media_detection=can_use_ai_media_detection,
        )

        dmi_create_api_key.additional_properties = d
        return dmi_create_api_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
