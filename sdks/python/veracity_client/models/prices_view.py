from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricesView")


@_attrs_define
class PricesView:
    """Credits per job. A job holds its worst-case price while it runs (a video: the long-video
    price) and is charged its price once it completes.

        Attributes:
            image (int):
            short_video (int): A video up to `short_video_secs` long (and a list of frames).
            long_video (int):
            short_video_secs (int):
            audio (int):
            document (int): An image analysed with `analysis_type=DOCUMENT`.
            text (int):
            ai_media (int): `POST /v1/detect/ai-media`.
    """

    image: int
    short_video: int
    long_video: int
    short_video_secs: int
    audio: int
    document: int
    text: int
    ai_media: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        short_video = self.short_video

        long_video = self.long_video

        short_video_secs = self.short_video_secs

        audio = self.audio

        document = self.document

        text = self.text

        ai_media = self.ai_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "short_video": short_video,
                "long_video": long_video,
                "short_video_secs": short_video_secs,
                "audio": audio,
                "document": document,
                "text": text,
                "ai_media": ai_media,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        short_video = d.pop("short_video")

        long_video = d.pop("long_video")

        short_video_secs = d.pop("short_video_secs")

        audio = d.pop("audio")

        document = d.pop("document")

        text = d.pop("text")

        ai_media = d.pop("ai_media")

        prices_view = cls(
            image=image,
            short_video=short_video,
            long_video=long_video,
            short_video_secs=short_video_secs,
            audio=audio,
            document=document,
            text=text,
            ai_media=ai_media,
        )

        prices_view.additional_properties = d
        return prices_view

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
