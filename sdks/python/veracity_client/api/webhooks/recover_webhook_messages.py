import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recover_outcome import RecoverOutcome
from ...types import UNSET, Response


def _get_kwargs(
    endpoint_id: str,
    *,
    since: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{endpoint_id}/recover".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecoverOutcome | None:
    if response.status_code == 202:
        response_202 = RecoverOutcome.from_dict(response.json())

        return response_202

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
) -> Response[Problem | RecoverOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
) -> Response[Problem | RecoverOutcome]:
    """Recover failed messages

     Sends again the messages to this endpoint that failed since `since`, oldest first, up to
    1,000 per call (`has_more`: call again), e.g. after fixing an outage on your side.

    Args:
        endpoint_id (str):
        since (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoverOutcome]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
) -> Problem | RecoverOutcome | None:
    """Recover failed messages

     Sends again the messages to this endpoint that failed since `since`, oldest first, up to
    1,000 per call (`has_more`: call again), e.g. after fixing an outage on your side.

    Args:
        endpoint_id (str):
        since (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoverOutcome
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
) -> Response[Problem | RecoverOutcome]:
    """Recover failed messages

     Sends again the messages to this endpoint that failed since `since`, oldest first, up to
    1,000 per call (`has_more`: call again), e.g. after fixing an outage on your side.

    Args:
        endpoint_id (str):
        since (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecoverOutcome]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
) -> Problem | RecoverOutcome | None:
    """Recover failed messages

     Sends again the messages to this endpoint that failed since `since`, oldest first, up to
    1,000 per call (`has_more`: call again), e.g. after fixing an outage on your side.

    Args:
        endpoint_id (str):
        since (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecoverOutcome
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            since=since,
        )
    ).parsed
