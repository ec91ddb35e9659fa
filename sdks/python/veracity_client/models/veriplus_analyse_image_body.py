from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="VeriplusAnalyseImageBody")


@_attrs_define
class VeriplusAnalyseImageBody:
    """
    Attributes:
        image (File | Unset): The media: `image`, `video` or `audio` after the path (`file` works too).
        video (File | Unset):
        audio (File | Unset):
        analysis_type (str | Unset): `GENERAL` (default), `FACE`, `DOCUMENT` or `VERIFICATION`.
        return_details (bool | Unset): Face landmarks, every frame and segment.
        include_liveness (bool | Unset): Accepted; liveness is not judged (`analysis.liveness` is null, with the
            reason).
        return_suspicious_frames (bool | Unset): List the suspicious frames.
        reference_audio (File | Unset): Accepted and not used: voices are not compared (`voicePrintMatch` is null).
    """

    image: File | Unset = UNSET
    video: File | Unset = UNSET
    audio: File | Unset = UNSET
    analysis_type: str | Unset = UNSET
    return_details: bool | Unset = UNSET
    include_liveness: bool | Unset = UNSET
    return_suspicious_frames: bool | Unset = UNSET
    reference_audio: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_tuple()

        video: FileTypes | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_tuple()

        audio: FileTypes | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_tuple()

        analysis_type = self.analysis_type

        return_details = self.return_details

        include_liveness = self.include_liveness

        return_suspicious_frames = self.return_suspicious_frames

        reference_audio: FileTypes | Unset = UNSET
        if not isinstance(self.reference_audio, Unset):
            reference_audio = self.reference_audio.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if video is not UNSET:
            field_dict["video"] = video
        if audio is not UNSET:
            field_dict["audio"] = audio
        if analysis_type is not UNSET:
            field_dict["analysisType"] = analysis_type
        if return_details is not UNSET:
            field_dict["returnDetails"] = return_details
        if include_liveness is not UNSET:
            field_dict["includeLiveness"] = include_liveness
        if return_suspicious_frames is not UNSET:
            field_dict["returnSuspiciousFrames"] = return_suspicious_frames
        if reference_audio is not UNSET:
            field_dict["referenceAudio"] = reference_audio

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.image, Unset):
            files.append(("image", self.image.to_tuple()))

        if not isinstance(self.video, Unset):
            files.append(("video", self.video.to_tuple()))

        if not isinstance(self.audio, Unset):
            files.append(("audio", self.audio.to_tuple()))

        if not isinstance(self.analysis_type, Unset):
            files.append(
                ("analysisType", (None, str(self.analysis_type).encode(), "text/plain"))
            )

        if not isinstance(self.return_details, Unset):
            files.append(
                (
                    "returnDetails",
                    (None, str(self.return_details).encode(), "text/plain"),
                )
            )

        if not isinstance(self.include_liveness, Unset):
            files.append(
                (
                    "includeLiveness",
                    (None, str(self.include_liveness).encode(), "text/plain"),
                )
            )

        if not isinstance(self.return_suspicious_frames, Unset):
            files.append(
                (
                    "returnSuspiciousFrames",
                    (None, str(self.return_suspicious_frames).encode(), "text/plain"),
                )
            )

        if not isinstance(self.reference_audio, Unset):
            files.append(("referenceAudio", self.reference_audio.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _image = d.pop("image", UNSET)
        image: File | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = File(payload=BytesIO(_image))

        _video = d.pop("video", UNSET)
        video: File | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = File(payload=BytesIO(_video))

        _audio = d.pop("audio", UNSET)
        audio: File | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = File(payload=BytesIO(_audio))

        analysis_type = d.pop("analysisType", UNSET)

        return_details = d.pop("returnDetails", UNSET)

        include_liveness = d.pop("includeLiveness", UNSET)

        return_suspicious_frames = d.pop("returnSuspiciousFrames", UNSET)

        _reference_audio = d.pop("referenceAudio", UNSET)
        reference_audio: File | Unset
        if isinstance(_reference_audio, Unset):
            reference_audio = UNSET
        else:
            reference_audio = File(payload=BytesIO(_reference_audio))

        veriplus_analyse_image_body = cls(
            image=image,
            video=video,
            audio=audio,
            analysis_type=analysis_type,
            return_details=return_details,
            include_liveness=include_liveness,
            return_suspicious_frames=return_suspicious_frames,
            reference_audio=reference_audio,
        )

        veriplus_analyse_image_body.additional_properties = d
        return veriplus_analyse_image_body

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
