/**
 * The TypeScript SDK's whole flow against a real Veracity (tests/e2e/sdk_flows.rs bundles this
 * with esbuild, runs it with node and VERACITY_BASE_URL set): sign up, a key and a webhook
 * endpoint, an image (synchronously), a video (accepted, then waited for), text, a filtered
 * list, the balance, a typed 402, a webhook received on loopback and verified, a 429 with
 * Retry-After: 1 retried, and an upload whose answer was lost retried into one job.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import { core, createClient, createConfig, InsufficientCredits, Veracity, verifyWebhook } from "../src/index";

const BASE = process.env.VERACITY_BASE_URL!;
const ROOT = process.env.VERACITY_ROOT!;
const IMAGE = new Uint8Array(readFileSync(join(ROOT, "tests/fixtures/faces/newton.png")));
const VIDEO = new Uint8Array(readFileSync(join(ROOT, "tests/fixtures/media/clip.mp4")));
const TEXT =
  "The rapid evolution of technology has fundamentally transformed the way we communicate. " +
  "Moreover, it is important to note that these changes have far-reaching implications. " +
  "Furthermore, organizations must adapt to this ever-evolving landscape to remain competitive. " +
  "In conclusion, embracing innovation is essential for success in today's digital world.";

function step(what: string) {
  console.log(`typescript flow: ${what}`);
}
function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${what}`);
}
async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const deliveries: { headers: Record<string, string>; body: string }[] = [];
const receiver = createServer(async (request, response) => {
  const raw = await body(request);
  deliveries.push({ headers: request.headers as Record<string, string>, body: raw.toString("utf8") });
  response.writeHead(204).end();
});

/** Misbehaves once per mode: `rate` answers the first POST 429 (Retry-After: 1); `lost`
 * forwards it but answers the client 503. Records every POST's Idempotency-Key. */
const flaky = { mode: "rate" as "rate" | "lost", posts: [] as string[] };
const proxy = createServer(async (request, response) => {
  const raw = await body(request);
  const first = request.method === "POST" && flaky.posts.length === 0;
  if (request.method === "POST") flaky.posts.push(String(request.headers["idempotency-key"]));
  if (first && flaky.mode === "rate") {
    response.writeHead(429, { "retry-after": "1", "content-type": "application/problem+json" });
    response.end(JSON.stringify({ code: "RATE_LIMITED", status: 429, detail: "slow down" }));
    return;
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !["host", "content-length", "connection"].includes(name)),
  ) as Record<string, string>;
  const upstream = await fetch(BASE + request.url, {
    method: request.method,
    headers,
    body: request.method === "GET" ? undefined : new Uint8Array(raw),
  });
  const answer = Buffer.from(await upstream.arrayBuffer());
  if (first && flaky.mode === "lost") {
    response.writeHead(503, { "content-type": "application/problem+json" });
    response.end(JSON.stringify({ code: "SERVICE_UNAVAILABLE", status: 503, detail: "lost" }));
    return;
  }
  const kept: Record<string, string> = {};
  for (const name of ["content-type", "location", "retry-after"]) {
    const value = upstream.headers.get(name);
    if (value) kept[name] = value;
  }
  response.writeHead(upstream.status, kept).end(answer);
});

async function main() {
  step("sign up, make a key and a webhook endpoint");
  const anonymous = createClient(createConfig({ baseUrl: BASE }));
  const email = `sdk-ts-${crypto.randomUUID().slice(0, 10)}@example.com`;
  const signedUp = await core.signup({
    client: anonymous,
    body: { organization_name: "SDK flow", email, password: "correct horse battery staple" },
  });
  check(signedUp.data, `sign-up: ${JSON.stringify(signedUp.error)}`);
  // An access token goes in `Authorization: Bearer` only (operations that take an API key too
  // also declare the `X-API-Key` scheme, which must stay empty).
  const token = signedUp.data.access_token;
  const admin = createClient(createConfig({ baseUrl: BASE, auth: (auth) => (auth.type === "http" ? token : undefined) }));
  const scopes: core.Scope[] = ["detect:image", "detect:video", "detect:text", "detect:ai-media", "jobs:read"];
  const key = await core.createApiKey({ client: admin, body: { name: "sdk flow", scopes, rate_limit_per_minute: 600 } });
  check(key.data, `key: ${JSON.stringify(key.error)}`);
  const hookUrl = `${await listen(receiver)}/hook`;
  const endpoint = await core.createWebhookEndpoint({ client: admin, body: { url: hookUrl } });
  check(endpoint.data, `endpoint: ${JSON.stringify(endpoint.error)}`);
  const opening = await core.getBalance({ client: admin });
  check(opening.data, "opening balance");

  const client = new Veracity({ apiKey: key.data.secret, baseUrl: BASE, backoff: 200 });
  step("an image, synchronously");
  const image = await client.detect({ file: IMAGE, filename: "newton.png", media: "image", analysisType: "FACE" });
  check(image.status === "completed" && image.media_type === "image", JSON.stringify(image));
  check(image.faces?.length === 1, "one face");

  step("a video, accepted then waited for");
  const accepted = await client.detect({ file: VIDEO, filename: "clip.mp4", media: "video", wait: false });
  const video = await client.waitFor(accepted, { timeout: 120_000 });
  check(video.status === "completed" && (video.frames_analyzed ?? 0) > 0, JSON.stringify(video));

  step("text");
  const text = await client.detect({ text: TEXT, highlight: true });
  check(text.status === "completed" && text.media_type === "text", JSON.stringify(text));

  step("jobs listed with a filter");
  const videos = await client.listJobs({ media_type: "video", limit: 10 });
  check(videos.data.length === 1 && videos.data[0].id === video.id, JSON.stringify(videos));

  step("the balance: the three jobs were charged");
  const balance = await core.getBalance({ client: admin });
  check(balance.data && balance.data.available < opening.data.available, JSON.stringify(balance.data));

  step("a typed 402 when credits cannot cover the job");
  try {
    await client.detect({ file: IMAGE, media: "ai-media" });
    throw new Error("an ai-media job priced above the balance was accepted");
  } catch (error) {
    check(error instanceof InsufficientCredits, String(error));
    check(error.status === 402 && error.code === "INSUFFICIENT_CREDITS" && error.requestId, JSON.stringify(error));
  }

  step("a scan_completed webhook received on loopback and verified");
  const deadline = Date.now() + 60_000;
  let found = false;
  while (!found && Date.now() < deadline) {
    for (const delivery of deliveries) {
      const event = verifyWebhook(delivery.body, delivery.headers, endpoint.data.secret);
      if (event.type === "deepfake.scan_completed" && event.job?.id === image.id) found = true;
    }
    if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  check(found, `no scan_completed for ${image.id} within 60 s (${deliveries.length} deliveries)`);
  let refused = false;
  try {
    verifyWebhook(`${deliveries[0].body} `, deliveries[0].headers, endpoint.data.secret);
  } catch {
    refused = true;
  }
  check(refused, "a tampered delivery was refused");

  step("a 429 with Retry-After: 1 is retried after a second");
  const viaProxy = new Veracity({ apiKey: key.data.secret, baseUrl: await listen(proxy), backoff: 200 });
  const started = Date.now();
  const retried = await viaProxy.detect({ text: TEXT });
  check(retried.status === "completed", JSON.stringify(retried));
  check(flaky.posts.length >= 2 && new Set(flaky.posts).size === 1, JSON.stringify(flaky.posts));
  check(Date.now() - started >= 1000, "waited for Retry-After");

  step("an upload whose answer was lost is retried with its key and makes one job");
  flaky.mode = "lost";
  flaky.posts = [];
  const before = (await client.listJobs({ media_type: "image", limit: 100 })).data.length;
  const again = await viaProxy.detect({ file: IMAGE, filename: "newton.png", media: "image" });
  const after = (await client.listJobs({ media_type: "image", limit: 100 })).data;
  check(flaky.posts.length >= 2 && new Set(flaky.posts).size === 1, JSON.stringify(flaky.posts));
  check(after.length === before + 1 && after[0].id === again.id, `${before} → ${after.length}`);
  step("done");
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
