from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TextHighlightView")


@_attrs_define
class TextHighlightView:
    """A sentence of a text that reads as machine-written (`highlight: true` on `/v1/detect/text`).

    Attributes:
        start (int): Offset of its first character, counted in Unicode code points of the submitted text.
        end (int): Offset just past its last character (code points).
        score (float): 0–1: how machine-like it reads.
        reasons (list[str]): Why, e.g. `stock phrase "delve"`, `opens with "furthermore"`.
    """

    start: int
    end: int
    score: float
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        score = self.score

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "score": score,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        score = d.pop("score")

        reasons = cast(list[str], d.pop("reasons"))

        text_highlight_view = cls(
            start=start,
            end=end,
            score=score,
            reasons=reasons,
        )

        text_highlight_view.additional_properties = d
        return text_highlight_view

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
