// The console's only way to the server: the generated TypeScript client of the public /v1 API,
// with the signed-in member's access token (kept in this page's memory, never in storage) and
// the refresh token in an HttpOnly cookie only the browser-session operations receive.

import { createClient, createConfig } from "../../sdks/typescript/src/generated/client";
import * as core from "../../sdks/typescript/src/generated/sdk.gen";
import type { BrowserSession, Problem, Role, SessionTokens } from "../../sdks/typescript/src/generated/types.gen";

export { core };
export type * from "../../sdks/typescript/src/generated/types.gen";

/** Sent with every browser-session call: pages of other origins cannot send it. */
const CSRF = { "Veracity-CSRF": "1" };

/** A failed call, carrying the problem document the API answered with. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly requestId?: string,
    readonly problem?: Record<string, unknown>,
  ) {
    super(detail);
  }
}

type Result<T> = { data?: T; error?: unknown; response?: Response };

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "code" in value && "detail" in value;
}

/** The data of a generated call, or an ApiProblem for its error (or a network failure). */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (err) {
    throw new ApiProblem(0, "NETWORK", `The server could not be reached (${String(err)}).`);
  }
  const status = result.response?.status ?? 0;
  if (result.error !== undefined || !result.response?.ok) {
    const error = result.error;
    if (isProblem(error)) {
      throw new ApiProblem(status, error.code, error.detail, error.request_id, error as unknown as Record<string, unknown>);
    }
    throw new ApiProblem(status, "UNEXPECTED", `The server answered ${status || "nothing"}.`);
  }
  return result.data as T;
}

export interface SessionMember {
  id: string;
  email: string;
  role: Role;
  tenantId: string;
}

type Listener = (member: SessionMember | null) => void;

/** The signed-in member's session: the access token, refreshed before it expires. */
class Session {
  private token: string | null = null;
  private timer: number | undefined;
  private listeners = new Set<Listener>();
  member: SessionMember | null = null;

  /** The client for admin operations, authenticated as the member. */
  readonly client = createClient(
    createConfig({ baseUrl: "", auth: (auth) => (auth.type === "http" ? (this.token ?? undefined) : undefined) }),
  );
  /** The client for the public auth operations. */
  readonly anonymous = createClient(createConfig({ baseUrl: "" }));

  constructor() {
    // An expired access token (the tab slept): refresh once and repeat the request.
    this.client.interceptors.response.use(async (response, request) => {
      if (response.status !== 401 || !this.token || request.headers.get("Veracity-Retry")) return response;
      const problem = (await response.clone().json().catch(() => null)) as Problem | null;
      if (problem?.code !== "TOKEN_EXPIRED") return response;
      if (!(await this.refresh())) return response;
      const retry = new Request(request, { headers: new Headers(request.headers) });
      retry.headers.set("Authorization", `Bearer ${this.token}`);
      retry.headers.set("Veracity-Retry", "1");
      return fetch(retry);
    });
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(session: BrowserSession | null) {
    window.clearTimeout(this.timer);
    this.token = session?.access_token ?? null;
    this.member = session
      ? { id: session.user.id, email: session.user.email, role: session.user.role, tenantId: session.tenant_id }
      : null;
    if (session) {
      // A minute before the access token expires (it lives 15 minutes).
      const inMs = Math.max(10, session.expires_in - 60) * 1000;
      this.timer = window.setTimeout(() => void this.refresh(), inMs);
    }
    for (const listener of this.listeners) listener(this.member);
  }

  /** Moves tokens from sign-up, login or an accepted invitation into the cookie. */
  async adopt(tokens: SessionTokens): Promise<void> {
    const session = await call(
      core.adoptBrowserSession({ client: this.anonymous, headers: CSRF, body: { refresh_token: tokens.refresh_token } }),
    );
    this.set(session || null);
  }

  /**
   * Exchanges the cookie for a new access token; false when there is no session. Tabs take
   * turns (Web Locks), so two never present the same refresh token (which would end the session).
   */
  async refresh(): Promise<boolean> {
    const run = async () => {
      try {
        const answer = core.refreshBrowserSession({ client: this.anonymous, headers: CSRF });
        // 204: this browser has no session cookie.
        if ((await answer).response?.status === 204) {
          this.set(null);
          return false;
        }
        this.set((await call(answer)) || null);
        return true;
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 401) this.set(null);
        return false;
      }
    };
    if (navigator.locks) return navigator.locks.request("veracity-console-refresh", run);
    return run();
  }

  async logout(): Promise<void> {
    try {
      await call(core.endBrowserSession({ client: this.anonymous, headers: CSRF }));
    } finally {
      this.set(null);
    }
  }
}

export const session = new Session();

/** A client that authenticates with an API key (the playground). */
export function keyClient(apiKey: string) {
  return createClient(createConfig({ baseUrl: "", auth: (auth) => (auth.type === "http" ? apiKey : undefined) }));
}

/** The API key created in this page's lifetime, offered to the playground; never stored. */
export const keyMemory: { secret: string | null; name: string | null } = { secret: null, name: null };
