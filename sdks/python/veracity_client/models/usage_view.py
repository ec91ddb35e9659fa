from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_by import GroupBy

if TYPE_CHECKING:
    from ..models.usage_group import UsageGroup


T = TypeVar("T", bound="UsageView")


@_attrs_define
class UsageView:
    """Credits spent in a period.

    Example:
        {'from': '2026-11-01T00:00:00+00:00', 'to': '2026-11-23T10:00:00+00:00', 'group_by': 'media_type', 'credits':
            37, 'jobs': 14, 'data': [{'key': 'image', 'credits': 22, 'jobs': 11}, {'key': 'video', 'credits': 15, 'jobs':
            3}]}

    Attributes:
        from_ (datetime.datetime):
        to (datetime.datetime):
        group_by (GroupBy): How credit usage is grouped.
        credits_ (int): Credits spent in the whole period.
        jobs (int): Completed jobs in the whole period.
        data (list[UsageGroup]):
    """

    from_: datetime.datetime
    to: datetime.datetime
    group_by: GroupBy
    credits_: int
    jobs: int
    data: list[UsageGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        group_by = self.group_by.value

        credits_ = self.credits_

        jobs = self.jobs

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "group_by": group_by,
                "credits": credits_,
                "jobs": jobs,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.usage_group import UsageGroup

        d = dict(src_dict)
        from_ = datetime.datetime.fromisoformat(d.pop("from"))

        to = datetime.datetime.fromisoformat(d.pop("to"))

        group_by = GroupBy(d.pop("group_by"))

        credits_ = d.pop("credits")

        jobs = d.pop("jobs")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = UsageGroup.from_dict(data_item_data)

            data.append(data_item)

        usage_view = cls(
            from_=from_,
            to=to,
            group_by=group_by,
            credits_=credits_,
            jobs=jobs,
            data=data,
        )

        usage_view.additional_properties = d
        return usage_view

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
