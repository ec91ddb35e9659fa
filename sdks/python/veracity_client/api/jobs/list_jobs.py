import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_page import JobPage
from ...models.media_type import MediaType
from ...models.problem import Problem
from ...models.status import Status
from ...models.verdict import Verdict
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: Status | Unset = UNSET,
    media_type: MediaType | Unset = UNSET,
    verdict: Verdict | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_media_type: str | Unset = UNSET
    if not isinstance(media_type, Unset):
        json_media_type = media_type.value

    params["media_type"] = json_media_type

    json_verdict: str | Unset = UNSET
    if not isinstance(verdict, Unset):
        json_verdict = verdict.value

    params["verdict"] = json_verdict

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["limit"] = limit

    params["starting_after"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobPage | Problem | None:
    if response.status_code == 200:
        response_200 = JobPage.from_dict(response.json())

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
) -> Response[JobPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: Status | Unset = UNSET,
    media_type: MediaType | Unset = UNSET,
    verdict: Verdict | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[JobPage | Problem]:
    """List jobs

     Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    `id` you got as `starting_after`. The list is a read model and may trail the newest
    changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. An API key with
    `jobs:read`, or a signed-in member who may read jobs.

    Args:
        status (Status | Unset):
        media_type (MediaType | Unset): What kind of media a job analyses.
        verdict (Verdict | Unset): The overall answer of a completed job.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        media_type=media_type,
        verdict=verdict,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        starting_after=starting_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: Status | Unset = UNSET,
    media_type: MediaType | Unset = UNSET,
    verdict: Verdict | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> JobPage | Problem | None:
    """List jobs

     Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    `id` you got as `starting_after`. The list is a read model and may trail the newest
    changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. An API key with
    `jobs:read`, or a signed-in member who may read jobs.

    Args:
        status (Status | Unset):
        media_type (MediaType | Unset): What kind of media a job analyses.
        verdict (Verdict | Unset): The overall answer of a completed job.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        media_type=media_type,
        verdict=verdict,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: Status | Unset = UNSET,
    media_type: MediaType | Unset = UNSET,
    verdict: Verdict | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[JobPage | Problem]:
    """List jobs

     Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    `id` you got as `starting_after`. The list is a read model and may trail the newest
    changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. An API key with
    `jobs:read`, or a signed-in member who may read jobs.

    Args:
        status (Status | Unset):
        media_type (MediaType | Unset): What kind of media a job analyses.
        verdict (Verdict | Unset): The overall answer of a completed job.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobPage | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        media_type=media_type,
        verdict=verdict,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: Status | Unset = UNSET,
    media_type: MediaType | Unset = UNSET,
    verdict: Verdict | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> JobPage | Problem | None:
    """List jobs

     Your organisation's jobs, newest first, with filters. Cursor pagination: pass the last
    `id` you got as `starting_after`. The list is a read model and may trail the newest
    changes by a few milliseconds; `GET /v1/jobs/{id}` is always current. An API key with
    `jobs:read`, or a signed-in member who may read jobs.

    Args:
        status (Status | Unset):
        media_type (MediaType | Unset): What kind of media a job analyses.
        verdict (Verdict | Unset): The overall answer of a completed job.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        limit (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            media_type=media_type,
            verdict=verdict,
            created_after=created_after,
            created_before=created_before,
            limit=limit,
            starting_after=starting_after,
        )
    ).parsed
