from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageGroup")


@_attrs_define
class UsageGroup:
    """Spending of one day or media type.

    Attributes:
        key (str): `YYYY-MM-DD` (UTC), or image | video | audio | text.
        credits_ (int):
        jobs (int):
    """

    key: str
    credits_: int
    jobs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        credits_ = self.credits_

        jobs = self.jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "credits": credits_,
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        credits_ = d.pop("credits")

        jobs = d.pop("jobs")

        usage_group = cls(
            key=key,
            credits_=credits_,
            jobs=jobs,
        )

        usage_group.additional_properties = d
        return usage_group

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
