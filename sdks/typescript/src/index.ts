/**
 * Veracity for TypeScript: a small hand-written client for detection over the generated one
 * (`./generated`, every operation of the OpenAPI document).
 *
 *     import { Veracity } from "@veracity/client";
 *     const client = new Veracity();                       // VERACITY_API_KEY, VERACITY_BASE_URL
 *     const job = await client.detect({ file: blob, media: "image" });
 *
 * It adds one `detect` for every kind of input, `waitFor` that follows a queued job to its end,
 * retries with exponential backoff and jitter on 429, 5xx and network errors (honouring
 * `Retry-After`), one `Idempotency-Key` per logical call reused by its retries, typed errors
 * carrying the problem's `code`, `requestId` and `jobId`, and webhook verification.
 */

import { Webhook } from "standardwebhooks";

import type { Job, JobPage, ListJobsData } from "./generated/types.gen";

export * as core from "./generated/index";
export { createClient, createConfig } from "./generated/client";
export type { Job, JobPage } from "./generated/types.gen";

export const DEFAULT_BASE_URL = "http://127.0.0.1:8080";
const VERSION = "0.1.0";

/** Upload operations by media; each also has a JSON operation for a URL at `<path>/url`. */
const UPLOAD_PATHS = {
  any: "/v1/detect",
  image: "/v1/detect/image",
  video: "/v1/detect/video",
  audio: "/v1/detect/audio",
  "ai-media": "/v1/detect/ai-media",
} as const;
export type MediaKind = keyof typeof UPLOAD_PATHS;

const FINISHED = new Set(["completed", "failed", "cancelled"]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** 429s that another try soon will not change. */
const FINAL_CODES = new Set(["DAILY_LIMIT_EXCEEDED"]);
/** How long (ms) a request whose Idempotency-Key is still being processed is retried. */
const IN_PROGRESS_PATIENCE = 60_000;

/** A refusal of the API, or a failed job: `code` is stable, quote `requestId` when reporting. */
export class VeracityError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly requestId?: string,
    readonly jobId?: string,
    readonly problem: Record<string, unknown> = {},
  ) {
    super(`${code} (${status}): ${detail}`);
    this.name = new.target.name;
  }
}
/** 402: the balance cannot cover the job (`problem.balance`, `problem.required`). */
export class InsufficientCredits extends VeracityError {}
/** 429 after every retry was spent. */
export class RateLimited extends VeracityError {}
/** The job ended `failed`: `code` is its error code (e.g. `NO_FACE_DETECTED`). */
export class JobFailed extends VeracityError {}

async function problemError(response: Response): Promise<VeracityError> {
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === "object") problem = parsed as Record<string, unknown>;
  } catch {
    // not JSON: the status says enough
  }
  const code = typeof problem.code === "string" ? problem.code : `HTTP_${response.status}`;
  const detail = typeof problem.detail === "string" ? problem.detail : response.statusText;
  const requestId = (problem.request_id as string | undefined) ?? response.headers.get("x-request-id") ?? undefined;
  const jobId = problem.job_id as string | undefined;
  const Kind =
    code === "INSUFFICIENT_CREDITS"
      ? InsufficientCredits
      : code === "RATE_LIMITED" || code === "DAILY_LIMIT_EXCEEDED"
        ? RateLimited
        : jobId
          ? JobFailed
          : VeracityError;
  return new Kind(response.status, code, detail, requestId, jobId, problem);
}

export interface VeracityOptions {
  /** Defaults to `VERACITY_API_KEY`. */
  apiKey?: string;
  /** Defaults to `VERACITY_BASE_URL`, else the embedded default (http://127.0.0.1:8080). */
  baseUrl?: string;
  /** Extra attempts on 429, 5xx and network errors (default 4). */
  maxRetries?: number;
  /** First backoff in ms, doubled each retry with jitter (default 500, at most `maxBackoff`). */
  backoff?: number;
  maxBackoff?: number;
  /** Longest one HTTP exchange may take, in ms (default 120 000). */
  requestTimeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface DetectOptions {
  /** The media: a Blob (a File in browsers), bytes, or … */
  file?: Blob | Uint8Array;
  /** … an https URL Veracity fetches, … */
  url?: string;
  /** … a video as still frames (image bytes), … */
  frames?: Uint8Array[];
  /** … or text. */
  text?: string;
  /** The operation for files and URLs (default `any`: typed by content). */
  media?: MediaKind;
  /** `true` (default): the finished job; a number: `Prefer: wait=<n>` first; `false`: as accepted. */
  wait?: boolean | number;
  /** File name sent with bytes. */
  filename?: string;
  analysisType?: "GENERAL" | "FACE" | "DOCUMENT" | "VERIFICATION";
  strictMode?: boolean;
  retain?: boolean;
  returnDetails?: boolean;
  callbackUrl?: string;
  highlight?: boolean;
  /** Sent by every attempt of this call; a new UUID unless given. */
  idempotencyKey?: string;
  /** Longest wait for the job to finish, in ms (default 600 000). */
  timeout?: number;
}

function env(name: string): string | undefined {
  const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return g.process?.env?.[name];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in ms: seconds, or an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const when = Date.parse(value);
  return Number.isNaN(when) ? undefined : Math.max(0, when - Date.now());
}

function finished(job: Job): Job {
  if (job.status === "failed") {
    throw new JobFailed(422, job.error?.code ?? "ANALYSIS_FAILED", job.error?.message ?? "the job failed", undefined, job.id);
  }
  return job;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class Veracity {
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly maxRetries: number;
  private readonly backoff: number;
  private readonly maxBackoff: number;
  private readonly requestTimeout: number;
  private readonly fetch: typeof fetch;

  constructor(options: VeracityOptions = {}) {
    const key = options.apiKey ?? env("VERACITY_API_KEY");
    if (!key) throw new Error("no API key: pass apiKey or set VERACITY_API_KEY");
    this.apiKey = key;
    this.baseUrl = (options.baseUrl ?? env("VERACITY_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.maxRetries = options.maxRetries ?? 4;
    this.backoff = options.backoff ?? 500;
    this.maxBackoff = options.maxBackoff ?? 30_000;
    this.requestTimeout = options.requestTimeout ?? 120_000;
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * Submits one thing to analyse and, unless `wait: false`, returns the finished job (a failed
   * job throws `JobFailed`). Every retry of the call sends the same `Idempotency-Key`.
   */
  async detect(options: DetectOptions): Promise<Job> {
    const given = (["file", "url", "frames", "text"] as const).filter((name) => options[name] !== undefined);
    if (given.length !== 1) throw new TypeError(`pass exactly one of file, url, frames or text (got ${given.join(", ") || "none"})`);
    const media = options.media ?? "any";
    const fields: Record<string, string | boolean> = {};
    if (options.analysisType !== undefined) fields.analysis_type = options.analysisType;
    if (options.strictMode !== undefined) fields.strict_mode = options.strictMode;
    if (options.retain !== undefined) fields.retain = options.retain;
    if (options.returnDetails !== undefined) fields.return_details = options.returnDetails;
    if (options.callbackUrl !== undefined) fields.callback_url = options.callbackUrl;
    const headers: Record<string, string> = { "Idempotency-Key": options.idempotencyKey ?? crypto.randomUUID() };
    const wait = options.wait ?? true;
    if (typeof wait === "number") headers.Prefer = `wait=${Math.floor(wait)}`;
    else if (wait === false) headers.Prefer = "wait=0";

    let response: Response;
    if (options.text !== undefined) {
      const body = { text: options.text, ...fields, ...(options.highlight !== undefined ? { highlight: options.highlight } : {}) };
      response = await this.send("POST", "/v1/detect/text", { headers, json: body });
    } else if (options.url !== undefined) {
      const path = media === "any" ? "/v1/detect/url" : `${UPLOAD_PATHS[media]}/url`;
      response = await this.send("POST", path, { headers, json: { media_url: options.url, ...fields } });
    } else if (options.frames !== undefined) {
      const json = { frames: options.frames.map(base64), ...fields };
      response = await this.send("POST", "/v1/detect/video/frames", { headers, json });
    } else {
      const file = options.file as Blob | Uint8Array;
      const blob = file instanceof Uint8Array ? new Blob([new Uint8Array(file)]) : file;
      const form = () => {
        const data = new FormData();
        data.append("file", blob, options.filename ?? (blob as { name?: string }).name ?? "upload");
        for (const [name, value] of Object.entries(fields)) data.append(name, String(value));
        return data;
      };
      response = await this.send("POST", UPLOAD_PATHS[media], { headers, form });
    }
    const job = (await response.json()) as Job;
    if (FINISHED.has(job.status)) return finished(job);
    if (wait === false) return job;
    return this.waitFor(job, { location: response.headers.get("location") ?? undefined, timeout: options.timeout });
  }

  /**
   * Polls a job (its `Location`, else `/v1/jobs/{id}`) until it completes, fails or is
   * cancelled, at the pace `Retry-After` asks for (else 0.5 s doubling to 5 s).
   */
  async waitFor(job: Job | string, options: { location?: string; timeout?: number } = {}): Promise<Job> {
    const id = typeof job === "string" ? job : job.id;
    // The key goes only to this server: a Location elsewhere is not followed.
    const path = options.location?.startsWith("/") ? options.location : `/v1/jobs/${id}`;
    const deadline = Date.now() + (options.timeout ?? 600_000);
    let pause = 500;
    for (;;) {
      const response = await this.send("GET", path);
      const current = (await response.json()) as Job;
      if (FINISHED.has(current.status)) return finished(current);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`job ${id} is still ${current.status} after the timeout`);
      await sleep(Math.min(remaining, retryAfter(response.headers.get("retry-after")) ?? pause));
      pause = Math.min(pause * 2, 5000);
    }
  }

  async getJob(id: string): Promise<Job> {
    return (await (await this.send("GET", `/v1/jobs/${id}`)).json()) as Job;
  }

  /** `GET /v1/jobs` with its filters (`status`, `media_type`, `verdict`, `limit`, …). */
  async listJobs(filters: NonNullable<ListJobsData["query"]> = {}): Promise<JobPage> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, String(value));
    const suffix = query.size ? `?${query}` : "";
    return (await (await this.send("GET", `/v1/jobs${suffix}`)).json()) as JobPage;
  }

  /**
   * One logical request, retried on 429, 5xx and network errors (`maxRetries` times) and on
   * `IDEMPOTENCY_IN_PROGRESS` (for up to a minute); any other non-2xx answer throws
   * `VeracityError`. A `Retry-After` longer than `maxBackoff` is not waited out (a daily limit
   * resets at midnight UTC), and a failed job's answer (it carries `job_id`) is not retried.
   */
  private async send(
    method: string,
    path: string,
    request: { headers?: Record<string, string>; json?: unknown; form?: () => FormData } = {},
  ): Promise<Response> {
    const inProgressUntil = Date.now() + IN_PROGRESS_PATIENCE;
    for (let attempt = 0; ; ) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${this.apiKey}`,
        "User-Agent": `veracity-typescript/${VERSION}`,
        ...request.headers,
      };
      let body: BodyInit | undefined;
      if (request.form) body = request.form();
      else if (request.json !== undefined) {
        headers["Content-Type"] = "application/json";
        body = JSON.stringify(request.json);
      }
      let response: Response;
      try {
        const signal = AbortSignal.timeout(this.requestTimeout);
        response = await this.fetch(`${this.baseUrl}${path}`, { method, headers, body, signal });
      } catch (error) {
        if (attempt >= this.maxRetries) throw error;
        await sleep(this.delay(attempt));
        attempt++;
        continue;
      }
      if (response.ok) return response;
      const problem = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { code?: string; job_id?: string };
      if (problem.code === "IDEMPOTENCY_IN_PROGRESS" && Date.now() < inProgressUntil) {
        await response.body?.cancel();
        await sleep(Math.min(2000, this.delay(attempt)));
        continue;
      }
      const retry = RETRY_STATUSES.has(response.status) && !FINAL_CODES.has(problem.code ?? "") && !problem.job_id;
      const wait = retryAfter(response.headers.get("retry-after"));
      if (retry && attempt < this.maxRetries && (wait === undefined || wait <= this.maxBackoff)) {
        await response.body?.cancel();
        await sleep(wait ?? this.delay(attempt));
        attempt++;
        continue;
      }
      throw await problemError(response);
    }
  }

  /** Exponential backoff with jitter: between half and all of `backoff * 2^attempt`, capped. */
  private delay(attempt: number): number {
    return (0.5 + Math.random() / 2) * Math.min(this.maxBackoff, this.backoff * 2 ** attempt);
  }
}

/** The job summary of `deepfake.*` webhook events; `GET` `links.self` for the full result. */
export interface JobEventData {
  id: string;
  media_type: string;
  status: string;
  credits_used: number;
  links: { self: string };
  verdict?: string | null;
  is_deepfake?: boolean | null;
  confidence?: number | null;
  risk_score?: number | null;
  recommendation?: string | null;
  manipulation_type?: string | null;
  error?: { code: string; message: string } | null;
}

export interface WebhookEvent {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
  /** Set for `deepfake.scan_completed`, `deepfake.deepfake_detected` and `deepfake.job_failed`. */
  job?: JobEventData;
}

/**
 * Verifies a delivery's `webhook-signature` (and its timestamp, within 5 minutes) against the
 * endpoint's `whsec_…` secret with the Standard Webhooks library before parsing it; throws when
 * it is forged or stale. Pass the raw body exactly as received.
 */
export function verifyWebhook(body: string, headers: Record<string, string>, secret: string): WebhookEvent {
  const lowered = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const event = new Webhook(secret).verify(body, lowered) as { type: string; timestamp: string; data: Record<string, unknown> };
  const isJob = event.type.startsWith("deepfake.");
  return {
    id: lowered["webhook-id"] ?? "",
    type: event.type,
    timestamp: event.timestamp,
    data: event.data,
    job: isJob ? (event.data as unknown as JobEventData) : undefined,
  };
}
