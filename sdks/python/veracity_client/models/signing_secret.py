from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SigningSecret")


@_attrs_define
class SigningSecret:
    """A signing secret, shown this once.

    Example:
        {'secret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw5Sd4mAnUe1g='}

    Attributes:
        secret (str): `whsec_…` followed by the base64 of 32 random bytes.
        previous_secret_valid_until (datetime.datetime | Unset): Until when the previous secret also signs (after a
            rotation).
    """

    secret: str
    previous_secret_valid_until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        previous_secret_valid_until: str | Unset = UNSET
        if not isinstance(self.previous_secret_valid_until, Unset):
            previous_secret_valid_until = self.previous_secret_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
            }
        )
        if previous_secret_valid_until is not UNSET:
            field_dict["previous_secret_valid_until"] = previous_secret_valid_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        secret = d.pop("secret")

        _previous_secret_valid_until = d.pop("previous_secret_valid_until", UNSET)
        previous_secret_valid_until: datetime.datetime | Unset
        if isinstance(_previous_secret_valid_until, Unset):
            previous_secret_valid_until = UNSET
        else:
            previous_secret_valid_until = datetime.datetime.fromisoformat(
                _previous_secret_valid_until
            )

        signing_secret = cls(
            secret=secret,
            previous_secret_valid_until=previous_secret_valid_until,
        )

        signing_secret.additional_properties = d
        return signing_secret

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
