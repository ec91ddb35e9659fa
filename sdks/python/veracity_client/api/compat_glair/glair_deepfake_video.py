from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.glair_deepfake_result import GlairDeepfakeResult
from ...models.glair_deepfake_video_body import GlairDeepfakeVideoBody
from ...models.glair_error import GlairError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GlairDeepfakeVideoBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/glair/face/v1/deepfake",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlairDeepfakeResult | GlairError | None:
    if response.status_code == 200:
        response_200 = GlairDeepfakeResult.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = GlairError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = GlairError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlairDeepfakeResult | GlairError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GlairDeepfakeVideoBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[GlairDeepfakeResult | GlairError]:
    """GLAIR: deepfake detection (video)

     GLAIR Vision's `POST /face/v1/deepfake`: a video as multipart `video` (`file` works too).
    Answers with the reading once the analysis is done; errors in 002's shape
    (`{"reason", "status"}`) with the HTTP status Veracity gives them.

    Args:
        idempotency_key (str | Unset):
        body (GlairDeepfakeVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlairDeepfakeResult | GlairError]
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
    body: GlairDeepfakeVideoBody,
    idempotency_key: str | Unset = UNSET,
) -> GlairDeepfakeResult | GlairError | None:
    """GLAIR: deepfake detection (video)

     GLAIR Vision's `POST /face/v1/deepfake`: a video as multipart `video` (`file` works too).
    Answers with the reading once the analysis is done; errors in 002's shape
    (`{"reason", "status"}`) with the HTTP status Veracity gives them.

    Args:
        idempotency_key (str | Unset):
        body (GlairDeepfakeVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlairDeepfakeResult | GlairError
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GlairDeepfakeVideoBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[GlairDeepfakeResult | GlairError]:
    """GLAIR: deepfake detection (video)

     GLAIR Vision's `POST /face/v1/deepfake`: a video as multipart `video` (`file` works too).
    Answers with the reading once the analysis is done; errors in 002's shape
    (`{"reason", "status"}`) with the HTTP status Veracity gives them.

    Args:
        idempotency_key (str | Unset):
        body (GlairDeepfakeVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlairDeepfakeResult | GlairError]
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
    body: GlairDeepfakeVideoBody,
    idempotency_key: str | Unset = UNSET,
) -> GlairDeepfakeResult | GlairError | None:
    """GLAIR: deepfake detection (video)

     GLAIR Vision's `POST /face/v1/deepfake`: a video as multipart `video` (`file` works too).
    Answers with the reading once the analysis is done; errors in 002's shape
    (`{"reason", "status"}`) with the HTTP status Veracity gives them.

    Args:
        idempotency_key (str | Unset):
        body (GlairDeepfakeVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlairDeepfakeResult | GlairError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
