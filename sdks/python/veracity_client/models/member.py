from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_status import MemberStatus
from ..models.role import Role

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """
    Example:
        {'user_id': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'email': 'grace@acme.example', 'role': 'developer', 'status':
            'active', 'created_at': '2026-11-23T10:00:00+00:00'}

    Attributes:
        user_id (str):
        email (str):
        role (Role): A member's role: `owner`, `admin`, `developer`, `billing` or `viewer` (see the
            permission matrix in docs/api.md).
        status (MemberStatus): `active`, or `invited` until the invitation is accepted.
        created_at (datetime.datetime):
    """

    user_id: str
    email: str
    role: Role
    status: MemberStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        role = self.role.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
                "role": role,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        role = Role(d.pop("role"))

        status = MemberStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        member = cls(
            user_id=user_id,
            email=email,
            role=role,
            status=status,
            created_at=created_at,
        )

        member.additional_properties = d
        return member

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
