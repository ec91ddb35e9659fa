from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.glair_deepfake import GlairDeepfake


T = TypeVar("T", bound="GlairRead")


@_attrs_define
class GlairRead:
    """The reading: present when `status` is `SUCCESS`.

    Attributes:
        deepfake (GlairDeepfake): The deepfake reading: whether the video is fake, and the chance that it is.
    """

    deepfake: GlairDeepfake
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deepfake = self.deepfake.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deepfake": deepfake,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.glair_deepfake import GlairDeepfake

        d = dict(src_dict)
        deepfake = GlairDeepfake.from_dict(d.pop("deepfake"))

        glair_read = cls(
            deepfake=deepfake,
        )

        glair_read.additional_properties = d
        return glair_read

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
