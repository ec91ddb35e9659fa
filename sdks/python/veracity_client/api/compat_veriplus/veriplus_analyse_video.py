from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.veriplus_analyse_video_body import VeriplusAnalyseVideoBody
from ...models.veriplus_envelope import VeriplusEnvelope
from ...models.veriplus_error import VeriplusError
from ...types import Response


def _get_kwargs(
    *,
    body: VeriplusAnalyseVideoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compat/veriplus/api/v4/deepfake/analyse/video",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VeriplusEnvelope | VeriplusError | None:
    if response.status_code == 200:
        response_200 = VeriplusEnvelope.from_dict(response.json())

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
) -> Response[VeriplusEnvelope | VeriplusError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VeriplusAnalyseVideoBody,
) -> Response[VeriplusEnvelope | VeriplusError]:
    """Veriplus: analyse a video

     Veriplus's `POST /api/v4/deepfake/analyse/video`: multipart `video` with `analysisType`
    (`GENERAL`, `VERIFICATION`), `includeLiveness`, `returnSuspiciousFrames`. Answers with the
    result when the analysis ends within the deployment's wait, else `status: PROCESSING`.

    Args:
        body (VeriplusAnalyseVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VeriplusEnvelope | VeriplusError]
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
    body: VeriplusAnalyseVideoBody,
) -> VeriplusEnvelope | VeriplusError | None:
    """Veriplus: analyse a video

     Veriplus's `POST /api/v4/deepfake/analyse/video`: multipart `video` with `analysisType`
    (`GENERAL`, `VERIFICATION`), `includeLiveness`, `returnSuspiciousFrames`. Answers with the
    result when the analysis ends within the deployment's wait, else `status: PROCESSING`.

    Args:
        body (VeriplusAnalyseVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VeriplusEnvelope | VeriplusError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VeriplusAnalyseVideoBody,
) -> Response[VeriplusEnvelope | VeriplusError]:
    """Veriplus: analyse a video

     Veriplus's `POST /api/v4/deepfake/analyse/video`: multipart `video` with `analysisType`
    (`GENERAL`, `VERIFICATION`), `includeLiveness`, `returnSuspiciousFrames`. Answers with the
    result when the analysis ends within the deployment's wait, else `status: PROCESSING`.

    Args:
        body (VeriplusAnalyseVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VeriplusEnvelope | VeriplusError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VeriplusAnalyseVideoBody,
) -> VeriplusEnvelope | VeriplusError | None:
    """Veriplus: analyse a video

     Veriplus's `POST /api/v4/deepfake/analyse/video`: multipart `video` with `analysisType`
    (`GENERAL`, `VERIFICATION`), `includeLiveness`, `returnSuspiciousFrames`. Answers with the
    result when the analysis ends within the deployment's wait, else `status: PROCESSING`.

    Args:
        body (VeriplusAnalyseVideoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VeriplusEnvelope | VeriplusError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
