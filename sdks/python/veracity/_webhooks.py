"""Webhook verification, delegated to the Standard Webhooks reference library."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

JOB_EVENTS = ("deepfake.scan_completed", "deepfake.deepfake_detected", "deepfake.job_failed")


@dataclass(frozen=True)
class JobEventData:
    """The job summary of `deepfake.*` events (the schema `GET /v1/webhooks/event-types`
    publishes); `GET` `links["self"]` for the full result."""

    id: str
    media_type: str
    status: str
    credits_used: int
    links: dict[str, str]
    verdict: str | None = None
    is_deepfake: bool | None = None
    confidence: float | None = None
    risk_score: int | None = None
    recommendation: str | None = None
    manipulation_type: str | None = None
    error: dict[str, str] | None = None

    @staticmethod
    def from_dict(data: dict[str, Any]) -> JobEventData:
        known = JobEventData.__dataclass_fields__
        return JobEventData(**{name: value for name, value in data.items() if name in known})


@dataclass(frozen=True)
class WebhookEvent:
    """A verified delivery: `type`, `timestamp`, the raw `data`, and `job` for job events."""

    id: str
    type: str
    timestamp: str
    data: dict[str, Any]
    job: JobEventData | None


def verify_webhook(body: bytes | str, headers: Mapping[str, str], secret: str) -> WebhookEvent:
    """Checks the `webhook-signature` of a delivery against the endpoint's `whsec_…` secret
    (and the timestamp against a 5-minute window) before parsing anything; raises
    `standardwebhooks.webhooks.WebhookVerificationError` when the delivery is forged or stale.
    Pass the raw body, exactly as received."""
    from standardwebhooks.webhooks import Webhook

    lowered = {name.lower(): value for name, value in headers.items()}
    event = Webhook(secret).verify(body, lowered)
    data = event.get("data") or {}
    job = JobEventData.from_dict(data) if event.get("type") in JOB_EVENTS else None
    return WebhookEvent(
        id=lowered.get("webhook-id", ""),
        type=event.get("type", ""),
        timestamp=event.get("timestamp", ""),
        data=data,
        job=job,
    )
