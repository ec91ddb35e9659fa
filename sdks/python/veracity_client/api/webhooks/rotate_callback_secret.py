from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.signing_secret import SigningSecret
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    grace_period_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["grace_period_seconds"] = grace_period_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/callback-secret",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SigningSecret | None:
    if response.status_code == 200:
        response_200 = SigningSecret.from_dict(response.json())

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
) -> Response[Problem | SigningSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Response[Problem | SigningSecret]:
    """Rotate the callback secret

     A new callback secret, shown in this answer. The previous one keeps signing (a second
    `v1,` entry in `webhook-signature`) for `grace_period_seconds` (default 86400 = 24 h).

    Args:
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SigningSecret]
    """

    kwargs = _get_kwargs(
        grace_period_seconds=grace_period_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Problem | SigningSecret | None:
    """Rotate the callback secret

     A new callback secret, shown in this answer. The previous one keeps signing (a second
    `v1,` entry in `webhook-signature`) for `grace_period_seconds` (default 86400 = 24 h).

    Args:
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SigningSecret
    """

    return sync_detailed(
        client=client,
        grace_period_seconds=grace_period_seconds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Response[Problem | SigningSecret]:
    """Rotate the callback secret

     A new callback secret, shown in this answer. The previous one keeps signing (a second
    `v1,` entry in `webhook-signature`) for `grace_period_seconds` (default 86400 = 24 h).

    Args:
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SigningSecret]
    """

    kwargs = _get_kwargs(
        grace_period_seconds=grace_period_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Problem | SigningSecret | None:
    """Rotate the callback secret

     A new callback secret, shown in this answer. The previous one keeps signing (a second
    `v1,` entry in `webhook-signature`) for `grace_period_seconds` (default 86400 = 24 h).

    Args:
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SigningSecret
    """

    return (
        await asyncio_detailed(
            client=client,
            grace_period_seconds=grace_period_seconds,
        )
    ).parsed
