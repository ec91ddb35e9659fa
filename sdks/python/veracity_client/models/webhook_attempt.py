from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttempt")


@_attrs_define
class WebhookAttempt:
    """One delivery attempt.

    Attributes:
        message_id (str):
        attempt (int): 1 for the first.
        url (str):
        attempted_at (datetime.datetime):
        latency_ms (int):
        response_excerpt (str): The start of the answer's body (at most 1 KB).
        status_code (int | Unset): The HTTP status answered; absent when there was no answer (see `error`).
        error (str | Unset): Why there was no answer: refused address, timeout, connection error.
    """

    message_id: str
    attempt: int
    url: str
    attempted_at: datetime.datetime
    latency_ms: int
    response_excerpt: str
    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        attempt = self.attempt

        url = self.url

        attempted_at = self.attempted_at.isoformat()

        latency_ms = self.latency_ms

        response_excerpt = self.response_excerpt

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "attempt": attempt,
                "url": url,
                "attempted_at": attempted_at,
                "latency_ms": latency_ms,
                "response_excerpt": response_excerpt,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        attempt = d.pop("attempt")

        url = d.pop("url")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))

        latency_ms = d.pop("latency_ms")

        response_excerpt = d.pop("response_excerpt")

        status_code = d.pop("status_code", UNSET)

        error = d.pop("error", UNSET)

        webhook_attempt = cls(
            message_id=message_id,
            attempt=attempt,
            url=url,
            attempted_at=attempted_at,
            latency_ms=latency_ms,
            response_excerpt=response_excerpt,
            status_code=status_code,
            error=error,
        )

        webhook_attempt.additional_properties = d
        return webhook_attempt

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
