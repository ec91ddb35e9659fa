from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_user import SessionUser


T = TypeVar("T", bound="BrowserSession")


@_attrs_define
class BrowserSession:
    """A console session: the access token for the admin endpoints. The refresh token is in the
    `veracity_refresh` cookie, never in a body.

        Example:
            {'access_token': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3Mi…', 'token_type': 'Bearer', 'expires_in': 900,
                'refresh_token_expires_at': '2026-12-23T10:00:00+00:00', 'tenant_id': 'ten_01jdx7q5v6m3k0c8f2h4n9r1sa', 'user':
                {'id': 'usr_01jdx7q5v6m3k0c8f2h4n9r1sb', 'email': 'ada@acme.example', 'role': 'owner'}}

        Attributes:
            access_token (str): Send as `Authorization: Bearer <access_token>` to the admin endpoints.
            token_type (str): Always `Bearer`.
            expires_in (int): Seconds until the access token expires (900); refresh before then.
            refresh_token_expires_at (datetime.datetime): When the session ends unless refreshed.
            tenant_id (str):
            user (SessionUser): Who is signed in.
    """

    access_token: str
    token_type: str
    expires_in: int
    refresh_token_expires_at: datetime.datetime
    tenant_id: str
    user: SessionUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token_expires_at = self.refresh_token_expires_at.isoformat()

        tenant_id = self.tenant_id

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
                "refresh_token_expires_at": refresh_token_expires_at,
                "tenant_id": tenant_id,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_user import SessionUser

        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = d.pop("token_type")

        expires_in = d.pop("expires_in")

        refresh_token_expires_at = datetime.datetime.fromisoformat(
            d.pop("refresh_token_expires_at")
        )

        tenant_id = d.pop("tenant_id")

        user = SessionUser.from_dict(d.pop("user"))

        browser_session = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token_expires_at=refresh_token_expires_at,
            tenant_id=tenant_id,
            user=user,
        )

        browser_session.additional_properties = d
        return browser_session

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
