from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmiTextScores")


@_attrs_define
class DmiTextScores:
    """Human and AI shares for a text, 0–1, adding up to 1; null when the text could not be judged
    (under 50 words or 3 sentences).

        Attributes:
            human (float | Unset):
            ai (float | Unset):
    """

    human: float | Unset = UNSET
    ai: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        human = self.human

        ai = self.ai

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if human is not UNSET:
            field_dict["Human"] = human
        if ai is not UNSET:
            field_dict["AI"] = ai

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        human = d.pop("Human", UNSET)

        ai = d.pop("AI", UNSET)

        dmi_text_scores = cls(
            human=human,
            ai=ai,
        )

        dmi_text_scores.additional_properties = d
        return dmi_text_scores

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
