from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adopt_session import AdoptSession
from ...models.browser_session import BrowserSession
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: AdoptSession,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/browser/session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
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
    body: AdoptSession,
) -> Response[Any | BrowserSession | Problem]:
    """Move a session into a browser cookie

     For web pages of this server (the console): exchanges the refresh token that sign-up,
    login or accepting an invitation returned for a new one, set as an `HttpOnly; Secure;
    SameSite=Strict` cookie the page cannot read, and returns an access token. The token
    sent stops working. Needs the `Veracity-CSRF: 1` header (403 `FORBIDDEN` without it or
    from another origin). Browsers keep `Secure` cookies on https and on localhost only.

    Args:
        body (AdoptSession): A refresh token from sign-up, login or an accepted invitation, to
            move into the cookie. Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BrowserSession | Problem]
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
    body: AdoptSession,
) -> Any | BrowserSession | Problem | None:
    """Move a session into a browser cookie

     For web pages of this server (the console): exchanges the refresh token that sign-up,
    login or accepting an invitation returned for a new one, set as an `HttpOnly; Secure;
    SameSite=Strict` cookie the page cannot read, and returns an access token. The token
    sent stops working. Needs the `Veracity-CSRF: 1` header (403 `FORBIDDEN` without it or
    from another origin). Browsers keep `Secure` cookies on https and on localhost only.

    Args:
        body (AdoptSession): A refresh token from sign-up, login or an accepted invitation, to
            move into the cookie. Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BrowserSession | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AdoptSession,
) -> Response[Any | BrowserSession | Problem]:
    """Move a session into a browser cookie

     For web pages of this server (the console): exchanges the refresh token that sign-up,
    login or accepting an invitation returned for a new one, set as an `HttpOnly; Secure;
    SameSite=Strict` cookie the page cannot read, and returns an access token. The token
    sent stops working. Needs the `Veracity-CSRF: 1` header (403 `FORBIDDEN` without it or
    from another origin). Browsers keep `Secure` cookies on https and on localhost only.

    Args:
        body (AdoptSession): A refresh token from sign-up, login or an accepted invitation, to
            move into the cookie. Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BrowserSession | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AdoptSession,
) -> Any | BrowserSession | Problem | None:
    """Move a session into a browser cookie

     For web pages of this server (the console): exchanges the refresh token that sign-up,
    login or accepting an invitation returned for a new one, set as an `HttpOnly; Secure;
    SameSite=Strict` cookie the page cannot read, and returns an access token. The token
    sent stops working. Needs the `Veracity-CSRF: 1` header (403 `FORBIDDEN` without it or
    from another origin). Browsers keep `Secure` cookies on https and on localhost only.

    Args:
        body (AdoptSession): A refresh token from sign-up, login or an accepted invitation, to
            move into the cookie. Example: {'refresh_token': 'vrt_3yZe7d…'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BrowserSession | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
