import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ledger_entry_type import LedgerEntryType
from ...models.ledger_page import LedgerPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: LedgerEntryType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["job_id"] = job_id

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/ledger",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LedgerPage | Problem | None:
    if response.status_code == 200:
        response_200 = LedgerPage.from_dict(response.json())

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
) -> Response[LedgerPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: LedgerEntryType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[LedgerPage | Problem]:
    """List ledger entries

     Every change to the credit account, newest first, each with the balance it left:
    `granted` (monthly allowance, promotion, operator), `purchased`, `reserved` (a job was
    submitted: its worst-case price is held), `captured` (the job completed: its price is
    spent, the rest returns), `released` (the job failed or was cancelled), `refunded`,
    `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id` and a time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (LedgerEntryType | Unset): What a ledger entry records.
        job_id (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        job_id=job_id,
        since=since,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: LedgerEntryType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> LedgerPage | Problem | None:
    """List ledger entries

     Every change to the credit account, newest first, each with the balance it left:
    `granted` (monthly allowance, promotion, operator), `purchased`, `reserved` (a job was
    submitted: its worst-case price is held), `captured` (the job completed: its price is
    spent, the rest returns), `released` (the job failed or was cancelled), `refunded`,
    `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id` and a time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (LedgerEntryType | Unset): What a ledger entry records.
        job_id (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        job_id=job_id,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: LedgerEntryType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[LedgerPage | Problem]:
    """List ledger entries

     Every change to the credit account, newest first, each with the balance it left:
    `granted` (monthly allowance, promotion, operator), `purchased`, `reserved` (a job was
    submitted: its worst-case price is held), `captured` (the job completed: its price is
    spent, the rest returns), `released` (the job failed or was cancelled), `refunded`,
    `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id` and a time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (LedgerEntryType | Unset): What a ledger entry records.
        job_id (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        job_id=job_id,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: LedgerEntryType | Unset = UNSET,
    job_id: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> LedgerPage | Problem | None:
    """List ledger entries

     Every change to the credit account, newest first, each with the balance it left:
    `granted` (monthly allowance, promotion, operator), `purchased`, `reserved` (a job was
    submitted: its worst-case price is held), `captured` (the job completed: its price is
    spent, the rest returns), `released` (the job failed or was cancelled), `refunded`,
    `expired`, `low_balance` and `plan_changed`. Filter by `type`, `job_id` and a time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (LedgerEntryType | Unset): What a ledger entry records.
        job_id (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_after=starting_after,
            type_=type_,
            job_id=job_id,
            since=since,
            until=until,
        )
    ).parsed
