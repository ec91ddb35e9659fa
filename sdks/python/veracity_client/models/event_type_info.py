from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="EventTypeInfo")


@_attrs_define
class EventTypeInfo:
    """One event type of the catalogue.

    Attributes:
        name (WebhookEventType): A webhook event type.
        description (str):
        schema (Any): The JSON Schema (2020-12) of a message body of this type.
    """

    name: WebhookEventType
    description: str
    schema: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        description = self.description

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = WebhookEventType(d.pop("name"))

        description = d.pop("description")

        schema = d.pop("schema")

        event_type_info = cls(
            name=name,
            description=description,
            schema=schema,
        )

        event_type_info.additional_properties = d
        return event_type_info

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
