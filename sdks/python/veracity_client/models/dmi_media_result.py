from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dmi_media_scores import DmiMediaScores


T = TypeVar("T", bound="DmiMediaResult")


@_attrs_define
class DmiMediaResult:
    """`ai-media-detection/`'s result.

    Attributes:
        is_ai_generated (bool): Veracity's verdict is `synthetic` (or `manipulated`).
        prediction (str): `fake` or `real`, as `is_ai_generated`; `unknown` when nothing could judge the image.
        confidence_scores (DmiMediaScores): `ai-media-detection/`'s shares, 0–1, adding up to 1; null when nothing could
            judge the image.
        generator (str | Unset): Added: the generator, when the image's provenance names it (C2PA, metadata, watermark).
    """

    is_ai_generated: bool
    prediction: str
    confidence_scores: DmiMediaScores
    generator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_ai_generated = self.is_ai_generated

        prediction = self.prediction

        confidence_scores = self.confidence_scores.to_dict()

        generator = self.generator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_ai_generated": is_ai_generated,
                "prediction": prediction,
                "confidence_scores": confidence_scores,
            }
        )
        if generator is not UNSET:
            field_dict["generator"] = generator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_media_scores import DmiMediaScores

        d = dict(src_dict)
        is_ai_generated = d.pop("is_ai_generated")

        prediction = d.pop("prediction")

        confidence_scores = DmiMediaScores.from_dict(d.pop("confidence_scores"))

        generator = d.pop("generator", UNSET)

        dmi_media_result = cls(
            is_ai_generated=is_ai_generated,
            prediction=prediction,
            confidence_scores=confidence_scores,
            generator=generator,
        )

        dmi_media_result.additional_properties = d
        return dmi_media_result

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
