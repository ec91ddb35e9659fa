from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_endpoint import CreateWebhookEndpoint
from ...models.problem import Problem
from ...models.webhook_endpoint_with_secret import WebhookEndpointWithSecret
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWebhookEndpoint,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookEndpointWithSecret | None:
    if response.status_code == 201:
        response_201 = WebhookEndpointWithSecret.from_dict(response.json())

        return response_201

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
) -> Response[Problem | WebhookEndpointWithSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookEndpoint,
) -> Response[Problem | WebhookEndpointWithSecret]:
    """Create a webhook endpoint

     Registers a URL to receive signed events (see `GET /v1/webhooks/event-types`). The URL must
    be `https` and resolve only to public addresses (422 `VALIDATION_FAILED` names the reason);
    it is checked again at every send. The answer holds the endpoint's signing secret, shown
    this once: every delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers per Standard Webhooks. Admin access token with "manage webhooks" (owner, admin,
    developer), or an API key with `webhooks:write`. At most 50 endpoints per organisation.

    Args:
        body (CreateWebhookEndpoint):  Example: {'url': 'https://hooks.example.com/veracity',
            'event_types': ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description':
            'KYC review queue', 'rate_limit_per_second': 20, 'risk_threshold': 70}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointWithSecret]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookEndpoint,
) -> Problem | WebhookEndpointWithSecret | None:
    """Create a webhook endpoint

     Registers a URL to receive signed events (see `GET /v1/webhooks/event-types`). The URL must
    be `https` and resolve only to public addresses (422 `VALIDATION_FAILED` names the reason);
    it is checked again at every send. The answer holds the endpoint's signing secret, shown
    this once: every delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers per Standard Webhooks. Admin access token with "manage webhooks" (owner, admin,
    developer), or an API key with `webhooks:write`. At most 50 endpoints per organisation.

    Args:
        body (CreateWebhookEndpoint):  Example: {'url': 'https://hooks.example.com/veracity',
            'event_types': ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description':
            'KYC review queue', 'rate_limit_per_second': 20, 'risk_threshold': 70}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointWithSecret
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookEndpoint,
) -> Response[Problem | WebhookEndpointWithSecret]:
    """Create a webhook endpoint

     Registers a URL to receive signed events (see `GET /v1/webhooks/event-types`). The URL must
    be `https` and resolve only to public addresses (422 `VALIDATION_FAILED` names the reason);
    it is checked again at every send. The answer holds the endpoint's signing secret, shown
    this once: every delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers per Standard Webhooks. Admin access token with "manage webhooks" (owner, admin,
    developer), or an API key with `webhooks:write`. At most 50 endpoints per organisation.

    Args:
        body (CreateWebhookEndpoint):  Example: {'url': 'https://hooks.example.com/veracity',
            'event_types': ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description':
            'KYC review queue', 'rate_limit_per_second': 20, 'risk_threshold': 70}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookEndpointWithSecret]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookEndpoint,
) -> Problem | WebhookEndpointWithSecret | None:
    """Create a webhook endpoint

     Registers a URL to receive signed events (see `GET /v1/webhooks/event-types`). The URL must
    be `https` and resolve only to public addresses (422 `VALIDATION_FAILED` names the reason);
    it is checked again at every send. The answer holds the endpoint's signing secret, shown
    this once: every delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`
    headers per Standard Webhooks. Admin access token with "manage webhooks" (owner, admin,
    developer), or an API key with `webhooks:write`. At most 50 endpoints per organisation.

    Args:
        body (CreateWebhookEndpoint):  Example: {'url': 'https://hooks.example.com/veracity',
            'event_types': ['deepfake.scan_completed', 'deepfake.deepfake_detected'], 'description':
            'KYC review queue', 'rate_limit_per_second': 20, 'risk_threshold': 70}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookEndpointWithSecret
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
