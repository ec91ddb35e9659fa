from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_type import AnalysisType
from ..models.check import Check
from ..models.manipulation_type import ManipulationType
from ..models.media_type import MediaType
from ..models.recommendation import Recommendation
from ..models.status import Status
from ..models.verdict import Verdict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_view import FaceView
    from ..models.generator_view import GeneratorView
    from ..models.heatmap_view import HeatmapView
    from ..models.job_error import JobError
    from ..models.media_view import MediaView
    from ..models.model_view import ModelView
    from ..models.segment_view import SegmentView
    from ..models.signal_view import SignalView
    from ..models.suspicious_frame_view import SuspiciousFrameView
    from ..models.text_highlight_view import TextHighlightView
    from ..models.webhook_delivery import WebhookDelivery


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A detection job and, once it completes, its result.

    Example:
        {'id': 'job_01jdx7q5v6m3k0c8f2h4n9r1sd', 'object': 'detection', 'status': 'completed', 'media_type': 'image',
            'check': 'deepfake', 'analysis_type': 'FACE', 'strict_mode': False, 'retain': False, 'created_at':
            '2026-11-23T12:00:00+00:00', 'started_at': '2026-11-23T12:00:00.004+00:00', 'completed_at':
            '2026-11-23T12:00:00.180+00:00', 'verdict': 'synthetic', 'is_deepfake': True, 'confidence': 0.9800000190734864,
            'risk_score': 98, 'recommendation': 'reject', 'manipulation_type': 'AI_GENERATED', 'generator': {'name': 'Stable
            Diffusion', 'confidence': 0.9800000190734864, 'source': 'png:parameters'}, 'signals': [{'name':
            'generator_metadata', 'score': 0.9800000190734864, 'detail': 'png:parameters names Stable Diffusion as the tool
            that made it', 'contribution': 98.0}], 'faces': [{'bbox': [212.0, 96.0, 388.0, 318.0], 'score':
            0.9990000128746032, 'fake_score': 0.119999997317791, 'frame': 0, 'landmarks': []}], 'flagged_segments': [],
            'suspicious_frames': [], 'frames_analyzed': 1, 'frames_scored': 1, 'fake_frames': 0, 'fake_frames_percentage':
            0.0, 'media': {'format': 'png', 'width': 768, 'height': 512, 'size_bytes': 412331, 'sha256': '9f2c…',
            'metadata': {'png:parameters': 'portrait photo, Steps: 30, Sampler: DPM++ 2M'}, 'exif_stripped': True},
            'models': [{'id': 'metadata-provenance', 'version': '1', 'score': 0.9800000190734864, 'latency_ms': 0.02},
            {'id': 'mtcnn', 'version': '0.0.1', 'latency_ms': 171.4}], 'latency_ms': 176, 'model_ms': 160.42,
            'media_deleted': False, 'source': 'portrait.png', 'credits_used': 2}

    Attributes:
        id (str):
        object_ (str): Always `detection`.
        status (Status):
        media_type (MediaType): What kind of media a job analyses.
        check (Check): The question a job answers.
        analysis_type (AnalysisType): What the media is: `GENERAL` (default), `FACE` (a face must be found, else the job
            fails
            `NO_FACE_DETECTED`), `DOCUMENT` (a document photo: edits are reported as `DOCUMENT_FORGERY`)
            or `VERIFICATION` (a KYC selfie: a face must be found).
        strict_mode (bool):
        retain (bool):
        created_at (datetime.datetime):
        media_deleted (bool): True once the media has been deleted (after the verdict, or on delete).
        started_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset):
        verdict (Verdict | Unset): The overall answer of a completed job.
        is_deepfake (bool | Unset):
        confidence (float | Unset): How sure the verdict is, 0–1; absent when no detector could judge this media.
        risk_score (int | Unset): 0–100; absent when no detector could judge this media (the verdict is then
            `inconclusive` and the recommendation `enhanced_verification`).
        recommendation (Recommendation | Unset): What to do with the media: accept (risk 0–39), enhanced_verification
            (40–69),
            manual_review (70–89) or reject (90–100); `strict_mode` lowers the thresholds.
        manipulation_type (ManipulationType | Unset): What kind of synthesis or manipulation a `synthetic` or
            `manipulated` verdict found.
        generator (GeneratorView | Unset):
        signals (list[SignalView] | Unset):
        faces (list[FaceView] | Unset):
        flagged_segments (list[SegmentView] | Unset):
        suspicious_frames (list[SuspiciousFrameView] | Unset):
        highlights (list[TextHighlightView] | Unset): Texts sent with `highlight: true`: the most machine-like sentences
            (up to 5), in
            reading order.
        heatmap (HeatmapView | Unset): Where in a picture the AI-image probe's score comes from (`return_details=true`,
            images and
            video): the analysed square is cut into a grid and each cell's detail hidden in turn
            (flattened to its average colour) and scored again. `GET /v1/jobs/{id}/heatmap` draws it over the frame.
        frames_analyzed (int | Unset): Images and video only: the frames decoded and analysed (1 for an image; a video
            is sampled
            at 1 frame per second, at most 64 spread over it).
        frames_scored (int | Unset): Images and video only: of `frames_analyzed`, the frames an image classifier scored.
        fake_frames (int | Unset): Images and video only: scored frames whose score reached 0.70.
        fake_frames_percentage (float | Unset): `fake_frames` as a percentage of `frames_scored` (to 0.1); absent when
            no frame was scored.
        media (MediaView | Unset):
        models (list[ModelView] | Unset):
        latency_ms (int | Unset): Milliseconds the worker spent on the job: decoding the media (which can start while
            the
            job is being started) and analysing it.
        model_ms (float | Unset): Of `latency_ms`, the milliseconds spent inside models (to 0.01 ms).
        error (JobError | Unset): Why a job failed: set on a job whose `status` is `failed`.
        source (str | Unset): The client file name of an upload, or the URL media was fetched from.
        credits_used (int | Unset): Credits the job cost, once finished: its price when completed (image 2, video up to
            a
            minute 5, longer 10, audio 3, document 2, text 1, AI-media 2 by default), 0 when it
            failed or was cancelled. `null` while it runs (its worst-case price is reserved).
        webhook_deliveries (list[WebhookDelivery] | Unset): `GET /v1/jobs/{id}` only: the webhook messages made for the
            job (one per endpoint and
            event type, and its `callback_url`) and where each delivery stands.
    """

    id: str
    object_: str
    status: Status
    media_type: MediaType
    check: Check
    analysis_type: AnalysisType
    strict_mode: bool
    retain: bool
    created_at: datetime.datetime
    media_deleted: bool
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    verdict: Verdict | Unset = UNSET
    is_deepfake: bool | Unset = UNSET
    confidence: float | Unset = UNSET
    risk_score: int | Unset = UNSET
    recommendation: Recommendation | Unset = UNSET
    manipulation_type: ManipulationType | Unset = UNSET
    generator: GeneratorView | Unset = UNSET
    signals: list[SignalView] | Unset = UNSET
    faces: list[FaceView] | Unset = UNSET
    flagged_segments: list[SegmentView] | Unset = UNSET
    suspicious_frames: list[SuspiciousFrameView] | Unset = UNSET
    highlights: list[TextHighlightView] | Unset = UNSET
    heatmap: HeatmapView | Unset = UNSET
    frames_analyzed: int | Unset = UNSET
    frames_scored: int | Unset = UNSET
    fake_frames: int | Unset = UNSET
    fake_frames_percentage: float | Unset = UNSET
    media: MediaView | Unset = UNSET
    models: list[ModelView] | Unset = UNSET
    latency_ms: int | Unset = UNSET
    model_ms: float | Unset = UNSET
    error: JobError | Unset = UNSET
    source: str | Unset = UNSET
    credits_used: int | Unset = UNSET
    webhook_deliveries: list[WebhookDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        media_type = self.media_type.value

        check = self.check.value

        analysis_type = self.analysis_type.value

        strict_mode = self.strict_mode

        retain = self.retain

        created_at = self.created_at.isoformat()

        media_deleted = self.media_deleted

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        verdict: str | Unset = UNSET
        if not isinstance(self.verdict, Unset):
            verdict = self.verdict.value

        is_deepfake = self.is_deepfake

        confidence = self.confidence

        risk_score = self.risk_score

        recommendation: str | Unset = UNSET
        if not isinstance(self.recommendation, Unset):
            recommendation = self.recommendation.value

        manipulation_type: str | Unset = UNSET
        if not isinstance(self.manipulation_type, Unset):
            manipulation_type = self.manipulation_type.value

        generator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generator, Unset):
            generator = self.generator.to_dict()

        signals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = []
            for signals_item_data in self.signals:
                signals_item = signals_item_data.to_dict()
                signals.append(signals_item)

        faces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faces, Unset):
            faces = []
            for faces_item_data in self.faces:
                faces_item = faces_item_data.to_dict()
                faces.append(faces_item)

        flagged_segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flagged_segments, Unset):
            flagged_segments = []
            for flagged_segments_item_data in self.flagged_segments:
                flagged_segments_item = flagged_segments_item_data.to_dict()
                flagged_segments.append(flagged_segments_item)

        suspicious_frames: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suspicious_frames, Unset):
            suspicious_frames = []
            for suspicious_frames_item_data in self.suspicious_frames:
                suspicious_frames_item = suspicious_frames_item_data.to_dict()
                suspicious_frames.append(suspicious_frames_item)

        highlights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = []
            for highlights_item_data in self.highlights:
                highlights_item = highlights_item_data.to_dict()
                highlights.append(highlights_item)

        heatmap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heatmap, Unset):
            heatmap = self.heatmap.to_dict()

        frames_analyzed = self.frames_analyzed

        frames_scored = self.frames_scored

        fake_frames = self.fake_frames

        fake_frames_percentage = self.fake_frames_percentage

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        latency_ms = self.latency_ms

        model_ms = self.model_ms

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        source = self.source

        credits_used = self.credits_used

        webhook_deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhook_deliveries, Unset):
            webhook_deliveries = []
            for webhook_deliveries_item_data in self.webhook_deliveries:
                webhook_deliveries_item = webhook_deliveries_item_data.to_dict()
                webhook_deliveries.append(webhook_deliveries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "media_type": media_type,
                "check": check,
                "analysis_type": analysis_type,
                "strict_mode": strict_mode,
                "retain": retain,
                "created_at": created_at,
                "media_deleted": media_deleted,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if is_deepfake is not UNSET:
            field_dict["is_deepfake"] = is_deepfake
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if manipulation_type is not UNSET:
            field_dict["manipulation_type"] = manipulation_type
        if generator is not UNSET:
            field_dict["generator"] = generator
        if signals is not UNSET:
            field_dict["signals"] = signals
        if faces is not UNSET:
            field_dict["faces"] = faces
        if flagged_segments is not UNSET:
            field_dict["flagged_segments"] = flagged_segments
        if suspicious_frames is not UNSET:
            field_dict["suspicious_frames"] = suspicious_frames
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if heatmap is not UNSET:
            field_dict["heatmap"] = heatmap
        if frames_analyzed is not UNSET:
            field_dict["frames_analyzed"] = frames_analyzed
        if frames_scored is not UNSET:
            field_dict["frames_scored"] = frames_scored
        if fake_frames is not UNSET:
            field_dict["fake_frames"] = fake_frames
        if fake_frames_percentage is not UNSET:
            field_dict["fake_frames_percentage"] = fake_frames_percentage
        if media is not UNSET:
            field_dict["media"] = media
        if models is not UNSET:
            field_dict["models"] = models
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if model_ms is not UNSET:
            field_dict["model_ms"] = model_ms
        if error is not UNSET:
            field_dict["error"] = error
        if source is not UNSET:
            field_dict["source"] = source
        if credits_used is not UNSET:
            field_dict["credits_used"] = credits_used
        if webhook_deliveries is not UNSET:
            field_dict["webhook_deliveries"] = webhook_deliveries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_view import FaceView
        from ..models.generator_view import GeneratorView
        from ..models.heatmap_view import HeatmapView
        from ..models.job_error import JobError
        from ..models.media_view import MediaView
        from ..models.model_view import ModelView
        from ..models.segment_view import SegmentView
        from ..models.signal_view import SignalView
        from ..models.suspicious_frame_view import SuspiciousFrameView
        from ..models.text_highlight_view import TextHighlightView
        from ..models.webhook_delivery import WebhookDelivery

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        status = Status(d.pop("status"))

        media_type = MediaType(d.pop("media_type"))

        check = Check(d.pop("check"))

        analysis_type = AnalysisType(d.pop("analysis_type"))

        strict_mode = d.pop("strict_mode")

        retain = d.pop("retain")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        media_deleted = d.pop("media_deleted")

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _verdict = d.pop("verdict", UNSET)
        verdict: Verdict | Unset
        if isinstance(_verdict, Unset):
            verdict = UNSET
        else:
            verdict = Verdict(_verdict)

        is_deepfake = d.pop("is_deepfake", UNSET)

        confidence = d.pop("confidence", UNSET)

        risk_score = d.pop("risk_score", UNSET)

        _recommendation = d.pop("recommendation", UNSET)
        recommendation: Recommendation | Unset
        if isinstance(_recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = Recommendation(_recommendation)

        _manipulation_type = d.pop("manipulation_type", UNSET)
        manipulation_type: ManipulationType | Unset
        if isinstance(_manipulation_type, Unset):
            manipulation_type = UNSET
        else:
            manipulation_type = ManipulationType(_manipulation_type)

        _generator = d.pop("generator", UNSET)
        generator: GeneratorView | Unset
        if isinstance(_generator, Unset):
            generator = UNSET
        else:
            generator = GeneratorView.from_dict(_generator)

        _signals = d.pop("signals", UNSET)
        signals: list[SignalView] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:
                signals_item = SignalView.from_dict(signals_item_data)

                signals.append(signals_item)

        _faces = d.pop("faces", UNSET)
        faces: list[FaceView] | Unset = UNSET
        if _faces is not UNSET:
            faces = []
            for faces_item_data in _faces:
                faces_item = FaceView.from_dict(faces_item_data)

                faces.append(faces_item)

        _flagged_segments = d.pop("flagged_segments", UNSET)
        flagged_segments: list[SegmentView] | Unset = UNSET
        if _flagged_segments is not UNSET:
            flagged_segments = []
            for flagged_segments_item_data in _flagged_segments:
                flagged_segments_item = SegmentView.from_dict(
                    flagged_segments_item_data
                )

                flagged_segments.append(flagged_segments_item)

        _suspicious_frames = d.pop("suspicious_frames", UNSET)
        suspicious_frames: list[SuspiciousFrameView] | Unset = UNSET
        if _suspicious_frames is not UNSET:
            suspicious_frames = []
            for suspicious_frames_item_data in _suspicious_frames:
                suspicious_frames_item = SuspiciousFrameView.from_dict(
                    suspicious_frames_item_data
                )

                suspicious_frames.append(suspicious_frames_item)

        _highlights = d.pop("highlights", UNSET)
        highlights: list[TextHighlightView] | Unset = UNSET
        if _highlights is not UNSET:
            highlights = []
            for highlights_item_data in _highlights:
                highlights_item = TextHighlightView.from_dict(highlights_item_data)

                highlights.append(highlights_item)

        _heatmap = d.pop("heatmap", UNSET)
        heatmap: HeatmapView | Unset
        if isinstance(_heatmap, Unset):
            heatmap = UNSET
        else:
            heatmap = HeatmapView.from_dict(_heatmap)

        frames_analyzed = d.pop("frames_analyzed", UNSET)

        frames_scored = d.pop("frames_scored", UNSET)

        fake_frames = d.pop("fake_frames", UNSET)

        fake_frames_percentage = d.pop("fake_frames_percentage", UNSET)

        _media = d.pop("media", UNSET)
        media: MediaView | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = MediaView.from_dict(_media)

        _models = d.pop("models", UNSET)
        models: list[ModelView] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = ModelView.from_dict(models_item_data)

                models.append(models_item)

        latency_ms = d.pop("latency_ms", UNSET)

        model_ms = d.pop("model_ms", UNSET)

        _error = d.pop("error", UNSET)
        error: JobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobError.from_dict(_error)

        source = d.pop("source", UNSET)

        credits_used = d.pop("credits_used", UNSET)

        _webhook_deliveries = d.pop("webhook_deliveries", UNSET)
        webhook_deliveries: list[WebhookDelivery] | Unset = UNSET
        if _webhook_deliveries is not UNSET:
            webhook_deliveries = []
            for webhook_deliveries_item_data in _webhook_deliveries:
                webhook_deliveries_item = WebhookDelivery.from_dict(
                    webhook_deliveries_item_data
                )

                webhook_deliveries.append(webhook_deliveries_item)

        job = cls(
            id=id,
            object_=object_,
            status=status,
            media_type=media_type,
            check=check,
            analysis_type=analysis_type,
            strict_mode=strict_mode,
            retain=retain,
            created_at=created_at,
            media_deleted=media_deleted,
            started_at=started_at,
            completed_at=completed_at,
            verdict=verdict,
            is_deepfake=is_deepfake,
            confidence=confidence,
            risk_score=risk_score,
            recommendation=recommendation,
            manipulation_type=manipulation_type,
            generator=generator,
            signals=signals,
            faces=faces,
            flagged_segments=flagged_segments,
            suspicious_frames=suspicious_frames,
            highlights=highlights,
            heatmap=heatmap,
            frames_analyzed=frames_analyzed,
            frames_scored=frames_scored,
            fake_frames=fake_frames,
            fake_frames_percentage=fake_frames_percentage,
            media=media,
            models=models,
            latency_ms=latency_ms,
            model_ms=model_ms,
            error=error,
            source=source,
            credits_used=credits_used,
            webhook_deliveries=webhook_deliveries,
        )

        job.additional_properties = d
        return job

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
