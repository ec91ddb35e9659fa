from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiApiKey")


@_attrs_define
class DmiApiKey:
    """An API key as 003 shows it.

    Attributes:
        id (int): A stable integer for the key (its `key_id` hashed to 53 bits): use it in
            `/api/api-keys/{id}/`.
        name (str):
        key (str): The whole key when it is made (shown this once); otherwise its prefix and last four.
        created_at (str): RFC 3339 in UTC, to the second, as 003 writes it (`2026-05-15T13:45:30Z`).
        daily_limit (int): Requests allowed per UTC day.
        daily_usage (int): Requests counted so far today (recorded about once a second).
        can_use_deepfake_detection (bool): `detect:image` and `detect:video`.
        can_use_ai_text_detection (bool): `detect:text`.
        can_use_ai_media_detection (bool): `detect:ai-media`.
        key_id (str): Added: the key's Veracity id (`/v1/api-keys/{key_id}`).
        expires_at (str | Unset): RFC 3339 in UTC; absent: the key does not expire.
        last_used_at (str | Unset): RFC 3339 in UTC; absent: never used.
    """

    id: int
    name: str
    key: str
    created_at: str
    daily_limit: int
    daily_usage: int
    can_use_deepfake_detection: bool
    can_use_ai_text_detection: bool
    can_use_ai_media_detection: bool
    key_id: str
    expires_at: str | Unset = UNSET
    last_used_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key = self.key

        created_at = self.created_at

        daily_limit = self.daily_limit

        daily_usage = self.daily_usage

        can_use_deepfake_detection = self.can_use_deepfake_detection

        can_use_ai_text_detection = self.can_use_ai_text_detection

        can_use_ai_media_detection = self.can_use_ai_media_detection

        key_id = self.key_id

        expires_at = self.expires_at

        last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "key": key,
                "created_at": created_at,
                "daily_limit": daily_limit,
                "daily_usage": daily_usage,
                "can_use_deepfake_detection": can_use_deepfake_detection,
                "can_use_ai_text_detection": can_use_ai_text_detection,
                "can_use_ai_media_detection": can_use_ai_media_detection,
                "key_id": key_id,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        key = d.pop("key")

        created_at = d.pop("created_at")

        daily_limit = d.pop("daily_limit")

        daily_usage = d.pop("daily_usage")

        can_use_deepfake_detection = d.pop("can_use_deepfake_detection")

        can_use_ai_text_detection = d.pop("can_use_ai_text_detection")

        can_use_ai_media_detection = d.pop("can_use_ai_media_detection")

        key_id = d.pop("key_id")

        expires_at = d.pop("expires_at", UNSET)

        last_used_at = d.pop("last_used_at", UNSET)

        dmi_api_key = cls(
            id=id,
            name=name,
            key=key,
            created_at=created_at,
            daily_limit=daily_limit,
            daily_usage=daily_usage,
            can_use_deepfake_detection=can_use_deepfake_detection,
            can_use_ai_text_detection=can_use_ai_text_detection,
            can_use_ai_media_detection=can_use_ai_media_detection,
            key_id=key_id,
            expires_at=expires_at,
            last_used_at=last_used_at,
        )

        dmi_api_key.additional_properties = d
        return dmi_api_key

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
