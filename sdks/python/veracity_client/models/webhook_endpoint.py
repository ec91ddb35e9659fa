from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disable_reason import DisableReason
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_payload_format import WebhookPayloadFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpoint")


@_attrs_define
class WebhookEndpoint:
    """A webhook endpoint. Its signing secret is shown only when created or rotated.

    Example:
        {'id': 'wh_01jebm2x6q7v3k0c8f2h4n9r1s', 'url': 'https://hooks.example.com/veracity', 'event_types':
            ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description': 'KYC review queue', 'enabled': True,
            'rate_limit_per_second': 20, 'risk_threshold': 70, 'payload_format': 'veracity', 'created_at':
            '2026-12-06T10:00:00+00:00', 'updated_at': '2026-12-06T10:00:00+00:00'}

    Attributes:
        id (str):
        url (str):
        event_types (list[WebhookEventType]): The event types sent to it; empty: every type.
        description (str):
        enabled (bool): False when you disabled it, or Veracity did (see `disabled_reason`).
        risk_threshold (int): `deepfake.deepfake_detected` is sent from this risk score up (0-100).
        payload_format (WebhookPayloadFormat): The shape of an endpoint's bodies: `veracity` (`{type, timestamp, data}`,
            as the event
            catalogue documents) or `veriplus` (Veriplus's `{event, timestamp, data}`, a job's `data`
            as `{jobId, mediaType, isDeepfake, confidence, manipulationType}`: docs/migrate/veriplus.md).
            Signed the same way either way; `veracity` unless the endpoint asks for another.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        rate_limit_per_second (int | Unset): Most deliveries per second; absent: no limit.
        disabled_reason (DisableReason | Unset): Why Veracity disabled an endpoint: `gone` (it answered 410) or
            `failing` (no successful
            delivery for the configured period while deliveries kept failing).
        disabled_detail (str | Unset):
        disabled_at (datetime.datetime | Unset):
        previous_secret_valid_until (datetime.datetime | Unset): After a rotation: until when the previous secret also
            signs.
    """

    id: str
    url: str
    event_types: list[WebhookEventType]
    description: str
    enabled: bool
    risk_threshold: int
    payload_format: WebhookPayloadFormat
    created_at: datetime.datetime
    updated_at: datetime.datetime
    rate_limit_per_second: int | Unset = UNSET
    disabled_reason: DisableReason | Unset = UNSET
    disabled_detail: str | Unset = UNSET
    disabled_at: datetime.datetime | Unset = UNSET
    previous_secret_valid_until: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        description = self.description

        enabled = self.enabled

        risk_threshold = self.risk_threshold

        payload_format = self.payload_format.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        rate_limit_per_second = self.rate_limit_per_second

        disabled_reason: str | Unset = UNSET
        if not isinstance(self.disabled_reason, Unset):
            disabled_reason = self.disabled_reason.value

        disabled_detail = self.disabled_detail

        disabled_at: str | Unset = UNSET
        if not isinstance(self.disabled_at, Unset):
            disabled_at = self.disabled_at.isoformat()

        previous_secret_valid_until: str | Unset = UNSET
        if not isinstance(self.previous_secret_valid_until, Unset):
            previous_secret_valid_until = self.previous_secret_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "event_types": event_types,
                "description": description,
                "enabled": enabled,
                "risk_threshold": risk_threshold,
                "payload_format": payload_format,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second
        if disabled_reason is not UNSET:
            field_dict["disabled_reason"] = disabled_reason
        if disabled_detail is not UNSET:
            field_dict["disabled_detail"] = disabled_detail
        if disabled_at is not UNSET:
            field_dict["disabled_at"] = disabled_at
        if previous_secret_valid_until is not UNSET:
            field_dict["previous_secret_valid_until"] = previous_secret_valid_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = WebhookEventType(event_types_item_data)

            event_types.append(event_types_item)

        description = d.pop("description")

        enabled = d.pop("enabled")

        risk_threshold = d.pop("risk_threshold")

        payload_format = WebhookPayloadFormat(d.pop("payload_format"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rate_limit_per_second = d.pop("rate_limit_per_second", UNSET)

        _disabled_reason = d.pop("disabled_reason", UNSET)
        disabled_reason: DisableReason | Unset
        if isinstance(_disabled_reason, Unset):
            disabled_reason = UNSET
        else:
            disabled_reason = DisableReason(_disabled_reason)

        disabled_detail = d.pop("disabled_detail", UNSET)

        _disabled_at = d.pop("disabled_at", UNSET)
        disabled_at: datetime.datetime | Unset
        if isinstance(_disabled_at, Unset):
            disabled_at = UNSET
        else:
            disabled_at = datetime.datetime.fromisoformat(_disabled_at)

        _previous_secret_valid_until = d.pop("previous_secret_valid_until", UNSET)
        previous_secret_valid_until: datetime.datetime | Unset
        if isinstance(_previous_secret_valid_until, Unset):
            previous_secret_valid_until = UNSET
        else:
            previous_secret_valid_until = datetime.datetime.fromisoformat(
                _previous_secret_valid_until
            )

        webhook_endpoint = cls(
            id=id,
            url=url,
            event_types=event_types,
            description=description,
            enabled=enabled,
            risk_threshold=risk_threshold,
            payload_format=payload_format,
            created_at=created_at,
            updated_at=updated_at,
            rate_limit_per_second=rate_limit_per_second,
            disabled_reason=disabled_reason,
            disabled_detail=disabled_detail,
            disabled_at=disabled_at,
            previous_secret_valid_until=previous_secret_valid_until,
        )

        webhook_endpoint.additional_properties = d
        return webhook_endpoint

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
