from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem details document.

    Example:
        {'type': 'urn:veracity:problem:route-not-found', 'title': 'Not Found', 'status': 404, 'detail': 'no route
            matches GET /v1/nope', 'instance': '/v1/nope', 'code': 'ROUTE_NOT_FOUND', 'request_id':
            'req_0193f6a4c1b27a8f9e0d1c2b3a495867'}

    Attributes:
        type_ (str): URI identifying the kind of problem, e.g. `urn:veracity:problem:route-not-found`.
        title (str): Short summary of the kind of problem (the status code's reason phrase).
        status (int): The HTTP status code, repeated for convenience.
        detail (str): What went wrong in this occurrence, for a human.
        instance (str): The request path this occurrence happened on.
        code (str): Stable machine-readable code; branch on this, never on `detail`.
        request_id (str): The request's id, also in the `X-Request-Id` response header; quote it when reporting.
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str
    code: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        code = self.code

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "instance": instance,
                "code": code,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        instance = d.pop("instance")

        code = d.pop("code")

        request_id = d.pop("request_id")

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            code=code,
            request_id=request_id,
        )

        problem.additional_properties = d
        return problem

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
