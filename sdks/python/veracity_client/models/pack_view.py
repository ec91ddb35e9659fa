from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PackView")


@_attrs_define
class PackView:
    """A pack of credits on sale.

    Example:
        {'id': 'starter', 'name': 'Veracity Starter: 500 credits', 'credits': 500, 'price': 1900, 'currency': 'usd'}

    Attributes:
        id (str):
        name (str):
        credits_ (int):
        price (int): In the currency's minor unit (cents).
        currency (str): ISO 4217, lower case.
    """

    id: str
    name: str
    credits_: int
    price: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        credits_ = self.credits_

        price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "credits": credits_,
                "price": price,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        credits_ = d.pop("credits")

        price = d.pop("price")

        currency = d.pop("currency")

        pack_view = cls(
            id=id,
            name=name,
            credits_=credits_,
            price=price,
            currency=currency,
        )

        pack_view.additional_properties = d
        return pack_view

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
