from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """Where a job's webhook messages stand, one per endpoint and event type.

    Attributes:
        message_id (str):
        event_type (WebhookEventType): A webhook event type.
        status (DeliveryStatus): A message's delivery status.
        attempts (int):
        endpoint_id (str | Unset): Absent for the job's `callback_url`.
        url (str | Unset):
        last_status_code (int | Unset):
        next_attempt_at (datetime.datetime | Unset):
    """

    message_id: str
    event_type: WebhookEventType
    status: DeliveryStatus
    attempts: int
    endpoint_id: str | Unset = UNSET
    url: str | Unset = UNSET
    last_status_code: int | Unset = UNSET
    next_attempt_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        event_type = self.event_type.value

        status = self.status.value

        attempts = self.attempts

        endpoint_id = self.endpoint_id

        url = self.url

        last_status_code = self.last_status_code

        next_attempt_at: str | Unset = UNSET
        if not isinstance(self.next_attempt_at, Unset):
            next_attempt_at = self.next_attempt_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "event_type": event_type,
                "status": status,
                "attempts": attempts,
            }
        )
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if url is not UNSET:
            field_dict["url"] = url
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        event_type = WebhookEventType(d.pop("event_type"))

        status = DeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        endpoint_id = d.pop("endpoint_id", UNSET)

        url = d.pop("url", UNSET)

        last_status_code = d.pop("last_status_code", UNSET)

        _next_attempt_at = d.pop("next_attempt_at", UNSET)
        next_attempt_at: datetime.datetime | Unset
        if isinstance(_next_attempt_at, Unset):
            next_attempt_at = UNSET
        else:
            next_attempt_at = datetime.datetime.fromisoformat(_next_attempt_at)

        webhook_delivery = cls(
            message_id=message_id,
            event_type=event_type,
            status=status,
            attempts=attempts,
            endpoint_id=endpoint_id,
            url=url,
            last_status_code=last_status_code,
            next_attempt_at=next_attempt_at,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
