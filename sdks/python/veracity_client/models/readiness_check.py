from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_status import CheckStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadinessCheck")


@_attrs_define
class ReadinessCheck:
    """The outcome of checking one dependency.

    Attributes:
        name (str): `nats`, `database` or `blob_store`.
        status (CheckStatus):
        latency_ms (float): Time the check took, in milliseconds.
        error (str | Unset): Why it failed; absent when it passed, and on the public listener without
            `http.metrics_token` (it can name internal addresses).
    """

    name: str
    status: CheckStatus
    latency_ms: float
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        latency_ms = self.latency_ms

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "latency_ms": latency_ms,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        status = CheckStatus(d.pop("status"))

        latency_ms = d.pop("latency_ms")

        error = d.pop("error", UNSET)

        readiness_check = cls(
            name=name,
            status=status,
            latency_ms=latency_ms,
            error=error,
        )

        readiness_check.additional_properties = d
        return readiness_check

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
