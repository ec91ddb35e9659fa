from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """
    Attributes:
        member (Member):  Example: {'user_id': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'email': 'grace@acme.example', 'role':
            'developer', 'status': 'active', 'created_at': '2026-11-23T10:00:00+00:00'}.
        invitation_token (str): Give this to the invitee; they set their password with `POST /v1/auth/accept-
            invitation`.
            Shown only here, once.
        invitation_expires_at (datetime.datetime):
    """

    member: Member
    invitation_token: str
    invitation_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member.to_dict()

        invitation_token = self.invitation_token

        invitation_expires_at = self.invitation_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "invitation_token": invitation_token,
                "invitation_expires_at": invitation_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member import Member

        d = dict(src_dict)
        member = Member.from_dict(d.pop("member"))

        invitation_token = d.pop("invitation_token")

        invitation_expires_at = datetime.datetime.fromisoformat(
            d.pop("invitation_expires_at")
        )

        invitation = cls(
            member=member,
            invitation_token=invitation_token,
            invitation_expires_at=invitation_expires_at,
        )

        invitation.additional_properties = d
        return invitation

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
