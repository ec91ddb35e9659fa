from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_track import SegmentTrack
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentView")


@_attrs_define
class SegmentView:
    """
    Attributes:
        start (float): Seconds from the start of the media.
        end (float):
        score (float):
        track (SegmentTrack | Unset): Which track of the media a flagged segment is in: a video's pictures (`video`) or
            the
            sound (`audio`: an audio clip's, or a video's sound track on the video's timeline).
    """

    start: float
    end: float
    score: float
    track: SegmentTrack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        score = self.score

        track: str | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "score": score,
            }
        )
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        score = d.pop("score")

        _track = d.pop("track", UNSET)
        track: SegmentTrack | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = SegmentTrack(_track)

        segment_view = cls(
            start=start,
            end=end,
            score=score,
            track=track,
        )

        segment_view.additional_properties = d
        return segment_view

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
