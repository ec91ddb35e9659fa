from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """One security event. Never holds a password, secret, token or media.

    Example:
        {'id': 'evt_01jdx7q5v6m3k0c8f2h4n9r1sd', 'type': 'api_key.rotated', 'occurred_at': '2026-11-23T10:00:00+00:00',
            'actor': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'ip': '203.0.113.7', 'target_type': 'api_key', 'target_id':
            'key_01jdx7q5v6m3k0c8f2h4n9r1sc', 'request_id': 'req_0193f6a4c1b27a8f9e0d1c2b3a495867', 'details': {'prefix':
            'vk_live_5Hq3xZ2a', 'previous_valid_until': '2026-11-24T10:00:00Z'}}

    Attributes:
        id (str):
        type_ (str): e.g. `login.succeeded`, `login.failed`, `api_key.created`, `api_key.rotated`,
            `api_key.revoked`, `member.role_changed`, `access.ip_rejected`, `access.rate_limited`.
        occurred_at (datetime.datetime):
        actor (str): Who did it: a user (`usr_…`), an API key (`key_…`), `anonymous` or `system`.
        details (Any):
        ip (str | Unset):
        target_type (str | Unset): What it was done to, e.g. `api_key`, `user`, `session`, `tenant`.
        target_id (str | Unset):
        request_id (str | Unset): The request that caused it (its `X-Request-Id`).
    """

    id: str
    type_: str
    occurred_at: datetime.datetime
    actor: str
    details: Any
    ip: str | Unset = UNSET
    target_type: str | Unset = UNSET
    target_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        details = self.details

        ip = self.ip

        target_type = self.target_type

        target_id = self.target_id

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "occurred_at": occurred_at,
                "actor": actor,
                "details": details,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = d.pop("actor")

        details = d.pop("details")

        ip = d.pop("ip", UNSET)

        target_type = d.pop("target_type", UNSET)

        target_id = d.pop("target_id", UNSET)

        request_id = d.pop("request_id", UNSET)

        audit_entry = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            actor=actor,
            details=details,
            ip=ip,
            target_type=target_type,
            target_id=target_id,
            request_id=request_id,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
