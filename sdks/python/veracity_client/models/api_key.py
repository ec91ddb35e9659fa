from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus
from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key as listings show it: never its secret.

    Example:
        {'id': 'key_01jdx7q5v6m3k0c8f2h4n9r1sc', 'name': 'production backend', 'prefix': 'vk_live_5Hq3xZ2a', 'last4':
            'tW9q', 'scopes': ['detect:image', 'detect:video', 'jobs:read'], 'daily_limit': 1000, 'daily_usage': 42,
            'rate_limit_per_minute': 60, 'allowed_ips': ['203.0.113.0/24', '2001:db8::/32'], 'status': 'active',
            'created_at': '2026-11-23T10:00:00+00:00', 'created_by': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'last_used_at':
            '2026-11-23T10:00:00+00:00'}

    Attributes:
        id (str):
        name (str):
        prefix (str): The start of the current secret, to tell keys apart.
        last4 (str): The last four characters of the current secret.
        scopes (list[Scope]):
        daily_limit (int): Requests allowed per UTC day.
        daily_usage (int): Requests counted so far today (recorded about once a second).
        rate_limit_per_minute (int):
        allowed_ips (list[str]): CIDR networks requests must come from; empty for any address.
        status (ApiKeyStatus): Whether a key can be used now.
        created_at (datetime.datetime):
        created_by (str): The user who created it.
        expires_at (datetime.datetime | Unset):
        last_used_at (datetime.datetime | Unset):
        rotated_at (datetime.datetime | Unset):
        previous_secret_valid_until (datetime.datetime | Unset): After a rotation: until when the previous secret keeps
            working.
    """

    id: str
    name: str
    prefix: str
    last4: str
    scopes: list[Scope]
    daily_limit: int
    daily_usage: int
    rate_limit_per_minute: int
    allowed_ips: list[str]
    status: ApiKeyStatus
    created_at: datetime.datetime
    created_by: str
    expires_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    rotated_at: datetime.datetime | Unset = UNSET
    previous_secret_valid_until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prefix = self.prefix

        last4 = self.last4

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        daily_limit = self.daily_limit

        daily_usage = self.daily_usage

        rate_limit_per_minute = self.rate_limit_per_minute

        allowed_ips = self.allowed_ips

        status = self.status.value

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        rotated_at: str | Unset = UNSET
        if not isinstance(self.rotated_at, Unset):
            rotated_at = self.rotated_at.isoformat()

        previous_secret_valid_until: str | Unset = UNSET
        if not isinstance(self.previous_secret_valid_until, Unset):
            previous_secret_valid_until = self.previous_secret_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "prefix": prefix,
                "last4": last4,
                "scopes": scopes,
                "daily_limit": daily_limit,
                "daily_usage": daily_usage,
                "rate_limit_per_minute": rate_limit_per_minute,
                "allowed_ips": allowed_ips,
                "status": status,
                "created_at": created_at,
                "created_by": created_by,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if rotated_at is not UNSET:
            field_dict["rotated_at"] = rotated_at
        if previous_secret_valid_until is not UNSET:
            field_dict["previous_secret_valid_until"] = previous_secret_valid_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        prefix = d.pop("prefix")

        last4 = d.pop("last4")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        daily_limit = d.pop("daily_limit")

        daily_usage = d.pop("daily_usage")

        rate_limit_per_minute = d.pop("rate_limit_per_minute")

        allowed_ips = cast(list[str], d.pop("allowed_ips"))

        status = ApiKeyStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _last_used_at = d.pop("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if isinstance(_last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        _rotated_at = d.pop("rotated_at", UNSET)
        rotated_at: datetime.datetime | Unset
        if isinstance(_rotated_at, Unset):
            rotated_at = UNSET
        else:
            rotated_at = datetime.datetime.fromisoformat(_rotated_at)

        _previous_secret_valid_until = d.pop("previous_secret_valid_until", UNSET)
        previous_secret_valid_until: datetime.datetime | Unset
        if isinstance(_previous_secret_valid_until, Unset):
            previous_secret_valid_until = UNSET
        else:
            previous_secret_valid_until = datetime.datetime.fromisoformat(
                _previous_secret_valid_until
            )

        api_key = cls(
            id=id,
            name=name,
            prefix=prefix,
            last4=last4,
            scopes=scopes,
            daily_limit=daily_limit,
            daily_usage=daily_usage,
            rate_limit_per_minute=rate_limit_per_minute,
            allowed_ips=allowed_ips,
            status=status,
            created_at=created_at,
            created_by=created_by,
            expires_at=expires_at,
            last_used_at=last_used_at,
            rotated_at=rotated_at,
            previous_secret_valid_until=previous_secret_valid_until,
        )

        api_key.additional_properties = d
        return api_key

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
