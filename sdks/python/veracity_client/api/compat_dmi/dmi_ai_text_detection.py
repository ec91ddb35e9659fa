from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dmi_error import DmiError
from ...models.dmi_text_request import DmiTextRequest
from ...models.dmi_text_response import DmiTextResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DmiTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/dmi/api/public-api/ai-text-detection",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmiError | DmiTextResponse | None:
    if response.status_code == 200:
        response_200 = DmiTextResponse.from_dict(response.json())

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
) -> Response[DmiError | DmiTextResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiTextRequest,
) -> Response[DmiError | DmiTextResponse]:
    """DMI: AI-generated text detection

     DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …, "highlight": …}`.

    Args:
        body (DmiTextRequest): `ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other
            members are ignored, as
            003 does).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiError | DmiTextResponse]
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
    body: DmiTextRequest,
) -> DmiError | DmiTextResponse | None:
    """DMI: AI-generated text detection

     DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …, "highlight": …}`.

    Args:
        body (DmiTextRequest): `ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other
            members are ignored, as
            003 does).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiError | DmiTextResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiTextRequest,
) -> Response[DmiError | DmiTextResponse]:
    """DMI: AI-generated text detection

     DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …, "highlight": …}`.

    Args:
        body (DmiTextRequest): `ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other
            members are ignored, as
            003 does).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiError | DmiTextResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DmiTextRequest,
) -> DmiError | DmiTextResponse | None:
    """DMI: AI-generated text detection

     DMI's `POST /api/public-api/ai-text-detection/`: JSON `{"text": …, "highlight": …}`.

    Args:
        body (DmiTextRequest): `ai-text-detection/`'s body: `{"text": …, "highlight": …}` (other
            members are ignored, as
            003 does).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiError | DmiTextResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
