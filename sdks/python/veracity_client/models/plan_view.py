from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_name import PlanName

if TYPE_CHECKING:
    from ..models.prices_view import PricesView


T = TypeVar("T", bound="PlanView")


@_attrs_define
class PlanView:
    """A plan and what it sets.

    Example:
        {'plan': 'FREE', 'max_concurrent_jobs': 1, 'default_rate_limit_per_minute': 10, 'monthly_credits': 100,
            'prices': {'image': 2, 'short_video': 5, 'long_video': 10, 'short_video_secs': 60, 'audio': 3, 'document': 2,
            'text': 1, 'ai_media': 2}}

    Attributes:
        plan (PlanName): An organisation's plan.
        max_concurrent_jobs (int): Jobs that run at once; more wait in the queue.
        default_rate_limit_per_minute (int): The `rate_limit_per_minute` of new API keys that set none.
        monthly_credits (int): Credits granted each month (expiring at the month's end).
        prices (PricesView): Credits per job. A job holds its worst-case price while it runs (a video: the long-video
            price) and is charged its price once it completes.
    """

    plan: PlanName
    max_concurrent_jobs: int
    default_rate_limit_per_minute: int
    monthly_credits: int
    prices: PricesView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.value

        max_concurrent_jobs = self.max_concurrent_jobs

        default_rate_limit_per_minute = self.default_rate_limit_per_minute

        monthly_credits = self.monthly_credits

        prices = self.prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "max_concurrent_jobs": max_concurrent_jobs,
                "default_rate_limit_per_minute": default_rate_limit_per_minute,
                "monthly_credits": monthly_credits,
                "prices": prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prices_view import PricesView

        d = dict(src_dict)
        plan = PlanName(d.pop("plan"))

        max_concurrent_jobs = d.pop("max_concurrent_jobs")

        default_rate_limit_per_minute = d.pop("default_rate_limit_per_minute")

        monthly_credits = d.pop("monthly_credits")

        prices = PricesView.from_dict(d.pop("prices"))

        plan_view = cls(
            plan=plan,
            max_concurrent_jobs=max_concurrent_jobs,
            default_rate_limit_per_minute=default_rate_limit_per_minute,
            monthly_credits=monthly_credits,
            prices=prices,
        )

        plan_view.additional_properties = d
        return plan_view

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
