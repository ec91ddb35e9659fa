from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check import Check
from ..models.media_type import MediaType
from ..models.status import Status
from ..models.verdict import Verdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSummary")


@_attrs_define
class JobSummary:
    """One row of the jobs list: the job without its detailed findings.

    Attributes:
        id (str):
        status (Status):
        created_at (datetime.datetime):
        media_deleted (bool):
        media_type (MediaType | Unset): What kind of media a job analyses.
        check (Check | Unset): The question a job answers.
        verdict (Verdict | Unset): The overall answer of a completed job.
        risk_score (int | Unset):
        error_code (str | Unset): The `code` of the error a failed job ended with, e.g. `INVALID_FILE_FORMAT`.
        completed_at (datetime.datetime | Unset):
    """

    id: str
    status: Status
    created_at: datetime.datetime
    media_deleted: bool
    media_type: MediaType | Unset = UNSET
    check: Check | Unset = UNSET
    verdict: Verdict | Unset = UNSET
    risk_score: int | Unset = UNSET
    error_code: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        created_at = self.created_at.isoformat()

        media_deleted = self.media_deleted

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        check: str | Unset = UNSET
        if not isinstance(self.check, Unset):
            check = self.check.value

        verdict: str | Unset = UNSET
        if not isinstance(self.verdict, Unset):
            verdict = self.verdict.value

        risk_score = self.risk_score

        error_code = self.error_code

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
                "media_deleted": media_deleted,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if check is not UNSET:
            field_dict["check"] = check
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        status = Status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        media_deleted = d.pop("media_deleted")

        _media_type = d.pop("media_type", UNSET)
        media_type: MediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MediaType(_media_type)

        _check = d.pop("check", UNSET)
        check: Check | Unset
        if isinstance(_check, Unset):
            check = UNSET
        else:
            check = Check(_check)

        _verdict = d.pop("verdict", UNSET)
        verdict: Verdict | Unset
        if isinstance(_verdict, Unset):
            verdict = UNSET
        else:
            verdict = Verdict(_verdict)

        risk_score = d.pop("risk_score", UNSET)

        error_code = d.pop("error_code", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        job_summary = cls(
            id=id,
            status=status,
            created_at=created_at,
            media_deleted=media_deleted,
            media_type=media_type,
            check=check,
            verdict=verdict,
            risk_score=risk_score,
            error_code=error_code,
            completed_at=completed_at,
        )

        job_summary.additional_properties = d
        return job_summary

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
