from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.signing_secret import SigningSecret
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    grace_period_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["grace_period_seconds"] = grace_period_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{endpoint_id}/rotate-secret".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
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
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Response[Problem | SigningSecret]:
    """Rotate an endpoint's signing secret

     A new secret, shown in this answer. The previous one keeps signing for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now): each
    delivery's `webhook-signature` then holds two `v1,` entries, so you can deploy the new
    secret without rejecting anything. A second rotation within the grace period ends the
    oldest secret at once.

    Args:
        endpoint_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SigningSecret]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        grace_period_seconds=grace_period_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Problem | SigningSecret | None:
    """Rotate an endpoint's signing secret

     A new secret, shown in this answer. The previous one keeps signing for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now): each
    delivery's `webhook-signature` then holds two `v1,` entries, so you can deploy the new
    secret without rejecting anything. A second rotation within the grace period ends the
    oldest secret at once.

    Args:
        endpoint_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SigningSecret
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        grace_period_seconds=grace_period_seconds,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Response[Problem | SigningSecret]:
    """Rotate an endpoint's signing secret

     A new secret, shown in this answer. The previous one keeps signing for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now): each
    delivery's `webhook-signature` then holds two `v1,` entries, so you can deploy the new
    secret without rejecting anything. A second rotation within the grace period ends the
    oldest secret at once.

    Args:
        endpoint_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SigningSecret]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        grace_period_seconds=grace_period_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Problem | SigningSecret | None:
    """Rotate an endpoint's signing secret

     A new secret, shown in this answer. The previous one keeps signing for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now): each
    delivery's `webhook-signature` then holds two `v1,` entries, so you can deploy the new
    secret without rejecting anything. A second rotation within the grace period ends the
    oldest secret at once.

    Args:
        endpoint_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SigningSecret
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            grace_period_seconds=grace_period_seconds,
        )
    ).parsed
