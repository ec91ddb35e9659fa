from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """A new organisation and its first user, who becomes its owner.

    Example:
        {'organization_name': 'Acme Trust & Safety', 'email': 'ada@acme.example', 'password': 'correct horse battery
            staple'}

    Attributes:
        organization_name (str): The organisation's name, 1-100 characters.
        email (str): The owner's e-mail address (at most 254 characters); one address belongs to one user.
        password (str): 12-1024 characters.
    """

    organization_name: str
    email: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_name = self.organization_name

        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_name": organization_name,
                "email": email,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_name = d.pop("organization_name")

        email = d.pop("email")

        password = d.pop("password")

        signup_request = cls(
            organization_name=organization_name,
            email=email,
            password=password,
        )

        signup_request.additional_properties = d
        return signup_request

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
