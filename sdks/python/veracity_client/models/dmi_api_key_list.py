from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dmi_api_key import DmiApiKey


T = TypeVar("T", bound="DmiApiKeyList")


@_attrs_define
class DmiApiKeyList:
    """`{"success": true, "code": "SUC001", "api_keys": […]}`.

    Attributes:
        success (bool):
        code (str): `SUC001`.
        api_keys (list[DmiApiKey]): The organisation's keys that are not revoked, newest first.
    """

    success: bool
    code: str
    api_keys: list[DmiApiKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "code": code,
                "api_keys": api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_api_key import DmiApiKey

        d = dict(src_dict)
        success = d.pop("success")

        code = d.pop("code")

        api_keys = []
        _api_keys = d.pop("api_keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = DmiApiKey.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        dmi_api_key_list = cls(
            success=success,
            code=code,
            api_keys=api_keys,
        )

        dmi_api_key_list.additional_properties = d
        return dmi_api_key_list

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
