from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VeriplusJob")


@_attrs_define
class VeriplusJob:
    """A job in 004's shape (its fields for every media type; those that do not apply are absent).

    Attributes:
        job_id (str):
        status (str): `QUEUED`, `PROCESSING`, `COMPLETED`, `FAILED` or `CANCELLED`.
        media_type (str): `IMAGE`, `VIDEO`, `AUDIO` or `TEXT`.
        estimated_time (str | Unset): While processing: Veracity does not estimate a duration (null); poll or use a
            webhook.
        is_deepfake (bool | Unset): Whether it is a deepfake: Veracity's verdict is `synthetic` or `manipulated`.
        is_synthetic (bool | Unset): Audio: the same as `isDeepfake`.
        confidence (int | Unset): How likely a deepfake, 0–100 (004's scale: 90+ reject): Veracity's risk score.
        manipulation_type (str | Unset):
        method (str | Unset): Audio: `TTS_ENGINE` or `VOICE_CLONING` when synthetic speech was found.
        risk_score (int | Unset): 0–100.
        recommendation (str | Unset): `ACCEPT`, `ENHANCED_VERIFICATION`, `MANUAL_REVIEW` or `REJECT`.
        result (Any | Unset): `isDeepfake`, `confidence`, `manipulationType`, `riskScore`, `recommendation` together, as
            004's job read nests them.
        analysis (Any | Unset): What 004's `analysis` holds that Veracity measures, and `notJudged` for the rest.
        video (Any | Unset): Videos: file name, duration, frame count, resolution, fps.
        suspicious_frames (list[Any] | Unset): With `returnSuspiciousFrames` or `returnDetails`: frames scored at 0.70
            or above.
        error (str | Unset): Veracity's error code when the job failed.
        credits_used (int | Unset):
        created_at (str | Unset):
        processed_at (str | Unset):
        completed_at (str | Unset):
    """

    job_id: str
    status: str
    media_type: str
    estimated_time: str | Unset = UNSET
    is_deepfake: bool | Unset = UNSET
    is_synthetic: bool | Unset = UNSET
    confidence: int | Unset = UNSET
    manipulation_type: str | Unset = UNSET
    method: str | Unset = UNSET
    risk_score: int | Unset = UNSET
    recommendation: str | Unset = UNSET
    result: Any | Unset = UNSET
    analysis: Any | Unset = UNSET
    video: Any | Unset = UNSET
    suspicious_frames: list[Any] | Unset = UNSET
    error: str | Unset = UNSET
    credits_used: int | Unset = UNSET
    created_at: str | Unset = UNSET
    processed_at: str | Unset = UNSET
    completed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        media_type = self.media_type

        estimated_time = self.estimated_time

        is_deepfake = self.is_deepfake

        is_synthetic = self.is_synthetic

        confidence = self.confidence

        manipulation_type = self.manipulation_type

        method = self.method

        risk_score = self.risk_score

        recommendation = self.recommendation

        result = self.result

        analysis = self.analysis

        video = self.video

        suspicious_frames: list[Any] | Unset = UNSET
        if not isinstance(self.suspicious_frames, Unset):
            suspicious_frames = self.suspicious_frames

        error = self.error

        credits_used = self.credits_used

        created_at = self.created_at

        processed_at = self.processed_at

        completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "mediaType": media_type,
            }
        )
        if estimated_time is not UNSET:
            field_dict["estimatedTime"] = estimated_time
        if is_deepfake is not UNSET:
            field_dict["isDeepfake"] = is_deepfake
        if is_synthetic is not UNSET:
            field_dict["isSynthetic"] = is_synthetic
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if manipulation_type is not UNSET:
            field_dict["manipulationType"] = manipulation_type
        if method is not UNSET:
            field_dict["method"] = method
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if result is not UNSET:
            field_dict["result"] = result
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if video is not UNSET:
            field_dict["video"] = video
        if suspicious_frames is not UNSET:
            field_dict["suspiciousFrames"] = suspicious_frames
        if error is not UNSET:
            field_dict["error"] = error
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        status = d.pop("status")

        media_type = d.pop("mediaType")

        estimated_time = d.pop("estimatedTime", UNSET)

        is_deepfake = d.pop("isDeepfake", UNSET)

        is_synthetic = d.pop("isSynthetic", UNSET)

        confidence = d.pop("confidence", UNSET)

        manipulation_type = d.pop("manipulationType", UNSET)

        method = d.pop("method", UNSET)

        risk_score = d.pop("riskScore", UNSET)

        recommendation = d.pop("recommendation", UNSET)

        result = d.pop("result", UNSET)

        analysis = d.pop("analysis", UNSET)

        video = d.pop("video", UNSET)

        suspicious_frames = cast(list[Any], d.pop("suspiciousFrames", UNSET))

        error = d.pop("error", UNSET)

        credits_used = d.pop("creditsUsed", UNSET)

        created_at = d.pop("createdAt", UNSET)

        processed_at = d.pop("processedAt", UNSET)

        completed_at = d.pop("completedAt", UNSET)

        veriplus_job = cls(
            job_id=job_id,
            status=status,
            media_type=media_type,
            estimated_time=estimated_time,
            is_deepfake=is_deepfake,
            is_synthetic=is_synthetic,
            confidence=confidence,
            manipulation_type=manipulation_type,
            method=method,
            risk_score=risk_score,
            recommendation=recommendation,
            result=result,
            analysis=analysis,
            video=video,
            suspicious_frames=suspicious_frames,
            error=error,
            credits_used=credits_used,
            created_at=created_at,
            processed_at=processed_at,
            completed_at=completed_at,
        )

        veriplus_job.additional_properties = d
        return veriplus_job

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
