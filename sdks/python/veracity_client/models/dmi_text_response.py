from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dmi_text_result import DmiTextResult


T = TypeVar("T", bound="DmiTextResponse")


@_attrs_define
class DmiTextResponse:
    """
    Attributes:
        success (bool):
        code (str):
        result (DmiTextResult): `ai-text-detection/`'s result.
        job_id (str):
    """

    success: bool
    code: str
    result: DmiTextResult
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        result = self.result.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "code": code,
                "result": result,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_text_result import DmiTextResult

        d = dict(src_dict)
        success = d.pop("success")

        code = d.pop("code")

        result = DmiTextResult.from_dict(d.pop("result"))

        job_id = d.pop("job_id")

        dmi_text_response = cls(
            success=success,
            code=code,
            result=result,
            job_id=job_id,
        )

        dmi_text_response.additional_properties = d
        return dmi_text_response

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
