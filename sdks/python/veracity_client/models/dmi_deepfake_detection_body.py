from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.analysis_type import AnalysisType
from ..models.media_type import MediaType
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="DmiDeepfakeDetectionBody")


@_attrs_define
class DmiDeepfakeDetectionBody:
    """
    Attributes:
        file (File | Unset): The media (exactly one of `file` and `media_url`). `image`, `video` and `audio` are
            accepted as this field's name too. Its type is read from its content, not its name or
            `Content-Type`.
        media_url (str | Unset): Instead of `file`: an https URL of the media, fetched once by Veracity (private and
            internal addresses refused).
        analysis_type (AnalysisType | Unset): What the media is: `GENERAL` (default), `FACE` (a face must be found, else
            the job fails
            `NO_FACE_DETECTED`), `DOCUMENT` (a document photo: edits are reported as `DOCUMENT_FORGERY`)
            or `VERIFICATION` (a KYC selfie: a face must be found).
        strict_mode (bool | Unset): Lower decision thresholds: more media escalated, fewer fakes missed.
        retain (bool | Unset): Keep the media 30 days instead of deleting it 60 s after the verdict.
        return_details (bool | Unset): Include landmarks and every per-frame and per-segment finding.
        callback_url (str | Unset): An https URL that receives the finished job (webhook rules apply).
        media_type (MediaType | Unset): What kind of media a job analyses.
    """

    file: File | Unset = UNSET
    media_url: str | Unset = UNSET
    analysis_type: AnalysisType | Unset = UNSET
    strict_mode: bool | Unset = UNSET
    retain: bool | Unset = UNSET
    return_details: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    media_type: MediaType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        media_url = self.media_url

        analysis_type: str | Unset = UNSET
        if not isinstance(self.analysis_type, Unset):
            analysis_type = self.analysis_type.value

        strict_mode = self.strict_mode

        retain = self.retain

        return_details = self.return_details

        callback_url = self.callback_url

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if analysis_type is not UNSET:
            field_dict["analysis_type"] = analysis_type
        if strict_mode is not UNSET:
            field_dict["strict_mode"] = strict_mode
        if retain is not UNSET:
            field_dict["retain"] = retain
        if return_details is not UNSET:
            field_dict["return_details"] = return_details
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.media_url, Unset):
            files.append(
                ("media_url", (None, str(self.media_url).encode(), "text/plain"))
            )

        if not isinstance(self.analysis_type, Unset):
            files.append(
                (
                    "analysis_type",
                    (None, str(self.analysis_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.strict_mode, Unset):
            files.append(
                ("strict_mode", (None, str(self.strict_mode).encode(), "text/plain"))
            )

        if not isinstance(self.retain, Unset):
            files.append(("retain", (None, str(self.retain).encode(), "text/plain")))

        if not isinstance(self.return_details, Unset):
            files.append(
                (
                    "return_details",
                    (None, str(self.return_details).encode(), "text/plain"),
                )
            )

        if not isinstance(self.callback_url, Unset):
            files.append(
                ("callback_url", (None, str(self.callback_url).encode(), "text/plain"))
            )

        if not isinstance(self.media_type, Unset):
            files.append(
                (
                    "media_type",
                    (None, str(self.media_type.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        media_url = d.pop("media_url", UNSET)

        _analysis_type = d.pop("analysis_type", UNSET)
        analysis_type: AnalysisType | Unset
        if isinstance(_analysis_type, Unset):
            analysis_type = UNSET
        else:
            analysis_type = AnalysisType(_analysis_type)

        strict_mode = d.pop("strict_mode", UNSET)

        retain = d.pop("retain", UNSET)

        return_details = d.pop("return_details", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _media_type = d.pop("media_type", UNSET)
        media_type: MediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MediaType(_media_type)

        dmi_deepfake_detection_body = cls(
            file=file,
            media_url=media_url,
            analysis_type=analysis_type,
            strict_mode=strict_mode,
            retain=retain,
            return_details=return_details,
            callback_url=callback_url,
            media_type=media_type,
        )

        dmi_deepfake_detection_body.additional_properties = d
        return dmi_deepfake_detection_body

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
