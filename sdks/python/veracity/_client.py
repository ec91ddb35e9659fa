"""The client: detection with retries, idempotency and waiting, over the generated core."""

from __future__ import annotations

import base64
import email.utils
import io
import math
import os
import random
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import httpx
from veracity_client import AuthenticatedClient
from veracity_client.models import Job, JobPage

from ._errors import JobFailed, VeracityError

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
VERSION = "0.1.0"

#: Upload operations by media; each also has a JSON operation for a URL at `<path>/url`.
UPLOAD_PATHS = {
    "any": "/v1/detect",
    "image": "/v1/detect/image",
    "video": "/v1/detect/video",
    "audio": "/v1/detect/audio",
    "ai-media": "/v1/detect/ai-media",
}
FINISHED = ("completed", "failed", "cancelled")
#: Answers worth another try: rate limits, server errors, a dependency briefly unavailable.
RETRY_STATUSES = (429, 500, 502, 503, 504)
#: 429s that another try soon will not change.
FINAL_CODES = ("DAILY_LIMIT_EXCEEDED",)
#: How long a request whose Idempotency-Key is still being processed is retried.
IN_PROGRESS_PATIENCE = 60.0

Media = str | os.PathLike | bytes | IO[bytes]


class Veracity:
    """A Veracity API client for one API key.

    `api_key` defaults to `VERACITY_API_KEY`, `base_url` to `VERACITY_BASE_URL` (else the
    embedded default, http://127.0.0.1:8080). `max_retries` extra attempts are made on 429,
    5xx and network errors, `backoff` seconds doubling each time (with jitter, at most
    `max_backoff`), or after `Retry-After` when the server sends one.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float = 120.0,
        max_retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        key = api_key or os.environ.get("VERACITY_API_KEY")
        if not key:
            raise ValueError("no API key: pass api_key= or set VERACITY_API_KEY")
        self.base_url = (base_url or os.environ.get("VERACITY_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.max_retries, self.backoff, self.max_backoff = max_retries, backoff, max_backoff
        headers = {"Authorization": f"Bearer {key}", "User-Agent": f"veracity-python/{VERSION}"}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout, transport=transport)
        #: The generated client for every other operation (`veracity_client.api.*`).
        self.core = AuthenticatedClient(base_url=self.base_url, token=key, timeout=httpx.Timeout(timeout))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Veracity:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- detection -------------------------------------------------------------------------

    def detect(
        self,
        file: Media | None = None,
        *,
        url: str | None = None,
        frames: list[bytes] | None = None,
        text: str | None = None,
        media: str = "any",
        wait: bool | float = True,
        analysis_type: str | None = None,
        strict_mode: bool | None = None,
        retain: bool | None = None,
        return_details: bool | None = None,
        callback_url: str | None = None,
        highlight: bool | None = None,
        idempotency_key: str | None = None,
        timeout: float = 600.0,
    ) -> Job:
        """Submits one thing to analyse: a `file` (a path, bytes or a binary file object, streamed
        from its start),
        a `url`, video `frames` (image bytes) or `text`. `media` picks the operation for files and
        URLs: `any` (typed by content), `image`, `video`, `audio` or `ai-media`.

        `wait=True` returns the finished job (following a queued one with `wait_for`), a number
        asks the server to hold the answer that many seconds first (`Prefer: wait`), `False`
        returns as soon as the job is accepted. A failed job raises `JobFailed`. Every retry of
        this call sends the same `Idempotency-Key`, so the API makes one job whatever happens.
        """
        given = [
            name
            for name, value in (("file", file), ("url", url), ("frames", frames), ("text", text))
            if value is not None
        ]
        if len(given) != 1:
            raise ValueError(f"pass exactly one of file, url, frames or text (got {', '.join(given) or 'none'})")
        if media not in UPLOAD_PATHS:
            raise ValueError(f"media must be one of {', '.join(UPLOAD_PATHS)}")
        options = {
            "analysis_type": analysis_type,
            "strict_mode": strict_mode,
            "retain": retain,
            "return_details": return_details,
            "callback_url": callback_url,
        }
        options = {name: value for name, value in options.items() if value is not None}
        headers = {"Idempotency-Key": idempotency_key or str(uuid.uuid4())}
        if wait is not True and wait is not False:
            headers["Prefer"] = f"wait={int(wait)}"
        elif wait is False:
            headers["Prefer"] = "wait=0"
        if text is not None:
            body = {"text": text, **options, **({"highlight": highlight} if highlight is not None else {})}
            response = self._send("POST", "/v1/detect/text", headers=headers, json=body)
        elif url is not None:
            path = "/v1/detect/url" if media == "any" else f"{UPLOAD_PATHS[media]}/url"
            response = self._send("POST", path, headers=headers, json={"media_url": url, **options})
        elif frames is not None:
            encoded = [base64.b64encode(frame).decode() for frame in frames]
            response = self._send(
                "POST", "/v1/detect/video/frames", headers=headers, json={"frames": encoded, **options}
            )
        else:
            fields = {name: _form_value(value) for name, value in options.items()}
            upload = Upload(file, fields)
            response = self._send("POST", UPLOAD_PATHS[media], headers=headers, upload=upload)
        job = Job.from_dict(response.json())
        if wait is False or job.status.value in FINISHED:
            return _finished(job) if job.status.value in FINISHED else job
        return self.wait_for(job, location=response.headers.get("location"), timeout=timeout)

    def wait_for(self, job: Job | str, *, location: str | None = None, timeout: float = 600.0) -> Job:
        """Polls a job (its `Location`, else `/v1/jobs/{id}`) until it completes, fails or is
        cancelled, at the pace the server's `Retry-After` asks for (else backing off from 0.5 s
        to 5 s). Returns the completed or cancelled job; raises `JobFailed` for a failed one and
        `TimeoutError` after `timeout` seconds."""
        job_id = job if isinstance(job, str) else job.id
        # The key goes only to this server: a Location elsewhere is not followed.
        path = location if location and location.startswith("/") else f"/v1/jobs/{job_id}"
        deadline = time.monotonic() + timeout
        pause = 0.5
        while True:
            response = self._send("GET", path)
            current = Job.from_dict(response.json())
            if current.status.value in FINISHED:
                return _finished(current)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"job {job_id} is still {current.status.value} after {timeout:.0f} s")
            delay = _retry_after(response.headers.get("retry-after"))
            time.sleep(min(remaining, delay if delay is not None else pause))
            pause = min(pause * 2, 5.0)

    def get_job(self, job_id: str) -> Job:
        return Job.from_dict(self._send("GET", f"/v1/jobs/{job_id}").json())

    def list_jobs(self, **filters: Any) -> JobPage:
        """`GET /v1/jobs`: `status`, `media_type`, `verdict`, `created_after`, `created_before`,
        `limit` (1-100) and `starting_after` (the last id of the previous page)."""
        params = {name: _query_value(value) for name, value in filters.items() if value is not None}
        return JobPage.from_dict(self._send("GET", "/v1/jobs", params=params).json())

    def delete_job(self, job_id: str) -> None:
        self._send("DELETE", f"/v1/jobs/{job_id}", gone_is_done=True)

    # -- transport -------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        json: Any = None,
        upload: Upload | None = None,
        gone_is_done: bool = False,
    ) -> httpx.Response:
        """One logical request, retried on 429, 5xx and network errors (`max_retries` times) and
        on `IDEMPOTENCY_IN_PROGRESS` (for up to a minute: the first request is still running);
        every other non-2xx answer raises `VeracityError` (or a subclass). A wait the server
        asks for (`Retry-After`) longer than `max_backoff` is not waited out: the error is
        raised at once (a daily limit resets at midnight UTC, not in a few seconds)."""
        attempt = 0
        in_progress_until = time.monotonic() + IN_PROGRESS_PATIENCE
        replayable = upload is None or upload.replayable
        while True:
            try:
                if upload is not None:
                    with upload.part() as part:
                        response = self._http.request(
                            method, path, headers=headers, params=params, files={"file": part}, data=upload.fields
                        )
                else:
                    response = self._http.request(method, path, headers=headers, params=params, json=json)
            except httpx.TransportError:
                if attempt >= self.max_retries or not replayable:
                    raise
                time.sleep(self._backoff(attempt))
                attempt += 1
                continue
            if gone_is_done and attempt > 0 and response.status_code == 404:
                return response  # an earlier attempt did it, and its answer was lost
            problem = _problem(response)
            if problem.get("code") == "IDEMPOTENCY_IN_PROGRESS" and time.monotonic() < in_progress_until and replayable:
                time.sleep(min(2.0, self._backoff(attempt)))
                continue
            retry = (
                response.status_code in RETRY_STATUSES
                and problem.get("code") not in FINAL_CODES
                and not problem.get("job_id")  # a job's outcome, not a passing fault
            )
            if retry and attempt < self.max_retries and replayable:
                delay = _retry_after(response.headers.get("retry-after"))
                if delay is None or delay <= self.max_backoff:
                    time.sleep(delay if delay is not None else self._backoff(attempt))
                    attempt += 1
                    continue
            if response.is_error:
                raise VeracityError.from_response(response)
            return response

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: up to `backoff * 2^attempt`, capped."""
        return random.uniform(0.5, 1.0) * min(self.max_backoff, self.backoff * 2**attempt)


def _problem(response: httpx.Response) -> dict[str, Any]:
    """The problem document of an error answer (empty for a success or a non-JSON body)."""
    if not response.is_error:
        return {}
    try:
        problem = response.json()
    except ValueError:
        return {}
    return problem if isinstance(problem, dict) else {}


def _retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds: a number, or an HTTP date."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # the asctime form and `-0000` carry no zone: HTTP dates are UTC
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _seekable(media: Media) -> bool:
    return not isinstance(media, (str, os.PathLike, bytes)) and bool(getattr(media, "seekable", lambda: False)())


class Upload:
    """A file to upload, sent afresh on each attempt: a path is reopened (and streamed), bytes
    re-sent, a file object read again from its start (httpx rewinds it). A file object that
    cannot seek (a pipe) is sent once, without retries."""

    def __init__(self, media: Media, fields: dict[str, str]) -> None:
        self.media, self.fields = media, fields

    @property
    def replayable(self) -> bool:
        return isinstance(self.media, (str, os.PathLike, bytes)) or _seekable(self.media)

    @contextmanager
    def part(self) -> Iterator[tuple[str, IO[bytes]]]:
        media = self.media
        if isinstance(media, (str, os.PathLike)):
            with open(media, "rb") as handle:
                yield Path(media).name, handle
        elif isinstance(media, bytes):
            yield "upload", io.BytesIO(media)
        else:
            yield Path(str(getattr(media, "name", "upload"))).name, media


def _form_value(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _query_value(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value) if not isinstance(value, str) else value


def _finished(job: Job) -> Job:
    if job.status.value == "failed":
        error = job.error
        code = getattr(error, "code", None) or "ANALYSIS_FAILED"
        raise JobFailed(422, code, getattr(error, "message", None) or "the job failed", job_id=job.id)
    return job
