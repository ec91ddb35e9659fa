from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextHighlightView")


@_attrs_define
class TextHighlightView:
    """A sentence of a text that reads as machine-written (`highlight: true` on `/v1/detect/text`).

    Attributes:
        start (int): Offset of its first character, counted in Unicode code points of the submitted text.
        end (int): Offset just past its last character (code points).
        score (float): 0–1: how machine-like it reads.
        reasons (list[str]): Why, e.g. `stock phrase "delve"`, `opens with "furthermore"`.
        start_utf16 (int | Unset): `start` in UTF-16 code units, as JavaScript strings count (`text.slice(start_utf16,
            end_utf16)`); absent in results stored before it was given.
        end_utf16 (int | Unset): `end` in UTF-16 code units.
    """

    start: int
    end: int
    score: float
    reasons: list[str]
    start_utf16: int | Unset = UNSET
    end_utf16: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        score = self.score

        reasons = self.reasons

        start_utf16 = self.start_utf16

        end_utf16 = self.end_utf16

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
        if start_utf16 is not UNSET:
            field_dict["start_utf16"] = start_utf16
        if end_utf16 is not UNSET:
            field_dict["end_utf16"] = end_utf16

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        score = d.pop("score")

        reasons = cast(list[str], d.pop("reasons"))

        start_utf16 = d.pop("start_utf16", UNSET)

        end_utf16 = d.pop("end_utf16", UNSET)

        text_highlight_view = cls(
            start=start,
            end=end,
            score=score,
            reasons=reasons,
            start_utf16=start_utf16,
            end_utf16=end_utf16,
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
