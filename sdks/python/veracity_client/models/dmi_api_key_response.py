from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dmi_api_key import DmiApiKey


T = TypeVar("T", bound="DmiApiKeyResponse")


@_attrs_define
class DmiApiKeyResponse:
    """`{"success": true, "code": "SUC001", "api_key": {…}}`.

    Attributes:
        success (bool):
        code (str):
        api_key (DmiApiKey): An API key as 003 shows it.
    """

    success: bool
    code: str
    api_key: DmiApiKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        api_key = self.api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "code": code,
                "api_key": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_api_key import DmiApiKey

        d = dict(src_dict)
        success = d.pop("success")

        code = d.pop("code")

        api_key = DmiApiKey.from_dict(d.pop("api_key"))

        dmi_api_key_response = cls(
            success=success,
            code=code,
            api_key=api_key,
        )

        dmi_api_key_response.additional_properties = d
        return dmi_api_key_response

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
