from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_name import PlanName

T = TypeVar("T", bound="BalanceView")


@_attrs_define
class BalanceView:
    """The organisation's credits and plan.

    Example:
        {'available': 586, 'reserved': 12, 'granted': 86, 'expiring': 86, 'purchased': 500, 'owed': 0, 'plan': 'FREE'}

    Attributes:
        available (int): What new jobs can spend: `granted` + `purchased` − `owed`.
        reserved (int): Held by jobs that are queued or running (their worst-case price).
        granted (int): Granted credits (monthly allowance, promotions, operators)…
        expiring (int): …of which this many expire (the monthly allowance lapses when the month ends, UTC).
        purchased (int): Bought credits; they never expire.
        owed (int): Credits refunded through Stripe after they were spent: the next credits cover them
            before any can be used.
        plan (PlanName): An organisation's plan.
    """

    available: int
    reserved: int
    granted: int
    expiring: int
    purchased: int
    owed: int
    plan: PlanName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        reserved = self.reserved

        granted = self.granted

        expiring = self.expiring

        purchased = self.purchased

        owed = self.owed

        plan = self.plan.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "reserved": reserved,
                "granted": granted,
                "expiring": expiring,
                "purchased": purchased,
                "owed": owed,
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        available = d.pop("available")

        reserved = d.pop("reserved")

        granted = d.pop("granted")

        expiring = d.pop("expiring")

        purchased = d.pop("purchased")

        owed = d.pop("owed")

        plan = PlanName(d.pop("plan"))

        balance_view = cls(
            available=available,
            reserved=reserved,
            granted=granted,
            expiring=expiring,
            purchased=purchased,
            owed=owed,
            plan=plan,
        )

        balance_view.additional_properties = d
        return balance_view

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
