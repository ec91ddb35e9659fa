from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceView")


@_attrs_define
class FaceView:
    """
    Attributes:
        bbox (list[float]): `[x1, y1, x2, y2]` in pixels of the analysed image or frame.
        score (float): Face-detector confidence, 0–1.
        frame (int): The analysed frame (0 for images).
        landmarks (list[list[float]]): Eyes, nose and mouth corners as `[x, y]` (with `return_details`).
        fake_score (float | Unset): 0–1: how likely this face region is synthetic or manipulated (the highest score an
            image classifier gave its crop); absent when no classifier scored it: the CLIP probe
            judges the 4 largest faces of at least 40 px per frame, and the `faces_not_judged`
            signal counts the others and says why.
    """

    bbox: list[float]
    score: float
    frame: int
    landmarks: list[list[float]]
    fake_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bbox = self.bbox

        score = self.score

        frame = self.frame

        landmarks = []
        for landmarks_item_data in self.landmarks:
            landmarks_item = landmarks_item_data

            landmarks.append(landmarks_item)

        fake_score = self.fake_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bbox": bbox,
                "score": score,
                "frame": frame,
                "landmarks": landmarks,
            }
        )
        if fake_score is not UNSET:
            field_dict["fake_score"] = fake_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bbox = cast(list[float], d.pop("bbox"))

        score = d.pop("score")

        frame = d.pop("frame")

        landmarks = []
        _landmarks = d.pop("landmarks")
        for landmarks_item_data in _landmarks:
            landmarks_item = cast(list[float], landmarks_item_data)

            landmarks.append(landmarks_item)

        fake_score = d.pop("fake_score", UNSET)

        face_view = cls(
            bbox=bbox,
            score=score,
            frame=frame,
            landmarks=landmarks,
            fake_score=fake_score,
        )

        face_view.additional_properties = d
        return face_view

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
