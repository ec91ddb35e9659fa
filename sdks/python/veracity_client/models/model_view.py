from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelView")


@_attrs_define
class ModelView:
    """
    Attributes:
        id (str): The detector, as `GET /v1/models` lists it.
        version (str):
        score (float | Unset): 0–1 synthetic/manipulated score; absent for detectors that find rather than judge.
        latency_ms (float | Unset): Milliseconds it took on this job.
    """

    id: str
    version: str
    score: float | Unset = UNSET
    latency_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        score = self.score

        latency_ms = self.latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        score = d.pop("score", UNSET)

        latency_ms = d.pop("latency_ms", UNSET)

        model_view = cls(
            id=id,
            version=version,
            score=score,
            latency_ms=latency_ms,
        )

        model_view.additional_properties = d
        return model_view

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
