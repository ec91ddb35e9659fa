from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_payload_format import WebhookPayloadFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookEndpoint")


@_attrs_define
class UpdateWebhookEndpoint:
    """Fields to change; absent fields stay. `rate_limit_per_second: null` removes the limit.

    Example:
        {'enabled': True, 'risk_threshold': 80}

    Attributes:
        url (str | Unset):
        event_types (list[WebhookEventType] | Unset):
        description (str | Unset):
        enabled (bool | Unset): `true` also resumes an endpoint Veracity disabled.
        rate_limit_per_second (int | Unset):
        risk_threshold (int | Unset):
        payload_format (WebhookPayloadFormat | Unset): The shape of an endpoint's bodies: `veracity` (`{type, timestamp,
            data}`, as the event
            catalogue documents) or `veriplus` (Veriplus's `{event, timestamp, data}`, a job's `data`
            as `{jobId, mediaType, isDeepfake, confidence, manipulationType}`: docs/migrate/veriplus.md).
            Signed the same way either way; `veracity` unless the endpoint asks for another.
    """

    url: str | Unset = UNSET
    event_types: list[WebhookEventType] | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    rate_limit_per_second: int | Unset = UNSET
    risk_threshold: int | Unset = UNSET
    payload_format: WebhookPayloadFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        description = self.description

        enabled = self.enabled

        rate_limit_per_second = self.rate_limit_per_second

        risk_threshold = self.risk_threshold

        payload_format: str | Unset = UNSET
        if not isinstance(self.payload_format, Unset):
            payload_format = self.payload_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second
        if risk_threshold is not UNSET:
            field_dict["risk_threshold"] = risk_threshold
        if payload_format is not UNSET:
            field_dict["payload_format"] = payload_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _event_types = d.pop("event_types", UNSET)
        event_types: list[WebhookEventType] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = WebhookEventType(event_types_item_data)

                event_types.append(event_types_item)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        rate_limit_per_second = d.pop("rate_limit_per_second", UNSET)

        risk_threshold = d.pop("risk_threshold", UNSET)

        _payload_format = d.pop("payload_format", UNSET)
        payload_format: WebhookPayloadFormat | Unset
        if isinstance(_payload_format, Unset):
            payload_format = UNSET
        else:
            payload_format = WebhookPayloadFormat(_payload_format)

        update_webhook_endpoint = cls(
            url=url,
            event_types=event_types,
            description=description,
            enabled=enabled,
            rate_limit_per_second=rate_limit_per_second,
            risk_threshold=risk_threshold,
            payload_format=payload_format,
        )

        update_webhook_endpoint.additional_properties = d
        return update_webhook_endpoint

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
