from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_session import BrowserSession
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/browser/refresh",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BrowserSession | Problem | None:
    if response.status_code == 200:
        response_200 = BrowserSession.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | BrowserSession | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BrowserSession | Problem]:
    """Refresh a browser session

     Exchanges the refresh token in the `veracity_refresh` cookie for a new access token and
    a new cookie. 204 when the browser has no such cookie (nobody signed in); 401
    `AUTH_INVALID` when its session has ended. Needs the `Veracity-CSRF: 1` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BrowserSession | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | BrowserSession | Problem | None:
    """Refresh a browser session

     Exchanges the refresh token in the `veracity_refresh` cookie for a new access token and
    a new cookie. 204 when the browser has no such cookie (nobody signed in); 401
    `AUTH_INVALID` when its session has ended. Needs the `Veracity-CSRF: 1` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BrowserSession | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BrowserSession | Problem]:
    """Refresh a browser session

     Exchanges the refresh token in the `veracity_refresh` cookie for a new access token and
    a new cookie. 204 when the browser has no such cookie (nobody signed in); 401
    `AUTH_INVALID` when its session has ended. Needs the `Veracity-CSRF: 1` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BrowserSession | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | BrowserSession | Problem | None:
    """Refresh a browser session

     Exchanges the refresh token in the `veracity_refresh` cookie for a new access token and
    a new cookie. 204 when the browser has no such cookie (nobody signed in); 401
    `AUTH_INVALID` when its session has ended. Needs the `Veracity-CSRF: 1` header.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BrowserSession | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
