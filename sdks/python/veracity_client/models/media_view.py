from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_credentials_view import ContentCredentialsView
    from ..models.media_view_metadata import MediaViewMetadata


T = TypeVar("T", bound="MediaView")


@_attrs_define
class MediaView:
    """
    Attributes:
        format_ (str): Detected from the content: jpeg, png, mp4, wav, text, frames…
        size_bytes (int):
        sha256 (str):
        metadata (MediaViewMetadata): Selected EXIF / XMP / PNG text fields (never location).
        width (int | Unset):
        height (int | Unset):
        duration (float | Unset): Seconds.
        fps (float | Unset):
        codec (str | Unset):
        sample_rate (int | Unset):
        channels (int | Unset):
        audio_codec (str | Unset):
        exif_stripped (bool | Unset): Images only: `true` when the file carries no camera EXIF (no make, model or
            capture
            time): removed, re-encoded, a screenshot, or never a camera's. Reported as the
            `exif_stripped` signal and never weighed: metadata is easily removed and easily forged.
        content_credentials (ContentCredentialsView | Unset): What a file's C2PA manifest declares, and whether its
            signature holds.
    """

    format_: str
    size_bytes: int
    sha256: str
    metadata: MediaViewMetadata
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration: float | Unset = UNSET
    fps: float | Unset = UNSET
    codec: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    channels: int | Unset = UNSET
    audio_codec: str | Unset = UNSET
    exif_stripped: bool | Unset = UNSET
    content_credentials: ContentCredentialsView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        size_bytes = self.size_bytes

        sha256 = self.sha256

        metadata = self.metadata.to_dict()

        width = self.width

        height = self.height

        duration = self.duration

        fps = self.fps

        codec = self.codec

        sample_rate = self.sample_rate

        channels = self.channels

        audio_codec = self.audio_codec

        exif_stripped = self.exif_stripped

        content_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_credentials, Unset):
            content_credentials = self.content_credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "size_bytes": size_bytes,
                "sha256": sha256,
                "metadata": metadata,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps
        if codec is not UNSET:
            field_dict["codec"] = codec
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channels is not UNSET:
            field_dict["channels"] = channels
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if exif_stripped is not UNSET:
            field_dict["exif_stripped"] = exif_stripped
        if content_credentials is not UNSET:
            field_dict["content_credentials"] = content_credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_credentials_view import ContentCredentialsView
        from ..models.media_view_metadata import MediaViewMetadata

        d = dict(src_dict)
        format_ = d.pop("format")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        metadata = MediaViewMetadata.from_dict(d.pop("metadata"))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        duration = d.pop("duration", UNSET)

        fps = d.pop("fps", UNSET)

        codec = d.pop("codec", UNSET)

        sample_rate = d.pop("sample_rate", UNSET)

        channels = d.pop("channels", UNSET)

        audio_codec = d.pop("audio_codec", UNSET)

        exif_stripped = d.pop("exif_stripped", UNSET)

        _content_credentials = d.pop("content_credentials", UNSET)
        content_credentials: ContentCredentialsView | Unset
        if isinstance(_content_credentials, Unset):
            content_credentials = UNSET
        else:
            content_credentials = ContentCredentialsView.from_dict(_content_credentials)

        media_view = cls(
            format_=format_,
            size_bytes=size_bytes,
            sha256=sha256,
            metadata=metadata,
            width=width,
            height=height,
            duration=duration,
            fps=fps,
            codec=codec,
            sample_rate=sample_rate,
            channels=channels,
            audio_codec=audio_codec,
            exif_stripped=exif_stripped,
            content_credentials=content_credentials,
        )

        media_view.additional_properties = d
        return media_view

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
