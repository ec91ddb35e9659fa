import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["type"] = type_

    params["actor"] = actor

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
        "url": "/v1/audit-log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

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
) -> Response[AuditLogPage | Problem]:
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
    type_: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[AuditLogPage | Problem]:
    """List audit log entries

     Security events of your organisation, newest first: sign-ups, logins (and failed ones),
    refresh-token reuse, API key creation, updates, rotations and revocations, role changes,
    member removals, and refusals (permission denied, IP rejected, rate and daily limits).
    Owners and admins only. Filter by `type`, `actor` and a `since`/`until` time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (str | Unset):
        actor (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        actor=actor,
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
    type_: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> AuditLogPage | Problem | None:
    """List audit log entries

     Security events of your organisation, newest first: sign-ups, logins (and failed ones),
    refresh-token reuse, API key creation, updates, rotations and revocations, role changes,
    member removals, and refusals (permission denied, IP rejected, rate and daily limits).
    Owners and admins only. Filter by `type`, `actor` and a `since`/`until` time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (str | Unset):
        actor (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        actor=actor,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[AuditLogPage | Problem]:
    """List audit log entries

     Security events of your organisation, newest first: sign-ups, logins (and failed ones),
    refresh-token reuse, API key creation, updates, rotations and revocations, role changes,
    member removals, and refusals (permission denied, IP rejected, rate and daily limits).
    Owners and admins only. Filter by `type`, `actor` and a `since`/`until` time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (str | Unset):
        actor (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        type_=type_,
        actor=actor,
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
    type_: str | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> AuditLogPage | Problem | None:
    """List audit log entries

     Security events of your organisation, newest first: sign-ups, logins (and failed ones),
    refresh-token reuse, API key creation, updates, rotations and revocations, role changes,
    member removals, and refusals (permission denied, IP rejected, rate and daily limits).
    Owners and admins only. Filter by `type`, `actor` and a `since`/`until` time range;
    page with `starting_after`.

    Args:
        limit (int | Unset):
        starting_after (str | Unset):
        type_ (str | Unset):
        actor (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_after=starting_after,
            type_=type_,
            actor=actor,
            since=since,
            until=until,
        )
    ).parsed
