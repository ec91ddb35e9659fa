import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_by import GroupBy
from ...models.problem import Problem
from ...models.usage_view import UsageView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UsageView | None:
    if response.status_code == 200:
        response_200 = UsageView.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Problem.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Problem.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | UsageView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Response[Problem | UsageView]:
    """Get credit usage

     Credits spent on completed jobs between `from` (default: the start of this month, UTC)
    and `to` (default: now), grouped by `day` (UTC) or by `media_type`. Failed and
    cancelled jobs cost nothing and are not counted. Reads (`GET /v1/jobs`) are free.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        group_by (GroupBy | Unset): How credit usage is grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageView]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Problem | UsageView | None:
    """Get credit usage

     Credits spent on completed jobs between `from` (default: the start of this month, UTC)
    and `to` (default: now), grouped by `day` (UTC) or by `media_type`. Failed and
    cancelled jobs cost nothing and are not counted. Reads (`GET /v1/jobs`) are free.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        group_by (GroupBy | Unset): How credit usage is grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageView
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        group_by=group_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Response[Problem | UsageView]:
    """Get credit usage

     Credits spent on completed jobs between `from` (default: the start of this month, UTC)
    and `to` (default: now), grouped by `day` (UTC) or by `media_type`. Failed and
    cancelled jobs cost nothing and are not counted. Reads (`GET /v1/jobs`) are free.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        group_by (GroupBy | Unset): How credit usage is grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageView]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    group_by: GroupBy | Unset = UNSET,
) -> Problem | UsageView | None:
    """Get credit usage

     Credits spent on completed jobs between `from` (default: the start of this month, UTC)
    and `to` (default: now), grouped by `day` (UTC) or by `media_type`. Failed and
    cancelled jobs cost nothing and are not counted. Reads (`GET /v1/jobs`) are free.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        group_by (GroupBy | Unset): How credit usage is grouped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageView
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            group_by=group_by,
        )
    ).parsed
