from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HeatmapView")


@_attrs_define
class HeatmapView:
    """Where in a picture the AI-image probe's score comes from (`return_details=true`, images and
    video): the analysed square is cut into a grid and each cell's detail hidden in turn
    (flattened to its average colour) and scored again. `GET /v1/jobs/{id}/heatmap` draws it over the frame.

        Attributes:
            detector (str): The detector whose score it explains (`clip-probe`).
            frame (int): The analysed frame it belongs to: 0 for an image, the most suspicious scored frame of a video.
            region (list[float]): The square the detector looked at, `[x1, y1, x2, y2]` in pixels of that frame.
            rows (int):
            cols (int):
            values (list[float]): `rows × cols` values row by row from the top left: the score with nothing hidden minus
                the score with that cell hidden (0–1 risk scale). Positive cells push the score towards
                "generated"; negative ones away from it.
            score (float): The frame's score with nothing hidden.
    """

    detector: str
    frame: int
    region: list[float]
    rows: int
    cols: int
    values: list[float]
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detector = self.detector

        frame = self.frame

        region = self.region

        rows = self.rows

        cols = self.cols

        values = self.values

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detector": detector,
                "frame": frame,
                "region": region,
                "rows": rows,
                "cols": cols,
                "values": values,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detector = d.pop("detector")

        frame = d.pop("frame")

        region = cast(list[float], d.pop("region"))

        rows = d.pop("rows")

        cols = d.pop("cols")

        values = cast(list[float], d.pop("values"))

        score = d.pop("score")

        heatmap_view = cls(
            detector=detector,
            frame=frame,
            region=region,
            rows=rows,
            cols=cols,
            values=values,
            score=score,
        )

        heatmap_view.additional_properties = d
        return heatmap_view

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
