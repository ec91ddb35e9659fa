"""Veracity for Python: a small hand-written layer over the generated core (`veracity_client`).

    from veracity import Veracity

    client = Veracity()                      # VERACITY_API_KEY, VERACITY_BASE_URL
    job = client.detect("portrait.jpg")      # a path, bytes, a file object, url=, frames= or text=
    print(job.verdict, job.risk_score)

What it adds to the generated core: one `detect` for every kind of input, `wait_for` that
follows a queued job to its end, retries with exponential backoff and jitter on 429, 5xx and
network errors (honouring `Retry-After`), an `Idempotency-Key` per logical call reused by its
retries (a retried upload never makes two jobs), streamed uploads, typed errors carrying the
problem's `code`, `request_id` and `job_id`, and webhook verification (`verify_webhook`).
The whole generated API stays one attribute away: `client.core`.
"""

from ._client import Veracity
from ._errors import InsufficientCredits, JobFailed, RateLimited, VeracityError
from ._webhooks import JobEventData, WebhookEvent, verify_webhook

__all__ = [
    "InsufficientCredits",
    "JobEventData",
    "JobFailed",
    "RateLimited",
    "Veracity",
    "VeracityError",
    "WebhookEvent",
    "verify_webhook",
]
