// The first page after signing in: credits, this month's usage, recent jobs and key limits,
// each shown only to roles that may read it.

import { call, core, type SessionMember, session, type UsageGroup } from "../api";
import { can } from "../roles";
import { formatDate, Link, Page, Show, useLoad, Head } from "../ui";
import { JobTable } from "./jobs";

/** A horizontal bar chart of credits per group, drawn as plain elements (no chart library). */
export function BarChart(props: { groups: UsageGroup[]; label: string }) {
  const max = Math.max(1, ...props.groups.map((g) => g.credits));
  return (
    <figure class="chart">
      <figcaption>{props.label}</figcaption>
      <table class="bars">
        <Head cols={["Group", "Credits", "Jobs"]} />
        <tbody>
          {props.groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.key}</th>
              <td>
                <span class="bar" style={{ width: `${Math.max(2, (75 * g.credits) / max)}%` }} aria-hidden="true" />
                <span class="bar-value">{g.credits}</span>
              </td>
              <td>{g.jobs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Balance() {
  const balance = useLoad(() => call(core.getBalance({ client: session.client })), []);
  return (
    <section class="panel" aria-labelledby="balance-title">
      <h2 id="balance-title">Credits</h2>
      <Show loaded={balance}>
        {(b) => (
          <>
            <dl class="stats">
              <div>
                <dt>Available</dt>
                <dd class="big">{b.available}</dd>
              </div>
              <div>
                <dt>Reserved by running jobs</dt>
                <dd>{b.reserved}</dd>
              </div>
              <div>
                <dt>Expiring at month end</dt>
                <dd>{b.expiring}</dd>
              </div>
              <div>
                <dt>Plan</dt>
                <dd>{b.plan}</dd>
              </div>
            </dl>
          </>
        )}
      </Show>
    </section>
  );
}

function Usage() {
  const byDay = useLoad(() => call(core.getCreditUsage({ client: session.client, query: { group_by: "day" } })), []);
  const byMedia = useLoad(
    () => call(core.getCreditUsage({ client: session.client, query: { group_by: "media_type" } })),
    [],
  );
  const none = <p>No credits spent this month yet. Run a detection in the <Link to="/playground">playground</Link>.</p>;
  return (
    <section class="panel" aria-labelledby="usage-title">
      <h2 id="usage-title">This month's usage</h2>
      <div class="columns">
        <Show loaded={byDay} empty={(u) => u.data.length === 0} emptyText={none}>
          {(u) => <BarChart groups={u.data} label={`By day: ${u.credits} credits over ${u.jobs} job(s)`} />}
        </Show>
        <Show loaded={byMedia} empty={(u) => u.data.length === 0}>
          {(u) => <BarChart groups={u.data} label="By media type" />}
        </Show>
      </div>
    </section>
  );
}

function RecentJobs() {
  const jobs = useLoad(() => call(core.listJobs({ client: session.client, query: { limit: 5 } })), []);
  return (
    <section class="panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent jobs</h2>
      <Show
        loaded={jobs}
        empty={(page) => page.data.length === 0}
        emptyText={
          <p>
            No jobs yet. Create an <Link to="/keys">API key</Link> and try the <Link to="/playground">playground</Link>.
          </p>
        }
      >
        {(page) => (
          <>
            <JobTable jobs={page.data} />
            <p>
              <Link to="/jobs">All jobs</Link>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}

function KeyLimits() {
  const keys = useLoad(() => call(core.listApiKeys({ client: session.client, query: { limit: 10 } })), []);
  return (
    <section class="panel" aria-labelledby="limits-title">
      <h2 id="limits-title">API key limits today</h2>
      <Show
        loaded={keys}
        empty={(page) => page.data.filter((k) => k.status === "active").length === 0}
        emptyText={
          <p>
            No active keys. <Link to="/keys">Create one</Link> for your servers.
          </p>
        }
      >
        {(page) => (
          <table>
            <Head cols={["Key", "Used today", "Per minute", "Last used"]} />
            <tbody>
              {page.data
                .filter((k) => k.status === "active")
                .map((k) => (
                  <tr key={k.id}>
                    <td>{k.name}</td>
                    <td>
                      <meter min={0} max={k.daily_limit} value={k.daily_usage} aria-label={`${k.name}: used today`} />{" "}
                      {k.daily_usage} / {k.daily_limit}
                    </td>
                    <td>{k.rate_limit_per_minute}</td>
                    <td>{formatDate(k.last_used_at)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

export function Overview(props: { member: SessionMember }) {
  const role = props.member.role;
  return (
    <Page title="Overview">
      {can(role, "read billing") && <Balance />}
      {can(role, "read billing") && <Usage />}
      {can(role, "read jobs") && <RecentJobs />}
      {can(role, "manage API keys") && <KeyLimits />}
      {!can(role, "read billing") && !can(role, "read jobs") && (
        <p class="empty">Your role ({role}) can see the organisation's <Link to="/members">members</Link>.</p>
      )}
    </Page>
  );
}
