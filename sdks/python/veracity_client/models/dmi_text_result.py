from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dmi_text_scores import DmiTextScores


T = TypeVar("T", bound="DmiTextResult")


@_attrs_define
class DmiTextResult:
    """`ai-text-detection/`'s result.

    Attributes:
        is_ai_generated (bool): Veracity's verdict is `synthetic`.
        confidence_scores (DmiTextScores): Human and AI shares for a text, 0–1, adding up to 1; null when the text could
            not be judged
            (under 50 words or 3 sentences).
        source_prediction (str | Unset): Always null: Veracity does not guess which model wrote a text.
        highlighted_text (str | Unset): With `highlight: true`: the text with its most machine-like sentences in
            `<mark>…</mark>`.
    """

    is_ai_generated: bool
    confidence_scores: DmiTextScores
    source_prediction: str | Unset = UNSET
    highlighted_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_ai_generated = self.is_ai_generated

        confidence_scores = self.confidence_scores.to_dict()

        source_prediction = self.source_prediction

        highlighted_text = self.highlighted_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_ai_generated": is_ai_generated,
                "confidence_scores": confidence_scores,
            }
        )
        if source_prediction is not UNSET:
            field_dict["source_prediction"] = source_prediction
        if highlighted_text is not UNSET:
            field_dict["highlighted_text"] = highlighted_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_text_scores import DmiTextScores

        d = dict(src_dict)
        is_ai_generated = d.pop("is_ai_generated")

        confidence_scores = DmiTextScores.from_dict(d.pop("confidence_scores"))

        source_prediction = d.pop("source_prediction", UNSET)

        highlighted_text = d.pop("highlighted_text", UNSET)

        dmi_text_result = cls(
            is_ai_generated=is_ai_generated,
            confidence_scores=confidence_scores,
            source_prediction=source_prediction,
            highlighted_text=highlighted_text,
        )

        dmi_text_result.additional_properties = d
        return dmi_text_result

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
