// The audit log: the organisation's security events with filters and pages.

import { useState } from "preact/hooks";

import { call, core, session } from "../api";
import { Field, formatDate, Page, Show, TableWrap, useLoad, Pager, useCursors, Head } from "../ui";

export function AuditLog() {
  const [type, setType] = useState("");
  const [actor, setActor] = useState("");
  const [from, setFrom] = useState("");
  const pages = useCursors();
  const after = pages.after;
  const since = from ? new Date(`${from}T00:00:00Z`).toISOString() : undefined;
  const entries = useLoad(
    () =>
      call(
        core.listAuditLog({
          client: session.client,
          query: { limit: 50, type: type.trim() || undefined, actor: actor.trim() || undefined, since, starting_after: after },
        }),
      ),
    [type, actor, since, after],
  );
  const reset = (set: (v: string) => void) => (v: string) => {
    pages.reset();
    set(v);
  };
  return (
    <Page title="Audit log">
      <form class="row panel" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <Field label="Event type" hint="e.g. login.failed, api_key.created" value={type} onInput={reset(setType)} />
        <Field label="Actor" hint="usr_… or key_…" value={actor} onInput={reset(setActor)} />
        <Field label="Since" type="date" value={from} onInput={reset(setFrom)} />
      </form>
      <Show loaded={entries} empty={(p) => p.data.length === 0} emptyText={<p>No events match.</p>}>
        {(page) => (
          <>
            <TableWrap label="Audit events">
              <table>
                <Head cols={["When", "Event", "Actor", "Target", "From"]} />
                <tbody>
                  {page.data.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDate(e.occurred_at)}</td>
                      <td>
                        <code>{e.type}</code>
                      </td>
                      <td>
                        <code>{e.actor}</code>
                      </td>
                      <td>{e.target_type ? `${e.target_type} ${e.target_id ?? ""}` : "—"}</td>
                      <td>{e.ip ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager label="Audit log pages" pages={pages} page={page} />
          </>
        )}
      </Show>
    </Page>
  );
}
