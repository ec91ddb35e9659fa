from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApiKey")


@_attrs_define
class UpdateApiKey:
    """Fields to change; absent fields stay as they are. `expires_at: null` removes the expiry.

    Example:
        {'scopes': ['detect:image'], 'daily_limit': 200}

    Attributes:
        name (str | Unset):
        scopes (list[Scope] | Unset):
        daily_limit (int | Unset):
        rate_limit_per_minute (int | Unset):
        allowed_ips (list[str] | Unset):
        expires_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    scopes: list[Scope] | Unset = UNSET
    daily_limit: int | Unset = UNSET
    rate_limit_per_minute: int | Unset = UNSET
    allowed_ips: list[str] | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        daily_limit = self.daily_limit

        rate_limit_per_minute = self.rate_limit_per_minute

        allowed_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_ips, Unset):
            allowed_ips = self.allowed_ips

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if rate_limit_per_minute is not UNSET:
            field_dict["rate_limit_per_minute"] = rate_limit_per_minute
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[Scope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = Scope(scopes_item_data)

                scopes.append(scopes_item)

        daily_limit = d.pop("daily_limit", UNSET)

        rate_limit_per_minute = d.pop("rate_limit_per_minute", UNSET)

        allowed_ips = cast(list[str], d.pop("allowed_ips", UNSET))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        update_api_key = cls(
            name=name,
            scopes=scopes,
            daily_limit=daily_limit,
            rate_limit_per_minute=rate_limit_per_minute,
            allowed_ips=allowed_ips,
            expires_at=expires_at,
        )

        update_api_key.additional_properties = d
        return update_api_key

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
