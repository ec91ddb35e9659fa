from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_with_secret import ApiKeyWithSecret
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    grace_period_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["grace_period_seconds"] = grace_period_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-keys/{key_id}/rotate".format(
            key_id=quote(str(key_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyWithSecret | Problem | None:
    if response.status_code == 200:
        response_200 = ApiKeyWithSecret.from_dict(response.json())

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
) -> Response[ApiKeyWithSecret | Problem]:
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
    grace_period_seconds: int | Unset = UNSET,
) -> Response[ApiKeyWithSecret | Problem]:
    """Rotate an API key's secret

     Issues a new secret (shown once, in this answer). The previous secret keeps working for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now) so you can
    deploy the new one without interruption. A second rotation ends any older secret at once.

    Args:
        key_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        grace_period_seconds=grace_period_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> ApiKeyWithSecret | Problem | None:
    """Rotate an API key's secret

     Issues a new secret (shown once, in this answer). The previous secret keeps working for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now) so you can
    deploy the new one without interruption. A second rotation ends any older secret at once.

    Args:
        key_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyWithSecret | Problem
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        grace_period_seconds=grace_period_seconds,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> Response[ApiKeyWithSecret | Problem]:
    """Rotate an API key's secret

     Issues a new secret (shown once, in this answer). The previous secret keeps working for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now) so you can
    deploy the new one without interruption. A second rotation ends any older secret at once.

    Args:
        key_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        grace_period_seconds=grace_period_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    grace_period_seconds: int | Unset = UNSET,
) -> ApiKeyWithSecret | Problem | None:
    """Rotate an API key's secret

     Issues a new secret (shown once, in this answer). The previous secret keeps working for
    `grace_period_seconds` (default 86400 = 24 h, at most 30 days; 0 ends it now) so you can
    deploy the new one without interruption. A second rotation ends any older secret at once.

    Args:
        key_id (str):
        grace_period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            grace_period_seconds=grace_period_seconds,
        )
    ).parsed
