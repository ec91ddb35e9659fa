from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SuspiciousFrameView")


@_attrs_define
class SuspiciousFrameView:
    """
    Attributes:
        frame (int):
        timestamp (float):
        score (float):
        issue (str):
    """

    frame: int
    timestamp: float
    score: float
    issue: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        timestamp = self.timestamp

        score = self.score

        issue = self.issue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame": frame,
                "timestamp": timestamp,
                "score": score,
                "issue": issue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        frame = d.pop("frame")

        timestamp = d.pop("timestamp")

        score = d.pop("score")

        issue = d.pop("issue")

        suspicious_frame_view = cls(
            frame=frame,
            timestamp=timestamp,
            score=score,
            issue=issue,
        )

        suspicious_frame_view.additional_properties = d
        return suspicious_frame_view

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
