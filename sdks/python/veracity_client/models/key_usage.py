from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope

T = TypeVar("T", bound="KeyUsage")


@_attrs_define
class KeyUsage:
    """
    Example:
        {'key_id': 'key_01jdx7q5v6m3k0c8f2h4n9r1sc', 'tenant_id': 'ten_01jdx7q5v6m3k0c8f2h4n9r1sa', 'scopes':
            ['detect:image', 'jobs:read', 'usage:read'], 'rate_limit_per_minute': 60, 'rate_limit_remaining': 59,
            'daily_limit': 1000, 'daily_remaining': 957, 'daily_resets_at': '2026-11-24T00:00:00+00:00', 'client_ip':
            '203.0.113.7'}

    Attributes:
        key_id (str):
        tenant_id (str):
        scopes (list[Scope]):
        rate_limit_per_minute (int):
        rate_limit_remaining (int): Requests left in the current minute window, after this one.
        daily_limit (int):
        daily_remaining (int): Requests left today (UTC), after this one.
        daily_resets_at (datetime.datetime): When the daily limit resets (00:00 UTC).
        client_ip (str): The address this request came from, as Veracity sees it (for `allowed_ips`).
    """

    key_id: str
    tenant_id: str
    scopes: list[Scope]
    rate_limit_per_minute: int
    rate_limit_remaining: int
    daily_limit: int
    daily_remaining: int
    daily_resets_at: datetime.datetime
    client_ip: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        tenant_id = self.tenant_id

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        rate_limit_per_minute = self.rate_limit_per_minute

        rate_limit_remaining = self.rate_limit_remaining

        daily_limit = self.daily_limit

        daily_remaining = self.daily_remaining

        daily_resets_at = self.daily_resets_at.isoformat()

        client_ip = self.client_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
                "tenant_id": tenant_id,
                "scopes": scopes,
                "rate_limit_per_minute": rate_limit_per_minute,
                "rate_limit_remaining": rate_limit_remaining,
                "daily_limit": daily_limit,
                "daily_remaining": daily_remaining,
                "daily_resets_at": daily_resets_at,
                "client_ip": client_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_id = d.pop("key_id")

        tenant_id = d.pop("tenant_id")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        rate_limit_per_minute = d.pop("rate_limit_per_minute")

        rate_limit_remaining = d.pop("rate_limit_remaining")

        daily_limit = d.pop("daily_limit")

        daily_remaining = d.pop("daily_remaining")

        daily_resets_at = datetime.datetime.fromisoformat(d.pop("daily_resets_at"))

        client_ip = d.pop("client_ip")

        key_usage = cls(
            key_id=key_id,
            tenant_id=tenant_id,
            scopes=scopes,
            rate_limit_per_minute=rate_limit_per_minute,
            rate_limit_remaining=rate_limit_remaining,
            daily_limit=daily_limit,
            daily_remaining=daily_remaining,
            daily_resets_at=daily_resets_at,
            client_ip=client_ip,
        )

        key_usage.additional_properties = d
        return key_usage

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
