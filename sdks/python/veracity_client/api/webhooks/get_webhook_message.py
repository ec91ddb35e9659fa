from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_message import WebhookMessage
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{endpoint_id}/messages/{message_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookMessage | None:
    if response.status_code == 200:
        response_200 = WebhookMessage.from_dict(response.json())

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
) -> Response[Problem | WebhookMessage]:
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
) -> Response[Problem | WebhookMessage]:
    """Get a message

     One message of the endpoint's delivery log (or of `callback`): its body, status, number
    of attempts, last answer and when the next try is due.

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookMessage]
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
) -> Problem | WebhookMessage | None:
    """Get a message

     One message of the endpoint's delivery log (or of `callback`): its body, status, number
    of attempts, last answer and when the next try is due.

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookMessage
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
) -> Response[Problem | WebhookMessage]:
    """Get a message

     One message of the endpoint's delivery log (or of `callback`): its body, status, number
    of attempts, last answer and when the next try is due.

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookMessage]
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
) -> Problem | WebhookMessage | None:
    """Get a message

     One message of the endpoint's delivery log (or of `callback`): its body, status, number
    of attempts, last answer and when the next try is due.

    Args:
        endpoint_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookMessage
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
