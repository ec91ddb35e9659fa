from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_with_secret import ApiKeyWithSecret
from ...models.create_api_key import CreateApiKey
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyWithSecret | Problem | None:
    if response.status_code == 201:
        response_201 = ApiKeyWithSecret.from_dict(response.json())

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
) -> Response[ApiKeyWithSecret | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiKey,
) -> Response[ApiKeyWithSecret | Problem]:
    """Create an API key

     Creates a key for your servers to call the detection and job endpoints with
    (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`). The full secret is in this
    answer only; Veracity keeps an argon2id hash. Owners, admins and developers may manage keys.

    Args:
        body (CreateApiKey):  Example: {'name': 'production backend', 'scopes': ['detect:image',
            'detect:video', 'jobs:read'], 'daily_limit': 5000, 'allowed_ips': ['203.0.113.0/24',
            '2001:db8::/32']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyWithSecret | Problem]
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
    body: CreateApiKey,
) -> ApiKeyWithSecret | Problem | None:
    """Create an API key

     Creates a key for your servers to call the detection and job endpoints with
    (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`). The full secret is in this
    answer only; Veracity keeps an argon2id hash. Owners, admins and developers may manage keys.

    Args:
        body (CreateApiKey):  Example: {'name': 'production backend', 'scopes': ['detect:image',
            'detect:video', 'jobs:read'], 'daily_limit': 5000, 'allowed_ips': ['203.0.113.0/24',
            '2001:db8::/32']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyWithSecret | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiKey,
) -> Response[ApiKeyWithSecret | Problem]:
    """Create an API key

     Creates a key for your servers to call the detection and job endpoints with
    (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`). The full secret is in this
    answer only; Veracity keeps an argon2id hash. Owners, admins and developers may manage keys.

    Args:
        body (CreateApiKey):  Example: {'name': 'production backend', 'scopes': ['detect:image',
            'detect:video', 'jobs:read'], 'daily_limit': 5000, 'allowed_ips': ['203.0.113.0/24',
            '2001:db8::/32']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateApiKey,
) -> ApiKeyWithSecret | Problem | None:
    """Create an API key

     Creates a key for your servers to call the detection and job endpoints with
    (`Authorization: Bearer <secret>` or `X-API-Key: <secret>`). The full secret is in this
    answer only; Veracity keeps an argon2id hash. Owners, admins and developers may manage keys.

    Args:
        body (CreateApiKey):  Example: {'name': 'production backend', 'scopes': ['detect:image',
            'detect:video', 'jobs:read'], 'daily_limit': 5000, 'allowed_ips': ['203.0.113.0/24',
            '2001:db8::/32']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
