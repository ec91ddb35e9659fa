from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_metrics import ModelMetrics


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """One detector.

    Attributes:
        id (str): As in results' `models[].id`.
        version (str):
        task (str): `provenance`, `face_detection`, `ai_generated_image`, `classifier`, …
        media_types (list[MediaType]): Media types it analyses.
        description (str):
        license_ (str):
        weights (str): Where its weights come from (a pinned registry package), or `built-in` for rules.
        metrics (ModelMetrics | Unset): Measured on one evaluation set, at the default threshold (score ≥ 0.5 flags).
    """

    id: str
    version: str
    task: str
    media_types: list[MediaType]
    description: str
    license_: str
    weights: str
    metrics: ModelMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        task = self.task

        media_types = []
        for media_types_item_data in self.media_types:
            media_types_item = media_types_item_data.value
            media_types.append(media_types_item)

        description = self.description

        license_ = self.license_

        weights = self.weights

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "task": task,
                "media_types": media_types,
                "description": description,
                "license": license_,
                "weights": weights,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_metrics import ModelMetrics

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        task = d.pop("task")

        media_types = []
        _media_types = d.pop("media_types")
        for media_types_item_data in _media_types:
            media_types_item = MediaType(media_types_item_data)

            media_types.append(media_types_item)

        description = d.pop("description")

        license_ = d.pop("license")

        weights = d.pop("weights")

        _metrics = d.pop("metrics", UNSET)
        metrics: ModelMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ModelMetrics.from_dict(_metrics)

        model_info = cls(
            id=id,
            version=version,
            task=task,
            media_types=media_types,
            description=description,
            license_=license_,
            weights=weights,
            metrics=metrics,
        )

        model_info.additional_properties = d
        return model_info

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
