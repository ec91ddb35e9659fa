from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dmi_api_key_list import DmiApiKeyList
from ...models.dmi_error import DmiError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/compat/dmi/api/api-keys",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmiApiKeyList | DmiError | None:
    if response.status_code == 200:
        response_200 = DmiApiKeyList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = DmiError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = DmiError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DmiApiKeyList | DmiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DmiApiKeyList | DmiError]:
    """DMI: list API keys

     DMI's `GET /api/api-keys/` with a dashboard access token (`Authorization: Bearer`, from
    `POST /v1/auth/login`): the organisation's keys that are not revoked, never their secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiApiKeyList | DmiError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DmiApiKeyList | DmiError | None:
    """DMI: list API keys

     DMI's `GET /api/api-keys/` with a dashboard access token (`Authorization: Bearer`, from
    `POST /v1/auth/login`): the organisation's keys that are not revoked, never their secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiApiKeyList | DmiError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DmiApiKeyList | DmiError]:
    """DMI: list API keys

     DMI's `GET /api/api-keys/` with a dashboard access token (`Authorization: Bearer`, from
    `POST /v1/auth/login`): the organisation's keys that are not revoked, never their secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiApiKeyList | DmiError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DmiApiKeyList | DmiError | None:
    """DMI: list API keys

     DMI's `GET /api/api-keys/` with a dashboard access token (`Authorization: Bearer`, from
    `POST /v1/auth/login`): the organisation's keys that are not revoked, never their secrets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiApiKeyList | DmiError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
