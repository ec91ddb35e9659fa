from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dmi_api_key_response import DmiApiKeyResponse
from ...models.dmi_create_api_key import DmiCreateApiKey
from ...models.dmi_error import DmiError
from ...types import Response


def _get_kwargs(
    *,
    body: DmiCreateApiKey,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/dmi/api/api-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmiApiKeyResponse | DmiError | None:
    if response.status_code == 200:
        response_200 = DmiApiKeyResponse.from_dict(response.json())

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
) -> Response[DmiApiKeyResponse | DmiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiCreateApiKey,
) -> Response[DmiApiKeyResponse | DmiError]:
    """DMI: create an API key

     DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this once. Owners,
    admins and developers may manage keys.

    Args:
        body (DmiCreateApiKey): 003's key: what `POST /api/api-keys/` takes (other members are
            ignored, as 003 does). Example: {'name': 'My API Key', 'expires_at': '2027-12-31',
            'daily_limit': 1000, 'can_use_deepfake_detection': True, 'can_use_ai_text_detection':
            True, 'can_use_ai_media_detection': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiApiKeyResponse | DmiError]
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
    body: DmiCreateApiKey,
) -> DmiApiKeyResponse | DmiError | None:
    """DMI: create an API key

     DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this once. Owners,
    admins and developers may manage keys.

    Args:
        body (DmiCreateApiKey): 003's key: what `POST /api/api-keys/` takes (other members are
            ignored, as 003 does). Example: {'name': 'My API Key', 'expires_at': '2027-12-31',
            'daily_limit': 1000, 'can_use_deepfake_detection': True, 'can_use_ai_text_detection':
            True, 'can_use_ai_media_detection': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiApiKeyResponse | DmiError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiCreateApiKey,
) -> Response[DmiApiKeyResponse | DmiError]:
    """DMI: create an API key

     DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this once. Owners,
    admins and developers may manage keys.

    Args:
        body (DmiCreateApiKey): 003's key: what `POST /api/api-keys/` takes (other members are
            ignored, as 003 does). Example: {'name': 'My API Key', 'expires_at': '2027-12-31',
            'daily_limit': 1000, 'can_use_deepfake_detection': True, 'can_use_ai_text_detection':
            True, 'can_use_ai_media_detection': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiApiKeyResponse | DmiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DmiCreateApiKey,
) -> DmiApiKeyResponse | DmiError | None:
    """DMI: create an API key

     DMI's `POST /api/api-keys/`: the answer holds the whole key, shown this once. Owners,
    admins and developers may manage keys.

    Args:
        body (DmiCreateApiKey): 003's key: what `POST /api/api-keys/` takes (other members are
            ignored, as 003 does). Example: {'name': 'My API Key', 'expires_at': '2027-12-31',
            'daily_limit': 1000, 'can_use_deepfake_detection': True, 'can_use_ai_text_detection':
            True, 'can_use_ai_media_detection': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiApiKeyResponse | DmiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
