from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detect_body import DetectBody
from ...models.job import Job
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DetectBody,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/detect",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Job | Problem | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Job.from_dict(response.json())

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
) -> Response[Job | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DetectBody,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Job | Problem]:
    """Detect (any media file)

     Analyses an image, video or audio file, inferring the type from the content itself
    (magic bytes), never from the file name or `Content-Type`; a `media_type` field is only a
    hint, refused (422) when the content is another type. Send the file as multipart
    `file` (or a `media_url` field). Images wait up to 10 s for the result (200); video and
    audio answer 202 with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the
    wait. Needs the `detect:<media type>` scope.

    Args:
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (DetectBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DetectBody,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Job | Problem | None:
    """Detect (any media file)

     Analyses an image, video or audio file, inferring the type from the content itself
    (magic bytes), never from the file name or `Content-Type`; a `media_type` field is only a
    hint, refused (422) when the content is another type. Send the file as multipart
    `file` (or a `media_url` field). Images wait up to 10 s for the result (200); video and
    audio answer 202 with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the
    wait. Needs the `detect:<media type>` scope.

    Args:
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (DetectBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        prefer=prefer,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DetectBody,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Job | Problem]:
    """Detect (any media file)

     Analyses an image, video or audio file, inferring the type from the content itself
    (magic bytes), never from the file name or `Content-Type`; a `media_type` field is only a
    hint, refused (422) when the content is another type. Send the file as multipart
    `file` (or a `media_url` field). Images wait up to 10 s for the result (200); video and
    audio answer 202 with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the
    wait. Needs the `detect:<media type>` scope.

    Args:
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (DetectBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DetectBody,
    prefer: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Job | Problem | None:
    """Detect (any media file)

     Analyses an image, video or audio file, inferring the type from the content itself
    (magic bytes), never from the file name or `Content-Type`; a `media_type` field is only a
    hint, refused (422) when the content is another type. Send the file as multipart
    `file` (or a `media_url` field). Images wait up to 10 s for the result (200); video and
    audio answer 202 with a `Location` to poll. `Prefer: wait=<seconds>` (0–60) overrides the
    wait. Needs the `detect:<media type>` scope.

    Args:
        prefer (str | Unset):
        idempotency_key (str | Unset):
        body (DetectBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            prefer=prefer,
            idempotency_key=idempotency_key,
        )
    ).parsed
