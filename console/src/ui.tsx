// Small building blocks shared by the pages: navigation, loading and error states, forms.

import type { ComponentChildren, JSX } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";

import { ApiProblem } from "./api";

/** Every page lives under /console; navigation changes the URL without reloading. */
export const BASE = "/console";

export function navigate(path: string, replace = false) {
  const url = path.startsWith(BASE) ? path : `${BASE}${path}`;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** A link inside the console (an ordinary link to other pages). */
export function Link(props: { to: string; children: ComponentChildren; class?: string; "aria-current"?: "page" }) {
  const href = `${BASE}${props.to}`;
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={href} onClick={onClick} class={props.class} aria-current={props["aria-current"]}>
      {props.children}
    </a>
  );
}

/** What a failed call said, for people: the problem's detail, code and request id. */
export function ProblemNote(props: { error: unknown }) {
  const error = props.error;
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : null;
  return (
    <div class="problem" role="alert">
      <strong>{problem ? problem.detail : String(error)}</strong>
      {problem && problem.code !== "NETWORK" && (
        <span class="problem-meta">
          {" "}
          <code>{problem.code}</code>
          {problem.requestId && <> · request <code>{problem.requestId}</code></>}
        </span>
      )}
    </div>
  );
}

export type Loaded<T> = { data?: T; error?: unknown; loading: boolean; reload: () => void };

/** Runs `load` now and whenever `deps` change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/** Loading, error and empty states around loaded data. */
export function Show<T>(props: {
  loaded: Loaded<T>;
  empty?: (data: T) => boolean;
  emptyText?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}) {
  const { data, error, loading } = props.loaded;
  if (error) return <ProblemNote error={error} />;
  if (data === undefined) return loading ? <p class="muted" aria-live="polite">Loading…</p> : null;
  if (props.empty?.(data)) return props.emptyText ? <div class="empty">{props.emptyText}</div> : null;
  return <>{props.children(data)}</>;
}

/** A form whose submit runs `action`, showing progress and the problem it met. */
export function Form(props: {
  action: () => Promise<unknown>;
  submit: string;
  children: ComponentChildren;
  class?: string;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={onSubmit} class={props.class ?? "form"} aria-label={props.label}>
      {props.children}
      <ProblemNote error={error} />
      <button type="submit" disabled={busy}>
        {busy ? "Working…" : props.submit}
      </button>
    </form>
  );
}

let fieldCount = 0;

/** A labelled input. */
export function Field(
  props: { label: string; hint?: string; value: string; onInput: (value: string) => void } & Omit<
    JSX.InputHTMLAttributes<HTMLInputElement>,
    "onInput" | "value" | "label"
  >,
) {
  const { label, hint, value, onInput, ...rest } = props;
  const id = useRef(`field-${++fieldCount}`).current;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...rest}
      />
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
    </div>
  );
}

/** A labelled select. */
export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useRef(`field-${++fieldCount}`).current;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as T)}>
        {props.options.map(([value, text]) => (
          <option value={value} key={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Copies `text` to the clipboard, saying so. */
export function CopyButton(props: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" class="secondary" onClick={copy}>
      {copied ? "Copied" : (props.label ?? "Copy")}
    </button>
  );
}

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton(props: { label: string; question: string; action: () => Promise<unknown>; onDone?: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.action();
      setAsking(false);
      props.onDone?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button type="button" class="danger" disabled={busy} onClick={run}>
        Yes, {props.label.toLowerCase()}
      </button>
      <button type="button" class="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
      <ProblemNote error={error} />
    </span>
  );
}

export function formatDate(value?: string | null): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

export function Page(props: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${props.title} · Veracity console`;
  }, [props.title]);
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}

/** A table that scrolls sideways on narrow screens; focusable so keyboards can scroll it. */
export function TableWrap(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}

/** Cursor pagination: the cursors of the pages before this one, and the current one. */
export function useCursors(): { after?: string; cursors: string[]; reset: () => void; set: (cursors: string[]) => void } {
  const [cursors, set] = useState<string[]>([]);
  return { after: cursors[cursors.length - 1], cursors, reset: () => set([]), set };
}

/** Previous and Next for a cursor-paged list. */
export function Pager(props: {
  label: string;
  pages: ReturnType<typeof useCursors>;
  page: { has_more: boolean; next_cursor?: string };
}) {
  const { pages, page } = props;
  return (
    <nav class="row" aria-label={props.label}>
      <button type="button" class="secondary" disabled={!pages.cursors.length} onClick={() => pages.set(pages.cursors.slice(0, -1))}>
        Previous
      </button>
      <button
        type="button"
        class="secondary"
        disabled={!page.has_more || !page.next_cursor}
        onClick={() => page.next_cursor && pages.set([...pages.cursors, page.next_cursor])}
      >
        Next
      </button>
    </nav>
  );
}

/** A secret just made (an API key, a signing secret): shown here once, with a copy button. */
export function SecretOnce(props: { title: string; secret: string; testId: string; onDismiss: () => void; children?: ComponentChildren }) {
  return (
    <div class="secret" role="status">
      <h2>{props.title}</h2>
      <p>
        <strong>It is shown only this once.</strong> Veracity keeps only what it needs to check it: if you lose it, rotate it.
      </p>
      <p class="secret-row">
        <code data-testid={props.testId}>{props.secret}</code> <CopyButton text={props.secret} />
      </p>
      {props.children}
      <button type="button" class="secondary" onClick={props.onDismiss}>
        I have stored it
      </button>
    </div>
  );
}

/** A table's column headings. */
export function Head(props: { cols: string[] }) {
  return (
    <thead>
      <tr>
        {props.cols.map((col) => (
          <th scope="col" key={col}>
            {col}
          </th>
        ))}
      </tr>
    </thead>
  );
}
