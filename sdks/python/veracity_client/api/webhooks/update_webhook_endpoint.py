from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.update_webhook_endpoint import UpdateWebhookEndpoint
from ...models.webhook_endpoint import WebhookEndpoint
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
    *,
    body: UpdateWebhookEndpoint,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/webhooks/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookEndpoint | None:
    if response.status_code == 200:
        response_200 = WebhookEndpoint.from_dict(response.json())

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
) -> Response[Problem | WebhookEndpoint]:
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
    body: UpdateWebhookEndpoint,
) -> Response[Problem | WebhookEndpoint]:
    """Update a webhook endpoint

     Changes its URL (checked as at creation), event types, description, rate limit, risk
    threshold, or enables and disables it. The secret stays.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpoint): Fields to change; absent fields stay.
            `rate_limit_per_second: null` removes the limit. Example: {'enabled': True,
            'risk_threshold': 80}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpoint]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpoint,
) -> Problem | WebhookEndpoint | None:
    """Update a webhook endpoint

     Changes its URL (checked as at creation), event types, description, rate limit, risk
    threshold, or enables and disables it. The secret stays.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpoint): Fields to change; absent fields stay.
            `rate_limit_per_second: null` removes the limit. Example: {'enabled': True,
            'risk_threshold': 80}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpoint
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpoint,
) -> Response[Problem | WebhookEndpoint]:
    """Update a webhook endpoint

     Changes its URL (checked as at creation), event types, description, rate limit, risk
    threshold, or enables and disables it. The secret stays.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpoint): Fields to change; absent fields stay.
            `rate_limit_per_second: null` removes the limit. Example: {'enabled': True,
            'risk_threshold': 80}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpoint]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpoint,
) -> Problem | WebhookEndpoint | None:
    """Update a webhook endpoint

     Changes its URL (checked as at creation), event types, description, rate limit, risk
    threshold, or enables and disables it. The secret stays.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpoint): Fields to change; absent fields stay.
            `rate_limit_per_second: null` removes the limit. Example: {'enabled': True,
            'risk_threshold': 80}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpoint
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
