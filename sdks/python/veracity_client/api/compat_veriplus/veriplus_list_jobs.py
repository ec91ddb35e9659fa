from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.veriplus_error import VeriplusError
from ...models.veriplus_list import VeriplusList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    media_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["mediaType"] = media_type

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/compat/veriplus/api/v4/deepfake/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VeriplusError | VeriplusList | None:
    if response.status_code == 200:
        response_200 = VeriplusList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = VeriplusError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = VeriplusError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VeriplusError | VeriplusList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    media_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[VeriplusError | VeriplusList]:
    """Veriplus: list jobs

     Veriplus's `GET /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).

    Args:
        status (str | Unset):
        media_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VeriplusError | VeriplusList]
    """

    kwargs = _get_kwargs(
        status=status,
        media_type=media_type,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    media_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> VeriplusError | VeriplusList | None:
    """Veriplus: list jobs

     Veriplus's `GET /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).

    Args:
        status (str | Unset):
        media_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VeriplusError | VeriplusList
    """

    return sync_detailed(
        client=client,
        status=status,
        media_type=media_type,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    media_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[VeriplusError | VeriplusList]:
    """Veriplus: list jobs

     Veriplus's `GET /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).

    Args:
        status (str | Unset):
        media_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VeriplusError | VeriplusList]
    """

    kwargs = _get_kwargs(
        status=status,
        media_type=media_type,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    media_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> VeriplusError | VeriplusList | None:
    """Veriplus: list jobs

     Veriplus's `GET /api/v4/deepfake/jobs?status=COMPLETED&mediaType=VIDEO&limit=50`: the
    newest jobs first, in brief (`GET …/jobs/{id}` has the whole result).

    Args:
        status (str | Unset):
        media_type (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VeriplusError | VeriplusList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            media_type=media_type,
            limit=limit,
        )
    ).parsed
