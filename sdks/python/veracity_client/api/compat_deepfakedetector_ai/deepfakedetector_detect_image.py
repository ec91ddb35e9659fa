from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deepfake_detector_result import DeepfakeDetectorResult
from ...models.deepfakedetector_detect_image_body import DeepfakedetectorDetectImageBody
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeepfakedetectorDetectImageBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/deepfakedetector/v1/detect/image",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeepfakeDetectorResult | Problem | None:
    if response.status_code == 200:
        response_200 = DeepfakeDetectorResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = DeepfakeDetectorResult.from_dict(response.json())

        return response_202

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
) -> Response[DeepfakeDetectorResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeepfakedetectorDetectImageBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeepfakeDetectorResult | Problem]:
    """deepfakedetector.ai: detect an image

     deepfakedetector.ai's `POST /v1/detect/image`, as `…/v1/detect` for images only.

    Args:
        idempotency_key (str | Unset):
        body (DeepfakedetectorDetectImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeepfakeDetectorResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeepfakedetectorDetectImageBody,
    idempotency_key: str | Unset = UNSET,
) -> DeepfakeDetectorResult | Problem | None:
    """deepfakedetector.ai: detect an image

     deepfakedetector.ai's `POST /v1/detect/image`, as `…/v1/detect` for images only.

    Args:
        idempotency_key (str | Unset):
        body (DeepfakedetectorDetectImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeepfakeDetectorResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeepfakedetectorDetectImageBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeepfakeDetectorResult | Problem]:
    """deepfakedetector.ai: detect an image

     deepfakedetector.ai's `POST /v1/detect/image`, as `…/v1/detect` for images only.

    Args:
        idempotency_key (str | Unset):
        body (DeepfakedetectorDetectImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeepfakeDetectorResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeepfakedetectorDetectImageBody,
    idempotency_key: str | Unset = UNSET,
) -> DeepfakeDetectorResult | Problem | None:
    """deepfakedetector.ai: detect an image

     deepfakedetector.ai's `POST /v1/detect/image`, as `…/v1/detect` for images only.

    Args:
        idempotency_key (str | Unset):
        body (DeepfakedetectorDetectImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeepfakeDetectorResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
