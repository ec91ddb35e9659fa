from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.receive_stripe_event_body import ReceiveStripeEventBody
from ...models.webhook_receipt import WebhookReceipt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReceiveStripeEventBody,
    stripe_signature: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(stripe_signature, Unset):
        headers["Stripe-Signature"] = stripe_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing/stripe/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookReceipt | None:
    if response.status_code == 200:
        response_200 = WebhookReceipt.from_dict(response.json())

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
) -> Response[Problem | WebhookReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveStripeEventBody,
    stripe_signature: str | Unset = UNSET,
) -> Response[Problem | WebhookReceipt]:
    """Receive a Stripe event

     For Stripe only: point a webhook endpoint of your Stripe account here with the events
    `checkout.session.completed`, `checkout.session.async_payment_succeeded` and
    `charge.refunded`, and configure its signing secret (`billing.stripe_webhook_secret`).
    Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw body, at most
    300 s old) and applied once per Stripe event id however often it is delivered: a paid
    session credits its pack, a refund takes the refunded share of the credits back.
    A bad or stale signature and an unpaid session are refused with 400 and change nothing;
    a refund that arrives before its payment is refused with 409, so Stripe delivers it again.

    Args:
        stripe_signature (str | Unset):
        body (ReceiveStripeEventBody): A Stripe event object
            (https://docs.stripe.com/api/events/object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
        stripe_signature=stripe_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveStripeEventBody,
    stripe_signature: str | Unset = UNSET,
) -> Problem | WebhookReceipt | None:
    """Receive a Stripe event

     For Stripe only: point a webhook endpoint of your Stripe account here with the events
    `checkout.session.completed`, `checkout.session.async_payment_succeeded` and
    `charge.refunded`, and configure its signing secret (`billing.stripe_webhook_secret`).
    Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw body, at most
    300 s old) and applied once per Stripe event id however often it is delivered: a paid
    session credits its pack, a refund takes the refunded share of the credits back.
    A bad or stale signature and an unpaid session are refused with 400 and change nothing;
    a refund that arrives before its payment is refused with 409, so Stripe delivers it again.

    Args:
        stripe_signature (str | Unset):
        body (ReceiveStripeEventBody): A Stripe event object
            (https://docs.stripe.com/api/events/object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookReceipt
    """

    return sync_detailed(
        client=client,
        body=body,
        stripe_signature=stripe_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveStripeEventBody,
    stripe_signature: str | Unset = UNSET,
) -> Response[Problem | WebhookReceipt]:
    """Receive a Stripe event

     For Stripe only: point a webhook endpoint of your Stripe account here with the events
    `checkout.session.completed`, `checkout.session.async_payment_succeeded` and
    `charge.refunded`, and configure its signing secret (`billing.stripe_webhook_secret`).
    Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw body, at most
    300 s old) and applied once per Stripe event id however often it is delivered: a paid
    session credits its pack, a refund takes the refunded share of the credits back.
    A bad or stale signature and an unpaid session are refused with 400 and change nothing;
    a refund that arrives before its payment is refused with 409, so Stripe delivers it again.

    Args:
        stripe_signature (str | Unset):
        body (ReceiveStripeEventBody): A Stripe event object
            (https://docs.stripe.com/api/events/object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
        stripe_signature=stripe_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveStripeEventBody,
    stripe_signature: str | Unset = UNSET,
) -> Problem | WebhookReceipt | None:
    """Receive a Stripe event

     For Stripe only: point a webhook endpoint of your Stripe account here with the events
    `checkout.session.completed`, `checkout.session.async_payment_succeeded` and
    `charge.refunded`, and configure its signing secret (`billing.stripe_webhook_secret`).
    Each event is verified by its `Stripe-Signature` (HMAC-SHA256 of the raw body, at most
    300 s old) and applied once per Stripe event id however often it is delivered: a paid
    session credits its pack, a refund takes the refunded share of the credits back.
    A bad or stale signature and an unpaid session are refused with 400 and change nothing;
    a refund that arrives before its payment is refused with 409, so Stripe delivers it again.

    Args:
        stripe_signature (str | Unset):
        body (ReceiveStripeEventBody): A Stripe event object
            (https://docs.stripe.com/api/events/object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            stripe_signature=stripe_signature,
        )
    ).parsed
