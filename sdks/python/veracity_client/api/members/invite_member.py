from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invitation import Invitation
from ...models.invite_request import InviteRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: InviteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/members",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Invitation | Problem | None:
    if response.status_code == 201:
        response_201 = Invitation.from_dict(response.json())

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
) -> Response[Invitation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteRequest,
) -> Response[Invitation | Problem]:
    """Invite a member

     Adds `email` with `role` as an invited member and returns a one-time invitation token
    (valid 7 days) for them to set a password. Owners and admins may invite; only owners may
    invite owners. 409 `EMAIL_TAKEN` if the address already belongs to a user.

    Args:
        body (InviteRequest):  Example: {'email': 'grace@acme.example', 'role': 'developer'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invitation | Problem]
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
    body: InviteRequest,
) -> Invitation | Problem | None:
    """Invite a member

     Adds `email` with `role` as an invited member and returns a one-time invitation token
    (valid 7 days) for them to set a password. Owners and admins may invite; only owners may
    invite owners. 409 `EMAIL_TAKEN` if the address already belongs to a user.

    Args:
        body (InviteRequest):  Example: {'email': 'grace@acme.example', 'role': 'developer'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invitation | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteRequest,
) -> Response[Invitation | Problem]:
    """Invite a member

     Adds `email` with `role` as an invited member and returns a one-time invitation token
    (valid 7 days) for them to set a password. Owners and admins may invite; only owners may
    invite owners. 409 `EMAIL_TAKEN` if the address already belongs to a user.

    Args:
        body (InviteRequest):  Example: {'email': 'grace@acme.example', 'role': 'developer'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invitation | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InviteRequest,
) -> Invitation | Problem | None:
    """Invite a member

     Adds `email` with `role` as an invited member and returns a one-time invitation token
    (valid 7 days) for them to set a password. Owners and admins may invite; only owners may
    invite owners. 409 `EMAIL_TAKEN` if the address already belongs to a user.

    Args:
        body (InviteRequest):  Example: {'email': 'grace@acme.example', 'role': 'developer'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Invitation | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
