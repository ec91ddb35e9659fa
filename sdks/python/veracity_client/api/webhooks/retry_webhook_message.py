from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.retry_outcome import RetryOutcome
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{endpoint_id}/messages/{message_id}/retry".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RetryOutcome | None:
    if response.status_code == 202:
        response_202 = RetryOutcome.from_dict(response.json())

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
) -> Response[Problem | RetryOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RetryOutcome]:
    """Retry a message

     Sends a message again now: a failed one with a new round of the retry schedule, a pending
    one (waiting for its next try) at once. A delivered message is left alone
    (`queued: false`).

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RetryOutcome]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RetryOutcome | None:
    """Retry a message

     Sends a message again now: a failed one with a new round of the retry schedule, a pending
    one (waiting for its next try) at once. A delivered message is left alone
    (`queued: false`).

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RetryOutcome
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RetryOutcome]:
    """Retry a message

     Sends a message again now: a failed one with a new round of the retry schedule, a pending
    one (waiting for its next try) at once. A delivered message is left alone
    (`queued: false`).

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RetryOutcome]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RetryOutcome | None:
    """Retry a message

     Sends a message again now: a failed one with a new round of the retry schedule, a pending
    one (waiting for its next try) at once. A delivered message is left alone
    (`queued: false`).

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RetryOutcome
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
