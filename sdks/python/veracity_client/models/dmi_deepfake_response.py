from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dmi_deepfake_result import DmiDeepfakeResult
    from ..models.dmi_metadata import DmiMetadata


T = TypeVar("T", bound="DmiDeepfakeResponse")


@_attrs_define
class DmiDeepfakeResponse:
    """`{"success": true, "code": "SUC001", "result": …, "metadata": …}`.

    Attributes:
        success (bool):
        code (str): `SUC001`.
        result (DmiDeepfakeResult): `deepfake-detection/`'s result.
        job_id (str): Added: the Veracity job (`GET /v1/jobs/{id}`).
        metadata (DmiMetadata | Unset): The media's facts, as 003's top-level `metadata`.
    """

    success: bool
    code: str
    result: DmiDeepfakeResult
    job_id: str
    metadata: DmiMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        result = self.result.to_dict()

        job_id = self.job_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dmi_deepfake_result import DmiDeepfakeResult
        from ..models.dmi_metadata import DmiMetadata

        d = dict(src_dict)
        success = d.pop("success")

        code = d.pop("code")

        result = DmiDeepfakeResult.from_dict(d.pop("result"))

        job_id = d.pop("job_id")

        _metadata = d.pop("metadata", UNSET)
        metadata: DmiMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DmiMetadata.from_dict(_metadata)

        dmi_deepfake_response = cls(
            success=success,
            code=code,
            result=result,
            job_id=job_id,
            metadata=metadata,
        )

        dmi_deepfake_response.additional_properties = d
        return dmi_deepfake_response

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
