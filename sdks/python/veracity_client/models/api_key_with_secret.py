from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="ApiKeyWithSecret")


@_attrs_define
class ApiKeyWithSecret:
    """A key and its secret, shown this once.

    Attributes:
        key (ApiKey): An API key as listings show it: never its secret. Example: {'id':
            'key_01jdx7q5v6m3k0c8f2h4n9r1sc', 'name': 'production backend', 'prefix': 'vk_live_5Hq3xZ2a', 'last4': 'tW9q',
            'scopes': ['detect:image', 'detect:video', 'jobs:read'], 'daily_limit': 1000, 'daily_usage': 42,
            'rate_limit_per_minute': 60, 'allowed_ips': ['203.0.113.0/24', '2001:db8::/32'], 'status': 'active',
            'created_at': '2026-11-23T10:00:00+00:00', 'created_by': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'last_used_at':
            '2026-11-23T10:00:00+00:00'}.
        secret (str): The full key. Store it now: it is never shown again, only its prefix and last four.
    """

    key: ApiKey
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_key import ApiKey

        d = dict(src_dict)
        key = ApiKey.from_dict(d.pop("key"))

        secret = d.pop("secret")

        api_key_with_secret = cls(
            key=key,
            secret=secret,
        )

        api_key_with_secret.additional_properties = d
        return api_key_with_secret

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
