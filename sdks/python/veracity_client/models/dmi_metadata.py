from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiMetadata")


@_attrs_define
class DmiMetadata:
    """The media's facts, as 003's top-level `metadata`.

    Attributes:
        format_ (str): `jpeg`, `png`, `mp4`…
        width (int | Unset):
        height (int | Unset):
        duration (float | Unset): Seconds (videos).
        codec (str | Unset):
    """

    format_: str
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration: float | Unset = UNSET
    codec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        width = self.width

        height = self.height

        duration = self.duration

        codec = self.codec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration is not UNSET:
            field_dict["duration"] = duration
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        duration = d.pop("duration", UNSET)

        codec = d.pop("codec", UNSET)

        dmi_metadata = cls(
            format_=format_,
            width=width,
            height=height,
            duration=duration,
            codec=codec,
        )

        dmi_metadata.additional_properties = d
        return dmi_metadata

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
