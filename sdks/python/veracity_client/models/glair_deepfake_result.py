from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.glair_read import GlairRead


T = TypeVar("T", bound="GlairDeepfakeResult")


@_attrs_define
class GlairDeepfakeResult:
    """002's Deepfake Detection object.

    Attributes:
        reason (str): A human-readable message about the reading.
        status (str): `SUCCESS`, `NO_FILE`, `FILE_INVALID_FORMAT` or `FAILED` (`ERROR` for keys, credits and limits).
        read (GlairRead | Unset): The reading: present when `status` is `SUCCESS`.
        job_id (str | Unset): Added: the Veracity job, readable at `GET /v1/jobs/{id}`.
    """

    reason: str
    status: str
    read: GlairRead | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        status = self.status

        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "status": status,
            }
        )
        if read is not UNSET:
            field_dict["read"] = read
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.glair_read import GlairRead

        d = dict(src_dict)
        reason = d.pop("reason")

        status = d.pop("status")

        _read = d.pop("read", UNSET)
        read: GlairRead | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = GlairRead.from_dict(_read)

        job_id = d.pop("job_id", UNSET)

        glair_deepfake_result = cls(
            reason=reason,
            status=status,
            read=read,
            job_id=job_id,
        )

        glair_deepfake_result.additional_properties = d
        return glair_deepfake_result

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
