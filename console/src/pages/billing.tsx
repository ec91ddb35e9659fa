// Billing: plan and balance, credit packs bought through Stripe Checkout, the pages Checkout
// returns to, and the ledger with filters, pages and a CSV export.

import { useState } from "preact/hooks";

import { call, core, type LedgerEntry, type LedgerEntryType, type SessionMember, session } from "../api";
import { can } from "../roles";
import { Field, formatDate, Link, Page, ProblemNote, Select, Show, TableWrap, useLoad, Pager, useCursors, Head } from "../ui";

function money(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

function Packs() {
  const packs = useLoad(() => call(core.listCreditPacks({ client: session.client })), []);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const buy = async (pack: string) => {
    setBusy(pack);
    setError(null);
    try {
      // One key per click: a retried request makes no second Checkout Session.
      const checkout = await call(
        core.createCheckout({ client: session.client, body: { pack }, headers: { "Idempotency-Key": crypto.randomUUID() } }),
      );
      location.assign(checkout.url);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };
  return (
    <section class="panel" aria-labelledby="packs-title">
      <h2 id="packs-title">Buy credits</h2>
      <ProblemNote error={error} />
      <Show loaded={packs} empty={(list) => list.length === 0} emptyText={<p>This deployment sells no credit packs.</p>}>
        {(list) => (
          <ul class="columns plain">
            {list.map((p) => (
              <li key={p.id} class="pack">
                <strong>{p.name}</strong>
                <span>
                  {p.credits} credits for {money(p.price, p.currency)}
                </span>
                <button type="button" disabled={busy !== null} onClick={() => void buy(p.id)}>
                  {busy === p.id ? "Opening Checkout…" : `Buy ${p.name}`}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Show>
    </section>
  );
}

const TYPES: readonly [LedgerEntryType | "", string][] = [
  ["", "any"],
  ["granted", "granted"],
  ["purchased", "purchased"],
  ["reserved", "reserved"],
  ["captured", "captured"],
  ["released", "released"],
  ["refunded", "refunded"],
  ["expired", "expired"],
  ["low_balance", "low balance"],
  ["plan_changed", "plan changed"],
];

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  // Quoted, and a leading formula character neutralised for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every entry matching the filters (up to 10,000), as CSV. */
async function exportCsv(type: LedgerEntryType | "", since: string, until: string): Promise<void> {
  const rows: LedgerEntry[] = [];
  let after: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await call(
      core.listLedgerEntries({
        client: session.client,
        query: { limit: 100, type: type || undefined, since: since || undefined, until: until || undefined, starting_after: after },
      }),
    );
    rows.push(...result.data);
    if (!result.has_more || !result.next_cursor) break;
    after = result.next_cursor;
  }
  const header = ["id", "occurred_at", "type", "amount", "job_id", "media_type", "reference", "description", "available_after"];
  const lines = rows.map((e) =>
    [e.id, e.occurred_at, e.type, e.amount, e.job_id, e.media_type, e.reference, e.description, e.balance_after.available]
      .map(csvCell)
      .join(","),
  );
  const blob = new Blob([[header.join(","), ...lines].join("\r\n") + "\r\n"], { type: "text/csv" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "veracity-ledger.csv";
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function toIso(date: string, endOfDay: boolean): string {
  return date ? new Date(`${date}T${endOfDay ? "23:59:59" : "00:00:00"}Z`).toISOString() : "";
}

function Ledger() {
  const [type, setType] = useState<LedgerEntryType | "">("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const pages = useCursors();
  const [exportError, setExportError] = useState<unknown>(null);
  const after = pages.after;
  const since = toIso(from, false);
  const until = toIso(to, true);
  const ledger = useLoad(
    () =>
      call(
        core.listLedgerEntries({
          client: session.client,
          query: { limit: 20, type: type || undefined, since: since || undefined, until: until || undefined, starting_after: after },
        }),
      ),
    [type, since, until, after],
  );
  return (
    <section class="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">Ledger</h2>
      <form class="row" aria-label="Filter the ledger" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Type"
          value={type}
          onChange={(v) => {
            pages.reset();
            setType(v);
          }}
          options={TYPES}
        />
        <Field label="From" type="date" value={from} onInput={(v) => (pages.reset(), setFrom(v))} />
        <Field label="To" type="date" value={to} onInput={(v) => (pages.reset(), setTo(v))} />
      </form>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setExportError(null);
            exportCsv(type, since, until).catch(setExportError);
          }}
        >
          Export CSV
        </button>
      </p>
      <ProblemNote error={exportError} />
      <Show loaded={ledger} empty={(page) => page.data.length === 0} emptyText={<p>No entries match.</p>}>
        {(page) => (
          <>
            <TableWrap label="Ledger entries">
              <table>
                <Head cols={["When", "Type", "Credits", "What", "Available after"]} />
                <tbody>
                  {page.data.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDate(e.occurred_at)}</td>
                      <td>{e.type.replace(/_/g, " ")}</td>
                      <td>{e.amount}</td>
                      <td>
                        {e.description}
                        {e.job_id && (
                          <>
                            {" "}
                            <Link to={`/jobs/${e.job_id}`}>
                              <code>{e.job_id}</code>
                            </Link>
                          </>
                        )}
                      </td>
                      <td>{e.balance_after.available}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager label="Ledger pages" pages={pages} page={page} />
          </>
        )}
      </Show>
    </section>
  );
}

function PlanAndBalance() {
  const plan = useLoad(() => call(core.getPlan({ client: session.client })), []);
  const balance = useLoad(() => call(core.getBalance({ client: session.client })), []);
  return (
    <section class="panel" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan and balance</h2>
      <div class="columns">
        <Show loaded={plan}>
          {(p) => (
            <dl class="stats">
              <div>
                <dt>Plan</dt>
                <dd>{p.plan}</dd>
              </div>
              <div>
                <dt>Monthly credits</dt>
                <dd>{p.monthly_credits}</dd>
              </div>
              <div>
                <dt>Concurrent jobs</dt>
                <dd>{p.max_concurrent_jobs}</dd>
              </div>
            </dl>
          )}
        </Show>
        <Show loaded={balance}>
          {(b) => (
            <dl class="stats">
              <div>
                <dt>Available</dt>
                <dd class="big" data-testid="available-credits">
                  {b.available}
                </dd>
              </div>
              <div>
                <dt>Purchased</dt>
                <dd>{b.purchased}</dd>
              </div>
              <div>
                <dt>Expiring at month end</dt>
                <dd>{b.expiring}</dd>
              </div>
            </dl>
          )}
        </Show>
      </div>
    </section>
  );
}

export function Billing(props: { member: SessionMember }) {
  return (
    <Page title="Billing">
      <PlanAndBalance />
      {can(props.member.role, "manage billing") && <Packs />}
      <Ledger />
    </Page>
  );
}

/** Where Stripe Checkout returns after a payment. */
export function CheckoutSuccess() {
  const balance = useLoad(() => call(core.getBalance({ client: session.client })), []);
  return (
    <Page title="Thank you: payment received">
      <p>
        Stripe confirmed the payment; the credits are added as soon as Stripe tells Veracity (usually before you see this
        page).
      </p>
      <Show loaded={balance}>
        {(b) => (
          <p>
            Available now: <strong data-testid="available-credits">{b.available}</strong> credits.
          </p>
        )}
      </Show>
      <p>
        <Link to="/billing">Back to billing</Link>
      </p>
    </Page>
  );
}

/** Where Stripe Checkout returns when the buyer cancels. */
export function CheckoutCancelled() {
  return (
    <Page title="Payment cancelled">
      <p>Nothing was charged and your balance is unchanged.</p>
      <p>
        <Link to="/billing">Back to billing</Link>
      </p>
    </Page>
  );
}
