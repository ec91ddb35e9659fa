from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookMessage")


@_attrs_define
class WebhookMessage:
    """One message to an endpoint (or a callback URL) and where its delivery stands.

    Example:
        {'id': 'msg_4bq1z3x6q7v3k0c8f2h4n9r1s0', 'endpoint_id': 'wh_01jebm2x6q7v3k0c8f2h4n9r1s', 'event_type':
            'deepfake.scan_completed', 'job_id': 'job_01jebm3a9d5e7f0g1h2j3k4m5n', 'status': 'delivered', 'attempts': 1,
            'last_status_code': 200, 'created_at': '2026-12-06T10:00:01+00:00', 'last_attempt_at':
            '2026-12-06T10:00:01+00:00', 'payload': {'type': 'deepfake.scan_completed', 'timestamp':
            '2026-12-06T10:00:01.000Z', 'data': {'id': 'job_01jebm3a9d5e7f0g1h2j3k4m5n', 'media_type': 'image', 'status':
            'completed', 'verdict': 'authentic', 'is_deepfake': False, 'confidence': 0.91, 'risk_score': 8,
            'recommendation': 'accept', 'manipulation_type': None, 'credits_used': 1, 'error': None, 'links': {'self':
            '/v1/jobs/job_01jebm3a9d5e7f0g1h2j3k4m5n'}}}}

    Attributes:
        id (str): Also the `webhook-id` header of every attempt: drop duplicates by it.
        event_type (WebhookEventType): A webhook event type.
        status (DeliveryStatus): A message's delivery status.
        attempts (int):
        created_at (datetime.datetime):
        payload (Any): The body sent: `{type, timestamp, data}`.
        endpoint_id (str | Unset): The endpoint, or absent for a job's `callback_url`.
        url (str | Unset): The callback URL, for callback messages.
        job_id (str | Unset):
        last_status_code (int | Unset):
        last_attempt_at (datetime.datetime | Unset):
        next_attempt_at (datetime.datetime | Unset):
    """

    id: str
    event_type: WebhookEventType
    status: DeliveryStatus
    attempts: int
    created_at: datetime.datetime
    payload: Any
    endpoint_id: str | Unset = UNSET
    url: str | Unset = UNSET
    job_id: str | Unset = UNSET
    last_status_code: int | Unset = UNSET
    last_attempt_at: datetime.datetime | Unset = UNSET
    next_attempt_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type = self.event_type.value

        status = self.status.value

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        payload = self.payload

        endpoint_id = self.endpoint_id

        url = self.url

        job_id = self.job_id

        last_status_code = self.last_status_code

        last_attempt_at: str | Unset = UNSET
        if not isinstance(self.last_attempt_at, Unset):
            last_attempt_at = self.last_attempt_at.isoformat()

        next_attempt_at: str | Unset = UNSET
        if not isinstance(self.next_attempt_at, Unset):
            next_attempt_at = self.next_attempt_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "status": status,
                "attempts": attempts,
                "created_at": created_at,
                "payload": payload,
            }
        )
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if url is not UNSET:
            field_dict["url"] = url
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code
        if last_attempt_at is not UNSET:
            field_dict["last_attempt_at"] = last_attempt_at
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        event_type = WebhookEventType(d.pop("event_type"))

        status = DeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        payload = d.pop("payload")

        endpoint_id = d.pop("endpoint_id", UNSET)

        url = d.pop("url", UNSET)

        job_id = d.pop("job_id", UNSET)

        last_status_code = d.pop("last_status_code", UNSET)

        _last_attempt_at = d.pop("last_attempt_at", UNSET)
        last_attempt_at: datetime.datetime | Unset
        if isinstance(_last_attempt_at, Unset):
            last_attempt_at = UNSET
        else:
            last_attempt_at = datetime.datetime.fromisoformat(_last_attempt_at)

        _next_attempt_at = d.pop("next_attempt_at", UNSET)
        next_attempt_at: datetime.datetime | Unset
        if isinstance(_next_attempt_at, Unset):
            next_attempt_at = UNSET
        else:
            next_attempt_at = datetime.datetime.fromisoformat(_next_attempt_at)

        webhook_message = cls(
            id=id,
            event_type=event_type,
            status=status,
            attempts=attempts,
            created_at=created_at,
            payload=payload,
            endpoint_id=endpoint_id,
            url=url,
            job_id=job_id,
            last_status_code=last_status_code,
            last_attempt_at=last_attempt_at,
            next_attempt_at=next_attempt_at,
        )

        webhook_message.additional_properties = d
        return webhook_message

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
