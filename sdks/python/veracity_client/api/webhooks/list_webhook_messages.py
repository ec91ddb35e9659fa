import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_status import DeliveryStatus
from ...models.problem import Problem
from ...models.webhook_event_type import WebhookEventType
from ...models.webhook_message_page import WebhookMessagePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    status: DeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{endpoint_id}/messages".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookMessagePage | None:
    if response.status_code == 200:
        response_200 = WebhookMessagePage.from_dict(response.json())

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
) -> Response[Problem | WebhookMessagePage]:
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
    status: DeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[Problem | WebhookMessagePage]:
    """List an endpoint's messages

     The delivery log, newest first: each message, its status and attempts. `callback` as the
    id lists the messages sent to your jobs' `callback_url`s. The log trails the deliveries by
    a few milliseconds.

    Args:
        endpoint_id (str):
        status (DeliveryStatus | Unset): A message's delivery status.
        event_type (WebhookEventType | Unset): A webhook event type.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookMessagePage]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        status=status,
        event_type=event_type,
        since=since,
        until=until,
        limit=limit,
        starting_after=starting_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Problem | WebhookMessagePage | None:
    """List an endpoint's messages

     The delivery log, newest first: each message, its status and attempts. `callback` as the
    id lists the messages sent to your jobs' `callback_url`s. The log trails the deliveries by
    a few milliseconds.

    Args:
        endpoint_id (str):
        status (DeliveryStatus | Unset): A message's delivery status.
        event_type (WebhookEventType | Unset): A webhook event type.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookMessagePage
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        status=status,
        event_type=event_type,
        since=since,
        until=until,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[Problem | WebhookMessagePage]:
    """List an endpoint's messages

     The delivery log, newest first: each message, its status and attempts. `callback` as the
    id lists the messages sent to your jobs' `callback_url`s. The log trails the deliveries by
    a few milliseconds.

    Args:
        endpoint_id (str):
        status (DeliveryStatus | Unset): A message's delivery status.
        event_type (WebhookEventType | Unset): A webhook event type.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookMessagePage]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        status=status,
        event_type=event_type,
        since=since,
        until=until,
        limit=limit,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    event_type: WebhookEventType | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Problem | WebhookMessagePage | None:
    """List an endpoint's messages

     The delivery log, newest first: each message, its status and attempts. `callback` as the
    id lists the messages sent to your jobs' `callback_url`s. The log trails the deliveries by
    a few milliseconds.

    Args:
        endpoint_id (str):
        status (DeliveryStatus | Unset): A message's delivery status.
        event_type (WebhookEventType | Unset): A webhook event type.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookMessagePage
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            status=status,
            event_type=event_type,
            since=since,
            until=until,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
