from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalView")


@_attrs_define
class SignalView:
    """
    Attributes:
        name (str):
        detail (str):
        score (float | Unset): 0–1, how strongly it points at synthetic or manipulated media; absent when informative
            only.
        contribution (float | Unset): Points of `risk_score` this signal accounts for: its weighted share of the fused
            score
            (the contributions add up to `risk_score`); 0 when its evidence was outweighed (another
            track, or a decisive signal, set the score); absent when the signal carries no evidence
            into the fusion (informative only).
    """

    name: str
    detail: str
    score: float | Unset = UNSET
    contribution: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        score = self.score

        contribution = self.contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if contribution is not UNSET:
            field_dict["contribution"] = contribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        score = d.pop("score", UNSET)

        contribution = d.pop("contribution", UNSET)

        signal_view = cls(
            name=name,
            detail=detail,
            score=score,
            contribution=contribution,
        )

        signal_view.additional_properties = d
        return signal_view

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
