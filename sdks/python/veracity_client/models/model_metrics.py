from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelMetrics")


@_attrs_define
class ModelMetrics:
    """Measured on one evaluation set, at the default threshold (score ≥ 0.5 flags).

    Attributes:
        dataset (str):
        samples (int): Files it ran on.
        latency_ms_p50 (float): Median milliseconds per file on the machine that ran the evaluation.
        auc (float | Unset): ROC AUC (0.5 = chance).
        accuracy (float | Unset):
        precision (float | Unset):
        recall (float | Unset):
    """

    dataset: str
    samples: int
    latency_ms_p50: float
    auc: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    precision: float | Unset = UNSET
    recall: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        samples = self.samples

        latency_ms_p50 = self.latency_ms_p50

        auc = self.auc

        accuracy = self.accuracy

        precision = self.precision

        recall = self.recall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "samples": samples,
                "latency_ms_p50": latency_ms_p50,
            }
        )
        if auc is not UNSET:
            field_dict["auc"] = auc
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if precision is not UNSET:
            field_dict["precision"] = precision
        if recall is not UNSET:
            field_dict["recall"] = recall

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        samples = d.pop("samples")

        latency_ms_p50 = d.pop("latency_ms_p50")

        auc = d.pop("auc", UNSET)

        accuracy = d.pop("accuracy", UNSET)

        precision = d.pop("precision", UNSET)

        recall = d.pop("recall", UNSET)

        model_metrics = cls(
            dataset=dataset,
            samples=samples,
            latency_ms_p50=latency_ms_p50,
            auc=auc,
            accuracy=accuracy,
            precision=precision,
            recall=recall,
        )

        model_metrics.additional_properties = d
        return model_metrics

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
