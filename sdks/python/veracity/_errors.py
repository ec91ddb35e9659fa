"""Typed errors: every non-2xx answer of the API is an RFC 9457 problem with a stable `code`."""

from __future__ import annotations

from typing import Any

import httpx


class VeracityError(Exception):
    """An answer the API refused, or a job that failed.

    `code` is stable (branch on it, never on `detail`); quote `request_id` when reporting.
    `job_id` is set when the problem concerns a job (a failed synchronous detection).
    """

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        request_id: str | None = None,
        job_id: str | None = None,
        problem: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{code} ({status}): {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.request_id = request_id
        self.job_id = job_id
        self.problem = problem or {}

    @staticmethod
    def from_response(response: httpx.Response) -> VeracityError:
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        if not isinstance(problem, dict):
            problem = {}
        kind = _BY_CODE.get(problem.get("code", "")) or (JobFailed if problem.get("job_id") else VeracityError)
        return kind(
            response.status_code,
            problem.get("code") or f"HTTP_{response.status_code}",
            problem.get("detail") or response.reason_phrase,
            request_id=problem.get("request_id") or response.headers.get("x-request-id"),
            job_id=problem.get("job_id"),
            problem=problem,
        )


class InsufficientCredits(VeracityError):
    """402: the balance cannot cover the job (`problem["balance"]`, `problem["required"]`)."""


class RateLimited(VeracityError):
    """429 after every retry was spent."""


class JobFailed(VeracityError):
    """The job ended `failed`: `code` is the job's error code (e.g. `NO_FACE_DETECTED`)."""


_BY_CODE: dict[str, type[VeracityError]] = {
    "INSUFFICIENT_CREDITS": InsufficientCredits,
    "RATE_LIMITED": RateLimited,
    "DAILY_LIMIT_EXCEEDED": RateLimited,
}
