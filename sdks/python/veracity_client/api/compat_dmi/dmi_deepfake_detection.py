from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dmi_deepfake_detection_body import DmiDeepfakeDetectionBody
from ...models.dmi_deepfake_response import DmiDeepfakeResponse
from ...models.dmi_error import DmiError
from ...types import Response


def _get_kwargs(
    *,
    body: DmiDeepfakeDetectionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/dmi/api/public-api/deepfake-detection",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DmiDeepfakeResponse | DmiError | None:
    if response.status_code == 200:
        response_200 = DmiDeepfakeResponse.from_dict(response.json())

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
) -> Response[DmiDeepfakeResponse | DmiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiDeepfakeDetectionBody,
) -> Response[DmiDeepfakeResponse | DmiError]:
    """DMI: deepfake detection

     DMI's `POST /api/public-api/deepfake-detection/`: an image or video as multipart `file`.
    Answers with the result once the analysis is done.

    Args:
        body (DmiDeepfakeDetectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiDeepfakeResponse | DmiError]
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
    body: DmiDeepfakeDetectionBody,
) -> DmiDeepfakeResponse | DmiError | None:
    """DMI: deepfake detection

     DMI's `POST /api/public-api/deepfake-detection/`: an image or video as multipart `file`.
    Answers with the result once the analysis is done.

    Args:
        body (DmiDeepfakeDetectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiDeepfakeResponse | DmiError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DmiDeepfakeDetectionBody,
) -> Response[DmiDeepfakeResponse | DmiError]:
    """DMI: deepfake detection

     DMI's `POST /api/public-api/deepfake-detection/`: an image or video as multipart `file`.
    Answers with the result once the analysis is done.

    Args:
        body (DmiDeepfakeDetectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DmiDeepfakeResponse | DmiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DmiDeepfakeDetectionBody,
) -> DmiDeepfakeResponse | DmiError | None:
    """DMI: deepfake detection

     DMI's `POST /api/public-api/deepfake-detection/`: an image or video as multipart `file`.
    Answers with the result once the analysis is done.

    Args:
        body (DmiDeepfakeDetectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DmiDeepfakeResponse | DmiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
