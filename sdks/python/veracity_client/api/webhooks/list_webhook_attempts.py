from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_attempt_page import WebhookAttemptPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    message_id: str,
    *,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{endpoint_id}/messages/{message_id}/attempts".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookAttemptPage | None:
    if response.status_code == 200:
        response_200 = WebhookAttemptPage.from_dict(response.json())

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
) -> Response[Problem | WebhookAttemptPage]:
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
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[Problem | WebhookAttemptPage]:
    """List a message's attempts

     Every try, newest first: the status answered (or why there was none), the latency, and
    the start of the answer (1 KB).

    Args:
        endpoint_id (str):
        message_id (str):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookAttemptPage]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        message_id=message_id,
        limit=limit,
        starting_after=starting_after,
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
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Problem | WebhookAttemptPage | None:
    """List a message's attempts

     Every try, newest first: the status answered (or why there was none), the latency, and
    the start of the answer (1 KB).

    Args:
        endpoint_id (str):
        message_id (str):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookAttemptPage
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        message_id=message_id,
        client=client,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[Problem | WebhookAttemptPage]:
    """List a message's attempts

     Every try, newest first: the status answered (or why there was none), the latency, and
    the start of the answer (1 KB).

    Args:
        endpoint_id (str):
        message_id (str):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookAttemptPage]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        message_id=message_id,
        limit=limit,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Problem | WebhookAttemptPage | None:
    """List a message's attempts

     Every try, newest first: the status answered (or why there was none), the latency, and
    the start of the answer (1 KB).

    Args:
        endpoint_id (str):
        message_id (str):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookAttemptPage
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            message_id=message_id,
            client=client,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
