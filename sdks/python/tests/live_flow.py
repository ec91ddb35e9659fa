"""The Python SDK's whole flow against a real Veracity (tests/e2e/sdk_flows.rs starts it and
runs this with VERACITY_BASE_URL set): sign up, make a key and a webhook endpoint, detect an
image (synchronously), a video (accepted, then waited for) and text, list jobs with a filter,
read the balance, meet a typed 402, receive a webhook on loopback and verify it, and prove the
retries (a 429 with Retry-After: 1, then success) and idempotency (an upload whose answer was
lost and retried makes one job). Every wait is bounded. Exits non-zero on the first failure.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from standardwebhooks.webhooks import WebhookVerificationError

from veracity import InsufficientCredits, Veracity, verify_webhook
from veracity_client import AuthenticatedClient, Client
from veracity_client.api.api_keys import create_api_key
from veracity_client.api.auth import signup
from veracity_client.api.billing import get_balance
from veracity_client.api.webhooks import create_webhook_endpoint
from veracity_client.models import ApiKeyWithSecret, CreateApiKey, CreateWebhookEndpoint, SessionTokens, SignupRequest
from veracity_client.models import Scope, WebhookEndpointWithSecret

BASE = os.environ["VERACITY_BASE_URL"]
ROOT = Path(__file__).resolve().parents[3]
IMAGE = ROOT / "tests/fixtures/faces/newton.png"
VIDEO = ROOT / "tests/fixtures/media/clip.mp4"
TEXT = (
    "The rapid evolution of technology has fundamentally transformed the way we communicate. "
    "Moreover, it is important to note that these changes have far-reaching implications. "
    "Furthermore, organizations must adapt to this ever-evolving landscape to remain competitive. "
    "In conclusion, embracing innovation is essential for success in today's digital world."
)


def step(what: str) -> None:
    print(f"python flow: {what}", flush=True)


class Recorder(BaseHTTPRequestHandler):
    """The webhook receiver: keeps every delivery's headers and raw body."""

    deliveries: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        Recorder.deliveries.append(({k: v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_: object) -> None:
        pass


class Flaky(BaseHTTPRequestHandler):
    """A proxy in front of the API that misbehaves once per mode: `rate` answers the first
    POST 429 with Retry-After: 1; `lost` forwards the first POST but answers the client 503, as
    if the answer was lost. Records the Idempotency-Key of every POST it sees."""

    mode = "rate"
    posts: list[str] = []
    answers: list[int] = []

    def _forward(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
        first = method == "POST" and not Flaky.posts
        if method == "POST":
            Flaky.posts.append(self.headers.get("idempotency-key", ""))
        if first and Flaky.mode == "rate":
            self._answer(429, {"retry-after": "1", "content-type": "application/problem+json"},
                         json.dumps({"code": "RATE_LIMITED", "status": 429, "detail": "slow down"}).encode())
            return
        upstream = httpx.request(method, BASE + self.path, headers=headers, content=body, timeout=60)
        if first and Flaky.mode == "lost":
            self._answer(503, {"content-type": "application/problem+json"},
                         json.dumps({"code": "SERVICE_UNAVAILABLE", "status": 503, "detail": "lost"}).encode())
            return
        Flaky.answers.append(upstream.status_code)
        kept = {k: v for k, v in upstream.headers.items() if k.lower() in ("content-type", "location", "retry-after")}
        self._answer(upstream.status_code, kept, upstream.content)

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._forward("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._forward("POST")

    def log_message(self, *_: object) -> None:
        pass


def serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    step("sign up, make a key and a webhook endpoint")
    email = f"sdk-{uuid.uuid4().hex[:10]}@example.com"
    body = SignupRequest(organization_name="SDK flow", email=email, password="correct horse battery staple")
    tokens = signup.sync(client=Client(base_url=BASE), body=body)
    assert isinstance(tokens, SessionTokens), tokens
    admin = AuthenticatedClient(base_url=BASE, token=tokens.access_token)
    scopes = [Scope(name) for name in ("detect:image", "detect:video", "detect:text", "detect:ai-media", "jobs:read")]
    created = create_api_key.sync(client=admin, body=CreateApiKey(name="sdk flow", scopes=scopes, rate_limit_per_minute=600))
    assert isinstance(created, ApiKeyWithSecret), created
    receiver = serve(Recorder)
    hook_url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    endpoint = create_webhook_endpoint.sync(client=admin, body=CreateWebhookEndpoint(url=hook_url))
    assert isinstance(endpoint, WebhookEndpointWithSecret), endpoint

    opening = get_balance.sync(client=admin)
    client = Veracity(api_key=created.secret, base_url=BASE, backoff=0.2)
    step("an image, synchronously")
    image = client.detect(IMAGE, media="image", analysis_type="FACE")
    assert image.status.value == "completed" and image.media_type.value == "image", image
    assert len(image.faces) == 1, image.faces

    step("a video, accepted then waited for")
    accepted = client.detect(VIDEO, media="video", wait=False)
    assert accepted.status.value in ("queued", "processing", "completed"), accepted
    video = client.wait_for(accepted, timeout=120)
    assert video.status.value == "completed" and video.frames_analyzed > 0, video

    step("text")
    text = client.detect(text=TEXT, highlight=True)
    assert text.status.value == "completed" and text.media_type.value == "text", text

    step("jobs listed with a filter")
    videos = client.list_jobs(media_type="video", limit=10)
    assert [job.id for job in videos.data] == [video.id], videos

    step("the balance: the three jobs were charged")
    balance = get_balance.sync(client=admin)
    assert balance.available < opening.available, (opening, balance)

    step("a typed 402 when credits cannot cover the job")
    try:
        client.detect(IMAGE, media="ai-media")
        raise AssertionError("an ai-media job priced above the balance was accepted")
    except InsufficientCredits as e:
        assert e.status == 402 and e.code == "INSUFFICIENT_CREDITS" and e.request_id, vars(e)

    step("a scan_completed webhook received on loopback and verified")
    deadline = time.monotonic() + 60
    event = None
    while event is None and time.monotonic() < deadline:
        for headers, raw in list(Recorder.deliveries):
            verified = verify_webhook(raw, headers, endpoint.secret)
            if verified.type == "deepfake.scan_completed" and verified.job and verified.job.id == image.id:
                event = verified
        time.sleep(0.2)
    assert event is not None, f"no scan_completed for {image.id} in 60 s ({len(Recorder.deliveries)} deliveries)"
    headers, raw = Recorder.deliveries[0]
    try:
        verify_webhook(raw + b" ", headers, endpoint.secret)
    except WebhookVerificationError:
        pass
    else:
        raise AssertionError("a tampered delivery was accepted")

    step("a 429 with Retry-After: 1 is retried after a second")
    proxy = serve(Flaky)
    through_proxy = Veracity(api_key=created.secret, base_url=f"http://127.0.0.1:{proxy.server_address[1]}", backoff=0.2)
    started = time.monotonic()
    retried = through_proxy.detect(text=TEXT)
    assert retried.status.value == "completed", retried
    assert len(Flaky.posts) >= 2 and len(set(Flaky.posts)) == 1, Flaky.posts
    assert time.monotonic() - started >= 1.0

    step("an upload whose answer was lost is retried with its key and makes one job")
    Flaky.mode, Flaky.posts = "lost", []
    before = len(client.list_jobs(media_type="image", limit=100).data)
    again = through_proxy.detect(IMAGE, media="image")
    after = client.list_jobs(media_type="image", limit=100).data
    assert len(Flaky.posts) >= 2 and len(set(Flaky.posts)) == 1, (Flaky.posts, Flaky.answers)
    assert len(after) == before + 1 and after[0].id == again.id, (before, [j.id for j in after], again.id)
    step("done")


if __name__ == "__main__":
    try:
        main()
    except Exception:
        import traceback

        traceback.print_exc()
        sys.exit(1)
