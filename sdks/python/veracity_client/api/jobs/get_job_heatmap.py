from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}/heatmap".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """Download a result's heatmap

     A 256×256 PNG of the square the AI-image probe looked at, each cell of the result's
    `heatmap` grid tinted red where it pushed the score towards "generated" and blue where it
    pulled it away (the largest value gets the full tint). Made for jobs sent with `return_details=true`
    (images
    and video; for a video, its most suspicious frame) and kept with the media: 404
    `NOT_FOUND` when the result has none, 410 `MEDIA_EXPIRED` once the media is deleted.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """Download a result's heatmap

     A 256×256 PNG of the square the AI-image probe looked at, each cell of the result's
    `heatmap` grid tinted red where it pushed the score towards "generated" and blue where it
    pulled it away (the largest value gets the full tint). Made for jobs sent with `return_details=true`
    (images
    and video; for a video, its most suspicious frame) and kept with the media: 404
    `NOT_FOUND` when the result has none, 410 `MEDIA_EXPIRED` once the media is deleted.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """Download a result's heatmap

     A 256×256 PNG of the square the AI-image probe looked at, each cell of the result's
    `heatmap` grid tinted red where it pushed the score towards "generated" and blue where it
    pulled it away (the largest value gets the full tint). Made for jobs sent with `return_details=true`
    (images
    and video; for a video, its most suspicious frame) and kept with the media: 404
    `NOT_FOUND` when the result has none, 410 `MEDIA_EXPIRED` once the media is deleted.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """Download a result's heatmap

     A 256×256 PNG of the square the AI-image probe looked at, each cell of the result's
    `heatmap` grid tinted red where it pushed the score towards "generated" and blue where it
    pulled it away (the largest value gets the full tint). Made for jobs sent with `return_details=true`
    (images
    and video; for a video, its most suspicious frame) and kept with the media: 404
    `NOT_FOUND` when the result has none, 410 `MEDIA_EXPIRED` once the media is deleted.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
