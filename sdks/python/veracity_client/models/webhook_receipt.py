from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.receipt_outcome import ReceiptOutcome

T = TypeVar("T", bound="WebhookReceipt")


@_attrs_define
class WebhookReceipt:
    """What Veracity did with an event.

    Example:
        {'received': True, 'outcome': 'credited', 'credits': 500}

    Attributes:
        received (bool): Always true: the event was verified and handled (a repeat is handled as a no-op).
        outcome (ReceiptOutcome): `credited`, `refunded`, `unchanged` (already applied: a repeated delivery) or
            `ignored`
            (an event type Veracity does not act on, or a payment it did not start).
        credits_ (int): Credits added (credited) or taken back (refunded).
    """

    received: bool
    outcome: ReceiptOutcome
    credits_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received = self.received

        outcome = self.outcome.value

        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "received": received,
                "outcome": outcome,
                "credits": credits_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        received = d.pop("received")

        outcome = ReceiptOutcome(d.pop("outcome"))

        credits_ = d.pop("credits")

        webhook_receipt = cls(
            received=received,
            outcome=outcome,
            credits_=credits_,
        )

        webhook_receipt.additional_properties = d
        return webhook_receipt

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
