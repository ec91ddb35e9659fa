from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.session_tokens import SessionTokens
from ...models.signup_request import SignupRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SessionTokens | None:
    if response.status_code == 201:
        response_201 = SessionTokens.from_dict(response.json())

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
    body: SignupRequest,
) -> Response[Problem | SessionTokens]:
    """Create an organisation

     Creates an organisation on plan FREE with you as its owner, and signs you in: the answer
    holds a 15-minute access token for the admin endpoints and a refresh token. 409
    `EMAIL_TAKEN` if the address already belongs to a user; 422 `VALIDATION_FAILED` for a
    password under 12 characters, a malformed address or an empty name; 429
    `SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one client address (an IPv6
    /64) within an hour.

    Args:
        body (SignupRequest): A new organisation and its first user, who becomes its owner.
            Example: {'organization_name': 'Acme Trust & Safety', 'email': 'ada@acme.example',
            'password': 'correct horse battery staple'}.

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
    body: SignupRequest,
) -> Problem | SessionTokens | None:
    """Create an organisation

     Creates an organisation on plan FREE with you as its owner, and signs you in: the answer
    holds a 15-minute access token for the admin endpoints and a refresh token. 409
    `EMAIL_TAKEN` if the address already belongs to a user; 422 `VALIDATION_FAILED` for a
    password under 12 characters, a malformed address or an empty name; 429
    `SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one client address (an IPv6
    /64) within an hour.

    Args:
        body (SignupRequest): A new organisation and its first user, who becomes its owner.
            Example: {'organization_name': 'Acme Trust & Safety', 'email': 'ada@acme.example',
            'password': 'correct horse battery staple'}.

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
    body: SignupRequest,
) -> Response[Problem | SessionTokens]:
    """Create an organisation

     Creates an organisation on plan FREE with you as its owner, and signs you in: the answer
    holds a 15-minute access token for the admin endpoints and a refresh token. 409
    `EMAIL_TAKEN` if the address already belongs to a user; 422 `VALIDATION_FAILED` for a
    password under 12 characters, a malformed address or an empty name; 429
    `SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one client address (an IPv6
    /64) within an hour.

    Args:
        body (SignupRequest): A new organisation and its first user, who becomes its owner.
            Example: {'organization_name': 'Acme Trust & Safety', 'email': 'ada@acme.example',
            'password': 'correct horse battery staple'}.

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
    body: SignupRequest,
) -> Problem | SessionTokens | None:
    """Create an organisation

     Creates an organisation on plan FREE with you as its owner, and signs you in: the answer
    holds a 15-minute access token for the admin endpoints and a refresh token. 409
    `EMAIL_TAKEN` if the address already belongs to a user; 422 `VALIDATION_FAILED` for a
    password under 12 characters, a malformed address or an empty name; 429
    `SIGNUP_THROTTLED` (with `Retry-After`) after 10 sign-ups from one client address (an IPv6
    /64) within an hour.

    Args:
        body (SignupRequest): A new organisation and its first user, who becomes its owner.
            Example: {'organization_name': 'Acme Trust & Safety', 'email': 'ada@acme.example',
            'password': 'correct horse battery staple'}.

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
