from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_plan import ChangePlan
from ...models.plan_view import PlanView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ChangePlan,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/billing/plan",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlanView | Problem | None:
    if response.status_code == 200:
        response_200 = PlanView.from_dict(response.json())

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
) -> Response[PlanView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePlan,
) -> Response[PlanView | Problem]:
    """Change the plan

     Moves the organisation to a plan that costs no more, at once (FREE always). A higher
    plan is paid for: it is set by your operator (`veracity admin plan`), and asking for it
    here answers 402 `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    `plan_changed` ledger entry and in the audit log. Concurrency limits apply to jobs that
    start from now on; existing API keys keep their rate limits. Owners, admins and billing
    members.

    Args:
        body (ChangePlan):  Example: {'plan': 'PRO'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanView | Problem]
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
    body: ChangePlan,
) -> PlanView | Problem | None:
    """Change the plan

     Moves the organisation to a plan that costs no more, at once (FREE always). A higher
    plan is paid for: it is set by your operator (`veracity admin plan`), and asking for it
    here answers 402 `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    `plan_changed` ledger entry and in the audit log. Concurrency limits apply to jobs that
    start from now on; existing API keys keep their rate limits. Owners, admins and billing
    members.

    Args:
        body (ChangePlan):  Example: {'plan': 'PRO'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePlan,
) -> Response[PlanView | Problem]:
    """Change the plan

     Moves the organisation to a plan that costs no more, at once (FREE always). A higher
    plan is paid for: it is set by your operator (`veracity admin plan`), and asking for it
    here answers 402 `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    `plan_changed` ledger entry and in the audit log. Concurrency limits apply to jobs that
    start from now on; existing API keys keep their rate limits. Owners, admins and billing
    members.

    Args:
        body (ChangePlan):  Example: {'plan': 'PRO'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanView | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangePlan,
) -> PlanView | Problem | None:
    """Change the plan

     Moves the organisation to a plan that costs no more, at once (FREE always). A higher
    plan is paid for: it is set by your operator (`veracity admin plan`), and asking for it
    here answers 402 `PLAN_REQUIRES_PAYMENT` with the current `plan`. Recorded as a
    `plan_changed` ledger entry and in the audit log. Concurrency limits apply to jobs that
    start from now on; existing API keys keep their rate limits. Owners, admins and billing
    members.

    Args:
        body (ChangePlan):  Example: {'plan': 'PRO'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
