from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_endpoint import WebhookEndpoint


T = TypeVar("T", bound="WebhookEndpointWithSecret")


@_attrs_define
class WebhookEndpointWithSecret:
    """An endpoint and its signing secret, shown this once.

    Attributes:
        endpoint (WebhookEndpoint): A webhook endpoint. Its signing secret is shown only when created or rotated.
            Example: {'id': 'wh_01jebm2x6q7v3k0c8f2h4n9r1s', 'url': 'https://hooks.example.com/veracity', 'event_types':
            ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description': 'KYC review queue', 'enabled': True,
            'rate_limit_per_second': 20, 'risk_threshold': 70, 'payload_format': 'veracity', 'created_at':
            '2026-12-06T10:00:00+00:00', 'updated_at': '2026-12-06T10:00:00+00:00'}.
        secret (str): `whsec_…`: verify each delivery's `webhook-signature` with it (Standard Webhooks). Store
            it now: it is never shown again.
    """

    endpoint: WebhookEndpoint
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint.to_dict()

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_endpoint import WebhookEndpoint

        d = dict(src_dict)
        endpoint = WebhookEndpoint.from_dict(d.pop("endpoint"))

        secret = d.pop("secret")

        webhook_endpoint_with_secret = cls(
            endpoint=endpoint,
            secret=secret,
        )

        webhook_endpoint_with_secret.additional_properties = d
        return webhook_endpoint_with_secret

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
