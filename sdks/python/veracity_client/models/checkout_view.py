from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pack_view import PackView


T = TypeVar("T", bound="CheckoutView")


@_attrs_define
class CheckoutView:
    """A Stripe Checkout Session.

    Example:
        {'id': 'cs_test_a1b2c3', 'url': 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3', 'expires_at':
            '2026-11-24T10:00:00+00:00', 'pack': {'id': 'starter', 'name': 'Veracity Starter: 500 credits', 'credits': 500,
            'price': 1900, 'currency': 'usd'}}

    Attributes:
        id (str): Stripe's `cs_…` id.
        url (str): Send the buyer here.
        expires_at (datetime.datetime): The session cannot be paid after this.
        pack (PackView): A pack of credits on sale. Example: {'id': 'starter', 'name': 'Veracity Starter: 500 credits',
            'credits': 500, 'price': 1900, 'currency': 'usd'}.
    """

    id: str
    url: str
    expires_at: datetime.datetime
    pack: PackView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        expires_at = self.expires_at.isoformat()

        pack = self.pack.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "expires_at": expires_at,
                "pack": pack,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pack_view import PackView

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        pack = PackView.from_dict(d.pop("pack"))

        checkout_view = cls(
            id=id,
            url=url,
            expires_at=expires_at,
            pack=pack,
        )

        checkout_view.additional_properties = d
        return checkout_view

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
