from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ledger_entry_type import LedgerEntryType
from ..models.media_type import MediaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credits_ import Credits


T = TypeVar("T", bound="LedgerEntry")


@_attrs_define
class LedgerEntry:
    """One change to the credit account.

    Example:
        {'id': 'evt_01jdx7q5v6m3k0c8f2h4n9r1sd', 'type': 'captured', 'occurred_at': '2026-11-23T10:00:00+00:00',
            'amount': 5, 'job_id': 'job_01jdx7q5v6m3k0c8f2h4n9r1se', 'media_type': 'video', 'description': 'spent on a job',
            'balance_after': {'available': 586, 'reserved': 2, 'granted': 86, 'expiring': 86, 'purchased': 500, 'owed': 0}}

    Attributes:
        id (str):
        type_ (LedgerEntryType): What a ledger entry records.
        occurred_at (datetime.datetime):
        amount (int): Credits moved (for `low_balance`: the threshold crossed; `plan_changed`: 0).
        description (str):
        balance_after (Credits): Credits by state and source.
        job_id (str | Unset):
        media_type (MediaType | Unset): What kind of media a job analyses.
        reference (str | Unset): The grant id, purchase (Stripe payment) or Stripe event the entry refers to.
    """

    id: str
    type_: LedgerEntryType
    occurred_at: datetime.datetime
    amount: int
    description: str
    balance_after: Credits
    job_id: str | Unset = UNSET
    media_type: MediaType | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        occurred_at = self.occurred_at.isoformat()

        amount = self.amount

        description = self.description

        balance_after = self.balance_after.to_dict()

        job_id = self.job_id

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "occurred_at": occurred_at,
                "amount": amount,
                "description": description,
                "balance_after": balance_after,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credits_ import Credits

        d = dict(src_dict)
        id = d.pop("id")

        type_ = LedgerEntryType(d.pop("type"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        amount = d.pop("amount")

        description = d.pop("description")

        balance_after = Credits.from_dict(d.pop("balance_after"))

        job_id = d.pop("job_id", UNSET)

        _media_type = d.pop("media_type", UNSET)
        media_type: MediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MediaType(_media_type)

        reference = d.pop("reference", UNSET)

        ledger_entry = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            amount=amount,
            description=description,
            balance_after=balance_after,
            job_id=job_id,
            media_type=media_type,
            reference=reference,
        )

        ledger_entry.additional_properties = d
        return ledger_entry

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
