from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deepfake_detector_result_signals import DeepfakeDetectorResultSignals
    from ..models.deepfake_detector_segment import DeepfakeDetectorSegment


T = TypeVar("T", bound="DeepfakeDetectorResult")


@_attrs_define
class DeepfakeDetectorResult:
    """A job in deepfakedetector.ai's shape.

    Attributes:
        job_id (str): The Veracity job id (`GET /compat/deepfakedetector/v1/jobs/{id}` or `GET /v1/jobs/{id}`).
        status (str): `queued`, `processing`, `completed`, `failed` or `cancelled`.
        signals (DeepfakeDetectorResultSignals): Each signal by name: `synthetic` (score ≥ 0.70), `uncertain`
            (0.40–0.70), `natural`
            (< 0.40) or `informative` (a finding with no score, e.g. no metadata found).
        flagged_segments (list[DeepfakeDetectorSegment]): Stretches of a video's or audio's timeline flagged as
            synthetic.
        verdict (None | str | Unset): `authentic`, `synthetic`, `manipulated` or `inconclusive`, once completed.
        confidence (float | None | Unset): How sure the verdict is, 0–1; absent when nothing could be judged.
        generator (None | str | Unset): The generator named by the media's provenance (C2PA, metadata, watermark), else
            null:
            Veracity never guesses a generator from pixels.
        latency_ms (int | None | Unset): Milliseconds the analysis took.
        error (None | str | Unset): Why the job failed, when it did: Veracity's error code.
    """

    job_id: str
    status: str
    signals: DeepfakeDetectorResultSignals
    flagged_segments: list[DeepfakeDetectorSegment]
    verdict: None | str | Unset = UNSET
    confidence: float | None | Unset = UNSET
    generator: None | str | Unset = UNSET
    latency_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        signals = self.signals.to_dict()

        flagged_segments = []
        for flagged_segments_item_data in self.flagged_segments:
            flagged_segments_item = flagged_segments_item_data.to_dict()
            flagged_segments.append(flagged_segments_item)

        verdict: None | str | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        else:
            verdict = self.verdict

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        generator: None | str | Unset
        if isinstance(self.generator, Unset):
            generator = UNSET
        else:
            generator = self.generator

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
                "signals": signals,
                "flagged_segments": flagged_segments,
            }
        )
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if generator is not UNSET:
            field_dict["generator"] = generator
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deepfake_detector_result_signals import (
            DeepfakeDetectorResultSignals,
        )
        from ..models.deepfake_detector_segment import DeepfakeDetectorSegment

        d = dict(src_dict)
        job_id = d.pop("job_id")

        status = d.pop("status")

        signals = DeepfakeDetectorResultSignals.from_dict(d.pop("signals"))

        flagged_segments = []
        _flagged_segments = d.pop("flagged_segments")
        for flagged_segments_item_data in _flagged_segments:
            flagged_segments_item = DeepfakeDetectorSegment.from_dict(
                flagged_segments_item_data
            )

            flagged_segments.append(flagged_segments_item)

        def _parse_verdict(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        def _parse_generator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generator = _parse_generator(d.pop("generator", UNSET))

        def _parse_latency_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        deepfake_detector_result = cls(
            job_id=job_id,
            status=status,
            signals=signals,
            flagged_segments=flagged_segments,
            verdict=verdict,
            confidence=confidence,
            generator=generator,
            latency_ms=latency_ms,
            error=error,
        )

        deepfake_detector_result.additional_properties = d
        return deepfake_detector_result

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
