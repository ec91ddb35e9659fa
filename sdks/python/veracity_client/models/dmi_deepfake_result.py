from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiDeepfakeResult")


@_attrs_define
class DmiDeepfakeResult:
    """`deepfake-detection/`'s result.

    Attributes:
        is_deepfake (bool): Veracity's verdict is `synthetic` or `manipulated`.
        file_type (str): `Image` or `Video`.
        confidence_score (float | Unset): How likely a deepfake, 0–1 (Veracity's risk score / 100); null when nothing
            could be judged.
        frames_analyzed (int | Unset): Videos: frames sampled (1 per second, at most 64).
        fake_frames (int | Unset): Videos: scored frames at 0.70 or above.
        fake_frames_percentage (float | Unset): Videos: `fake_frames` as a percentage of the frames scored.
    """

    is_deepfake: bool
    file_type: str
    confidence_score: float | Unset = UNSET
    frames_analyzed: int | Unset = UNSET
    fake_frames: int | Unset = UNSET
    fake_frames_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_deepfake = self.is_deepfake

        file_type = self.file_type

        confidence_score = self.confidence_score

        frames_analyzed = self.frames_analyzed

        fake_frames = self.fake_frames

        fake_frames_percentage = self.fake_frames_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_deepfake": is_deepfake,
                "file_type": file_type,
            }
        )
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if frames_analyzed is not UNSET:
            field_dict["frames_analyzed"] = frames_analyzed
        if fake_frames is not UNSET:
            field_dict["fake_frames"] = fake_frames
        if fake_frames_percentage is not UNSET:
            field_dict["fake_frames_percentage"] = fake_frames_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_deepfake = d.pop("is_deepfake")

        file_type = d.pop("file_type")

        confidence_score = d.pop("confidence_score", UNSET)

        frames_analyzed = d.pop("frames_analyzed", UNSET)

        fake_frames = d.pop("fake_frames", UNSET)

        fake_frames_percentage = d.pop("fake_frames_percentage", UNSET)

        dmi_deepfake_result = cls(
            is_deepfake=is_deepfake,
            file_type=file_type,
            confidence_score=confidence_score,
            frames_analyzed=frames_analyzed,
            fake_frames=fake_frames,
            fake_frames_percentage=fake_frames_percentage,
        )

        dmi_deepfake_result.additional_properties = d
        return dmi_deepfake_result

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
