from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlairDeepfake")


@_attrs_define
class GlairDeepfake:
    """The deepfake reading: whether the video is fake, and the chance that it is.

    Attributes:
        confidence (float): The chance the media is fake, 0–1 (Veracity's `risk_score` / 100).
        value (str): `fake` when Veracity's verdict is synthetic or manipulated, else `real`.
    """

    confidence: float
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confidence": confidence,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confidence = d.pop("confidence")

        value = d.pop("value")

        glair_deepfake = cls(
            confidence=confidence,
            value=value,
        )

        glair_deepfake.additional_properties = d
        return glair_deepfake

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
