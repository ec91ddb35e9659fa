from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.refresh_request import RefreshRequest
from ...models.session_tokens import SessionTokens
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SessionTokens | None:
    if response.status_code == 200:
        response_200 = SessionTokens.from_dict(response.json())

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
) -> Response[Problem | SessionTokens]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[Problem | SessionTokens]:
    """Refresh the access token

     Exchanges a refresh token for a new access token and a new refresh token; the one sent
    stops working. Sending an already-used refresh token again ends the whole session (it
    was probably copied) and is recorded in the audit log: log in again.

    Args:
        body (RefreshRequest):  Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SessionTokens]
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
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Problem | SessionTokens | None:
    """Refresh the access token

     Exchanges a refresh token for a new access token and a new refresh token; the one sent
    stops working. Sending an already-used refresh token again ends the whole session (it
    was probably copied) and is recorded in the audit log: log in again.

    Args:
        body (RefreshRequest):  Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SessionTokens
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[Problem | SessionTokens]:
    """Refresh the access token

     Exchanges a refresh token for a new access token and a new refresh token; the one sent
    stops working. Sending an already-used refresh token again ends the whole session (it
    was probably copied) and is recorded in the audit log: log in again.

    Args:
        body (RefreshRequest):  Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SessionTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Problem | SessionTokens | None:
    """Refresh the access token

     Exchanges a refresh token for a new access token and a new refresh token; the one sent
    stops working. Sending an already-used refresh token again ends the whole session (it
    was probably copied) and is recorded in the audit log: log in again.

    Args:
        body (RefreshRequest):  Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SessionTokens
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
