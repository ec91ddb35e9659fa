// Webhooks: endpoints and their event types, signing secrets shown once, test messages, the
// delivery log with its attempts, retries and recovery; and the callback secret.

import { useState } from "preact/hooks";

import { call, core, type DeliveryStatus, session, type WebhookEndpoint, type WebhookEventType, type WebhookPayloadFormat } from "../api";
import { ConfirmButton, Field, Form, formatDate, Page, ProblemNote, Select, Show, TableWrap, useLoad, SecretOnce, Head } from "../ui";

function EventTypes(props: { chosen: WebhookEventType[]; onChange: (types: WebhookEventType[]) => void }) {
  const types = useLoad(() => call(core.listWebhookEventTypes({ client: session.client })), []);
  return (
    <fieldset>
      <legend>Event types (none chosen: all)</legend>
      <Show loaded={types}>
        {(list) => (
          <div class="checks">
            {list.data.map((t) => (
              <label key={t.name} class="check">
                <input
                  type="checkbox"
                  checked={props.chosen.includes(t.name)}
                  onChange={(e) =>
                    props.onChange(
                      (e.target as HTMLInputElement).checked ? [...props.chosen, t.name] : props.chosen.filter((c) => c !== t.name),
                    )
                  }
                />{" "}
                <code>{t.name}</code> <span class="hint">{t.description}</span>
              </label>
            ))}
          </div>
        )}
      </Show>
    </fieldset>
  );
}

function CreateEndpoint(props: { onCreated: (secret: string) => void }) {
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [threshold, setThreshold] = useState("");
  const [types, setTypes] = useState<WebhookEventType[]>([]);
  const [format, setFormat] = useState<WebhookPayloadFormat>("veracity");
  const create = async () => {
    const created = await call(
      core.createWebhookEndpoint({
        client: session.client,
        body: {
          url,
          description: description || undefined,
          event_types: types.length ? types : undefined,
          risk_threshold: threshold ? Number(threshold) : undefined,
          payload_format: format,
        },
      }),
    );
    props.onCreated(created.secret);
    setUrl("");
    setDescription("");
  };
  return (
    <details class="panel">
      <summary>Add an endpoint</summary>
      <Form action={create} submit="Add endpoint" label="Add a webhook endpoint">
        <Field label="URL" hint="An https address of your server." type="url" required value={url} onInput={setUrl} />
        <Field label="Description" maxLength={200} value={description} onInput={setDescription} />
        <Field
          label="Risk threshold"
          hint="0–100: a detected deepfake is one at or above it (empty: the default)."
          type="number"
          min={0}
          max={100}
          value={threshold}
          onInput={setThreshold}
        />
        <Select
          label="Payload format"
          value={format}
          options={[
            ["veracity", "Veracity ({type, timestamp, data})"],
            ["veriplus", "Veriplus ({event, timestamp, data}, for receivers written for Veriplus)"],
          ]}
          onChange={setFormat}
        />
        <EventTypes chosen={types} onChange={setTypes} />
      </Form>
    </details>
  );
}

function Attempts(props: { endpoint: string; message: string }) {
  const attempts = useLoad(
    () => call(core.listWebhookAttempts({ client: session.client, path: { endpoint_id: props.endpoint, message_id: props.message } })),
    [props.endpoint, props.message],
  );
  return (
    <Show loaded={attempts} empty={(p) => p.data.length === 0} emptyText="No attempt yet.">
      {(page) => (
        <ul>
          {page.data.map((a) => (
            <li key={a.attempt}>
              #{a.attempt} {formatDate(a.attempted_at)}: {a.status_code ?? "no answer"} in {a.latency_ms} ms
              {a.error && <span class="hint"> ({a.error})</span>}
            </li>
          ))}
        </ul>
      )}
    </Show>
  );
}

function Messages(props: { endpoint: WebhookEndpoint }) {
  const [status, setStatus] = useState<DeliveryStatus | "">("");
  const [open, setOpen] = useState<string | null>(null);
  const [since, setSince] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const messages = useLoad(
    () =>
      call(
        core.listWebhookMessages({
          client: session.client,
          path: { endpoint_id: props.endpoint.id },
          query: { status: status || undefined, limit: 20 },
        }),
      ),
    [props.endpoint.id, status],
  );
  const recover = async () => {
    const outcome = await call(
      core.recoverWebhookMessages({
        client: session.client,
        path: { endpoint_id: props.endpoint.id },
        query: { since: new Date(`${since}T00:00:00Z`).toISOString() },
      }),
    );
    setNote(`${outcome.queued} failed message(s) queued again${outcome.has_more ? "; recover again for more" : ""}.`);
    messages.reload();
  };
  return (
    <section aria-label={`Deliveries to ${props.endpoint.url}`}>
      <div class="row">
        <Select
          label="Delivery status"
          value={status}
          onChange={setStatus}
          options={[["", "any"], ["pending", "pending"], ["delivered", "delivered"], ["failed", "failed"]]}
        />
      </div>
      <Show loaded={messages} empty={(p) => p.data.length === 0} emptyText="No messages yet: send a test.">
        {(page) => (
          <TableWrap label="Messages">
            <table>
              <Head cols={["Event", "Status", "Attempts", "Created", "Actions"]} />
              <tbody>
                {page.data.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <code>{m.event_type}</code>
                      {m.job_id && <div class="hint">{m.job_id}</div>}
                    </td>
                    <td>
                      <span class={`badge ${m.status === "delivered" ? "completed" : m.status}`}>{m.status}</span>
                      {m.last_status_code !== undefined && <span class="hint"> {m.last_status_code}</span>}
                    </td>
                    <td>{m.attempts}</td>
                    <td>{formatDate(m.created_at)}</td>
                    <td class="actions">
                      <button type="button" class="secondary" onClick={() => setOpen(open === m.id ? null : m.id)} aria-expanded={open === m.id}>
                        Attempts
                      </button>
                      {m.status === "failed" && (
                        <button
                          type="button"
                          class="secondary"
                          onClick={() =>
                            void call(
                              core.retryWebhookMessage({ client: session.client, path: { endpoint_id: props.endpoint.id, message_id: m.id } }),
                            ).then(messages.reload, (err) => setNote(String(err)))
                          }
                        >
                          Retry
                        </button>
                      )}
                      {open === m.id && <Attempts endpoint={props.endpoint.id} message={m.id} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Show>
      <Form action={recover} submit="Recover failed messages" class="row" label="Recover failed messages">
        <Field label="Failed since" type="date" required value={since} onInput={setSince} />
      </Form>
      {note && <p role="status">{note}</p>}
    </section>
  );
}

function Endpoint(props: { endpoint: WebhookEndpoint; onChanged: () => void; onSecret: (secret: string) => void }) {
  const e = props.endpoint;
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const act = (work: () => Promise<unknown>, done?: string) => async () => {
    setError(null);
    setNote(null);
    try {
      await work();
      if (done) setNote(done);
      props.onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const path = { endpoint_id: e.id };
  return (
    <article class="panel" aria-label={`Endpoint ${e.url}`}>
      <h2>
        <code>{e.url}</code>
      </h2>
      <p>
        <span class={`badge ${e.enabled ? "active" : "revoked"}`}>{e.enabled ? "enabled" : "disabled"}</span>{" "}
        {e.disabled_reason && (
          <span class="hint">
            disabled by Veracity ({e.disabled_reason}
            {e.disabled_detail ? `: ${e.disabled_detail}` : ""})
          </span>
        )}{" "}
        {e.description} · events: {e.event_types.join(", ")} · risk threshold {e.risk_threshold} · {e.payload_format} payload
      </p>
      <div class="row">
        <button type="button" class="secondary" onClick={act(() => call(core.sendWebhookTest({ client: session.client, path })), "Test message queued.")}>
          Send a test
        </button>
        <button
          type="button"
          class="secondary"
          onClick={act(() => call(core.updateWebhookEndpoint({ client: session.client, path, body: { enabled: !e.enabled } })))}
        >
          {e.enabled ? "Disable" : "Enable"}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={act(async () => {
            const rotated = await call(core.rotateWebhookSecret({ client: session.client, path, query: { grace_period_seconds: 86400 } }));
            props.onSecret(rotated.secret);
          })}
        >
          Rotate secret
        </button>
        <ConfirmButton
          label="Delete"
          question={`Delete the endpoint ${e.url}? Its pending messages are dropped.`}
          action={() => call(core.deleteWebhookEndpoint({ client: session.client, path }))}
          onDone={props.onChanged}
        />
      </div>
      <ProblemNote error={error} />
      {note && <p role="status">{note}</p>}
      <details>
        <summary>Delivery log</summary>
        <Messages endpoint={e} />
      </details>
    </article>
  );
}

function CallbackSecret() {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = (work: () => Promise<{ secret: string }>) => async () => {
    setError(null);
    try {
      setSecret((await work()).secret);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="panel" aria-labelledby="callback-title">
      <h2 id="callback-title">Callback secret</h2>
      <p>Signs the messages sent to a job's own <code>callback_url</code>. It is shown once; rotate it for a new one.</p>
      {secret && <SecretOnce title="Copy the callback secret now" secret={secret} testId="webhook-secret" onDismiss={() => setSecret(null)} />}
      <div class="row">
        <button type="button" class="secondary" onClick={run(() => call(core.getCallbackSecret({ client: session.client })))}>
          Show once
        </button>
        <button
          type="button"
          class="secondary"
          onClick={run(() => call(core.rotateCallbackSecret({ client: session.client, query: { grace_period_seconds: 86400 } })))}
        >
          Rotate
        </button>
      </div>
      <ProblemNote error={error} />
    </section>
  );
}

export function Webhooks() {
  const endpoints = useLoad(() => call(core.listWebhookEndpoints({ client: session.client, query: { limit: 100 } })), []);
  const [secret, setSecret] = useState<string | null>(null);
  const shown = (value: string) => {
    setSecret(value);
    endpoints.reload();
  };
  return (
    <Page title="Webhooks">
      <p>Veracity posts signed events to these endpoints as your jobs finish.</p>
      {secret && <SecretOnce title="Copy the endpoint's signing secret now" secret={secret} testId="webhook-secret" onDismiss={() => setSecret(null)} />}
      <CreateEndpoint onCreated={shown} />
      <Show
        loaded={endpoints}
        empty={(p) => p.data.length === 0}
        emptyText={<p>No endpoints yet: add one above to receive <code>deepfake.scan_completed</code> events.</p>}
      >
        {(page) => (
          <>
            {page.data.map((e) => (
              <Endpoint key={e.id} endpoint={e} onChanged={endpoints.reload} onSecret={shown} />
            ))}
          </>
        )}
      </Show>
      <CallbackSecret />
    </Page>
  );
}
