// API keys: create (the secret shown once), list, rotate with a grace period, revoke.

import { useState } from "preact/hooks";

import { type ApiKey, call, core, keyMemory, type Scope, session } from "../api";
import { ConfirmButton, Field, Form, formatDate, Link, Page, Select, Show, TableWrap, useLoad, SecretOnce, Head } from "../ui";

const SCOPES: readonly [Scope, string][] = [
  ["detect:image", "Detect images"],
  ["detect:video", "Detect video"],
  ["detect:audio", "Detect audio"],
  ["detect:text", "Detect text"],
  ["detect:ai-media", "Detect AI-generated media"],
  ["jobs:read", "Read jobs"],
  ["jobs:delete", "Delete jobs"],
  ["usage:read", "Read its own usage"],
  ["webhooks:write", "Manage webhooks"],
];

function CreateKey(props: { onCreated: (name: string, secret: string) => void }) {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(SCOPES.map(([s]) => s).filter((s) => s !== "webhooks:write"));
  const [dailyLimit, setDailyLimit] = useState("1000");
  const [perMinute, setPerMinute] = useState("");
  const [ips, setIps] = useState("");
  const [expiry, setExpiry] = useState("");
  const toggle = (scope: Scope, on: boolean) => setScopes(on ? [...scopes, scope] : scopes.filter((s) => s !== scope));
  const create = async () => {
    const allowed = ips
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const created = await call(
      core.createApiKey({
        client: session.client,
        body: {
          name,
          scopes,
          daily_limit: dailyLimit ? Number(dailyLimit) : undefined,
          rate_limit_per_minute: perMinute ? Number(perMinute) : undefined,
          allowed_ips: allowed,
          expires_at: expiry ? new Date(`${expiry}T23:59:59Z`).toISOString() : undefined,
        },
      }),
    );
    keyMemory.secret = created.secret;
    keyMemory.name = created.key.name;
    props.onCreated(created.key.name, created.secret);
    setName("");
  };
  return (
    <details class="panel">
      <summary>Create a key</summary>
      <Form action={create} submit="Create key" label="Create an API key">
        <Field label="Name" hint="What uses the key, e.g. “production backend”." required maxLength={100} value={name} onInput={setName} />
        <fieldset>
          <legend>Scopes</legend>
          <div class="checks">
            {SCOPES.map(([scope, text]) => (
              <label key={scope} class="check">
                <input
                  type="checkbox"
                  checked={scopes.includes(scope)}
                  onChange={(e) => toggle(scope, (e.target as HTMLInputElement).checked)}
                />{" "}
                {text} <code>{scope}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="row">
          <Field label="Daily limit" type="number" min={1} value={dailyLimit} onInput={setDailyLimit} />
          <Field label="Requests per minute" hint="Empty: your plan's default." type="number" min={1} value={perMinute} onInput={setPerMinute} />
          <Field label="Expires on" hint="Empty: never." type="date" value={expiry} onInput={setExpiry} />
        </div>
        <Field
          label="Allowed addresses"
          hint="IPv4/IPv6 addresses or CIDR networks, separated by spaces or commas; empty: any address."
          value={ips}
          onInput={setIps}
        />
      </Form>
    </details>
  );
}

function Rotate(props: { apiKey: ApiKey; onRotated: (name: string, secret: string) => void }) {
  const [grace, setGrace] = useState("86400");
  const rotate = async () => {
    const rotated = await call(
      core.rotateApiKey({
        client: session.client,
        path: { key_id: props.apiKey.id },
        query: { grace_period_seconds: Number(grace) },
      }),
    );
    keyMemory.secret = rotated.secret;
    keyMemory.name = rotated.key.name;
    props.onRotated(rotated.key.name, rotated.secret);
  };
  return (
    <details>
      <summary>Rotate</summary>
      <Form action={rotate} submit="Rotate secret" label={`Rotate ${props.apiKey.name}`}>
        <Select
          label="The old secret keeps working for"
          value={grace}
          onChange={setGrace}
          options={[
            ["0", "no time: stop it now"],
            ["3600", "1 hour"],
            ["86400", "1 day"],
            ["604800", "7 days"],
          ]}
        />
      </Form>
    </details>
  );
}

export function ApiKeys() {
  const keys = useLoad(() => call(core.listApiKeys({ client: session.client, query: { limit: 100 } })), []);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const shown = (name: string, value: string) => {
    setSecret({ name, secret: value });
    keys.reload();
  };
  return (
    <Page title="API keys">
      <p>Your servers call the detection and job endpoints with these keys.</p>
      {secret && (
        <SecretOnce title={`Copy the secret of “${secret.name}” now`} secret={secret.secret} testId="api-key-secret" onDismiss={() => setSecret(null)}>
          <p>
            It also stays in this page's memory (until you reload) for the <Link to="/playground">playground</Link>.
          </p>
        </SecretOnce>
      )}
      <CreateKey onCreated={shown} />
      <Show
        loaded={keys}
        empty={(page) => page.data.length === 0}
        emptyText={<p>No keys yet: create the first one above.</p>}
      >
        {(page) => (
          <TableWrap label="API keys">
            <table>
              <Head cols={["Name", "Key", "Status", "Scopes", "Today", "Last used", "Actions"]} />
              <tbody>
                {page.data.map((k) => (
                  <tr key={k.id}>
                    <td>{k.name}</td>
                    <td>
                      <code>
                        {k.prefix}…{k.last4}
                      </code>
                    </td>
                    <td>
                      <span class={`badge ${k.status}`}>{k.status}</span>
                      {k.previous_secret_valid_until && (
                        <small class="hint"> old secret until {formatDate(k.previous_secret_valid_until)}</small>
                      )}
                    </td>
                    <td class="scopes">{k.scopes.join(", ")}</td>
                    <td>
                      {k.daily_usage} / {k.daily_limit}
                    </td>
                    <td>{formatDate(k.last_used_at)}</td>
                    <td class="actions">
                      {k.status === "active" && (
                        <>
                          <Rotate apiKey={k} onRotated={shown} />
                          <ConfirmButton
                            label="Revoke"
                            question={`Revoke “${k.name}”? Requests with it fail at once.`}
                            action={() => call(core.revokeApiKey({ client: session.client, path: { key_id: k.id } }))}
                            onDone={keys.reload}
                          />
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Show>
    </Page>
  );
}
