from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.problem import Problem
from ...models.update_api_key import UpdateApiKey
from ...types import Response


def _get_kwargs(
    key_id: str,
    *,
    body: UpdateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/api-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKey | Problem | None:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

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
) -> Response[ApiKey | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> Response[ApiKey | Problem]:
    """Update an API key

     Changes name, scopes, limits, allowed networks or expiry. Every API process applies the
    change within a second; the secret stays the same.

    Args:
        key_id (str):
        body (UpdateApiKey): Fields to change; absent fields stay as they are. `expires_at: null`
            removes the expiry. Example: {'scopes': ['detect:image'], 'daily_limit': 200}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> ApiKey | Problem | None:
    """Update an API key

     Changes name, scopes, limits, allowed networks or expiry. Every API process applies the
    change within a second; the secret stays the same.

    Args:
        key_id (str):
        body (UpdateApiKey): Fields to change; absent fields stay as they are. `expires_at: null`
            removes the expiry. Example: {'scopes': ['detect:image'], 'daily_limit': 200}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | Problem
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> Response[ApiKey | Problem]:
    """Update an API key

     Changes name, scopes, limits, allowed networks or expiry. Every API process applies the
    change within a second; the secret stays the same.

    Args:
        key_id (str):
        body (UpdateApiKey): Fields to change; absent fields stay as they are. `expires_at: null`
            removes the expiry. Example: {'scopes': ['detect:image'], 'daily_limit': 200}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApiKey,
) -> ApiKey | Problem | None:
    """Update an API key

     Changes name, scopes, limits, allowed networks or expiry. Every API process applies the
    change within a second; the secret stays the same.

    Args:
        key_id (str):
        body (UpdateApiKey): Fields to change; absent fields stay as they are. `expires_at: null`
            removes the expiry. Example: {'scopes': ['detect:image'], 'daily_limit': 200}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | Problem
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
