from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkout_request import CheckoutRequest
from ...models.checkout_view import CheckoutView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CheckoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing/checkout",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutView | Problem | None:
    if response.status_code == 201:
        response_201 = CheckoutView.from_dict(response.json())

        return response_201

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
) -> Response[CheckoutView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CheckoutView | Problem]:
    """Buy a credit pack

     Creates a Stripe Checkout Session for the pack and returns its `url`: send the buyer
    there. The credits arrive once Stripe reports the payment (`checkout.session.completed`,
    paid) to the webhook, exactly once per payment. Send an `Idempotency-Key` to make
    retries safe: Stripe answers them with the same session. Owners, admins and billing
    members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.

    Args:
        idempotency_key (str | Unset):
        body (CheckoutRequest):  Example: {'pack': 'starter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutView | Problem]
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
    body: CheckoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> CheckoutView | Problem | None:
    """Buy a credit pack

     Creates a Stripe Checkout Session for the pack and returns its `url`: send the buyer
    there. The credits arrive once Stripe reports the payment (`checkout.session.completed`,
    paid) to the webhook, exactly once per payment. Send an `Idempotency-Key` to make
    retries safe: Stripe answers them with the same session. Owners, admins and billing
    members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.

    Args:
        idempotency_key (str | Unset):
        body (CheckoutRequest):  Example: {'pack': 'starter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[CheckoutView | Problem]:
    """Buy a credit pack

     Creates a Stripe Checkout Session for the pack and returns its `url`: send the buyer
    there. The credits arrive once Stripe reports the payment (`checkout.session.completed`,
    paid) to the webhook, exactly once per payment. Send an `Idempotency-Key` to make
    retries safe: Stripe answers them with the same session. Owners, admins and billing
    members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.

    Args:
        idempotency_key (str | Unset):
        body (CheckoutRequest):  Example: {'pack': 'starter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutView | Problem]
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
    body: CheckoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> CheckoutView | Problem | None:
    """Buy a credit pack

     Creates a Stripe Checkout Session for the pack and returns its `url`: send the buyer
    there. The credits arrive once Stripe reports the payment (`checkout.session.completed`,
    paid) to the webhook, exactly once per payment. Send an `Idempotency-Key` to make
    retries safe: Stripe answers them with the same session. Owners, admins and billing
    members; 503 `PAYMENTS_DISABLED` where no Stripe keys are configured.

    Args:
        idempotency_key (str | Unset):
        body (CheckoutRequest):  Example: {'pack': 'starter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
