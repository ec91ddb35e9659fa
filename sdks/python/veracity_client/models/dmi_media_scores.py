from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiMediaScores")


@_attrs_define
class DmiMediaScores:
    """`ai-media-detection/`'s shares, 0–1, adding up to 1; null when nothing could judge the image.

    Attributes:
        ai_generated (float | Unset):
        real (float | Unset):
    """

    ai_generated: float | Unset = UNSET
    real: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_generated = self.ai_generated

        real = self.real

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_generated is not UNSET:
            field_dict["ai_generated"] = ai_generated
        if real is not UNSET:
            field_dict["real"] = real

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ai_generated = d.pop("ai_generated", UNSET)

        real = d.pop("real", UNSET)

        dmi_media_scores = cls(
            ai_generated=ai_generated,
            real=real,
        )

        dmi_media_scores.additional_properties = d
        return dmi_media_scores

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
