from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_type import AnalysisType
from ..models.media_type import MediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectTextRequest")


@_attrs_define
class DetectTextRequest:
    """Text to check for machine writing.

    Example:
        {'text': 'The rapid evolution of technology has fundamentally transformed the way we communicate, collaborate,
            and share information across the globe.', 'highlight': True}

    Attributes:
        text (str): 50 to 100,000 characters (`TEXT_TOO_SHORT` below 50, ignoring surrounding spaces).
        highlight (bool | Unset): Mark the most machine-like sentences in the result's `highlights`.
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

    text: str
    highlight: bool | Unset = UNSET
    analysis_type: AnalysisType | Unset = UNSET
    strict_mode: bool | Unset = UNSET
    retain: bool | Unset = UNSET
    return_details: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    media_type: MediaType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        highlight = self.highlight

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
        field_dict.update(
            {
                "text": text,
            }
        )
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        highlight = d.pop("highlight", UNSET)

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

        detect_text_request = cls(
            text=text,
            highlight=highlight,
            analysis_type=analysis_type,
            strict_mode=strict_mode,
            retain=retain,
            return_details=return_details,
            callback_url=callback_url,
            media_type=media_type,
        )

        detect_text_request.additional_properties = d
        return detect_text_request

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
