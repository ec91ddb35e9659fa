// The console: a router over the pages, shown to a signed-in member according to their role.

import { render } from "preact";
import { useEffect, useState } from "preact/hooks";

import { type SessionMember, session } from "./api";
import { AuditLog } from "./pages/audit";
import { AcceptInvitation, Login, Signup } from "./pages/auth";
import { Billing, CheckoutCancelled, CheckoutSuccess } from "./pages/billing";
import { ApiKeys } from "./pages/keys";
import { JobDetail, Jobs } from "./pages/jobs";
import { Members } from "./pages/members";
import { Overview } from "./pages/overview";
import { Playground } from "./pages/playground";
import { Webhooks } from "./pages/webhooks";
import { can, type Permission } from "./roles";
import { BASE, Link, navigate } from "./ui";

/** The path below /console, without a trailing slash. */
function currentPath(): string {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : "/";
  return path.replace(/\/+$/, "") || "/";
}

interface Section {
  path: string;
  title: string;
  needs?: Permission;
}

const SECTIONS: Section[] = [
  { path: "/", title: "Overview" },
  { path: "/playground", title: "Playground" },
  { path: "/jobs", title: "Jobs", needs: "read jobs" },
  { path: "/keys", title: "API keys", needs: "manage API keys" },
  { path: "/billing", title: "Billing", needs: "read billing" },
  { path: "/webhooks", title: "Webhooks", needs: "manage webhooks" },
  { path: "/members", title: "Members", needs: "read members" },
  { path: "/audit-log", title: "Audit log", needs: "read the audit log" },
];

/** Pages that need no session. */
const PUBLIC = ["/login", "/signup", "/accept-invitation"];

function Shell(props: { member: SessionMember; path: string }) {
  const { member, path } = props;
  const visible = SECTIONS.filter((s) => !s.needs || can(member.role, s.needs));
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  const section = (p: string) => p === path || (p !== "/" && path.startsWith(`${p}/`));
  return (
    <div class="shell">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <Link to="/" class="brand">
          Veracity
        </Link>
        <button
          type="button"
          class="menu-toggle secondary"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <nav id="nav" class={menuOpen ? "nav open" : "nav"} aria-label="Console">
          <ul>
            {visible.map((s) => (
              <li key={s.path}>
                <Link to={s.path} aria-current={section(s.path) ? "page" : undefined}>
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            {member.email} <span class="badge">{member.role}</span>
          </span>
          <button type="button" class="secondary" onClick={() => void session.logout().then(() => navigate("/login"))}>
            Log out
          </button>
        </div>
      </header>
      <main id="main">
        <Route member={member} path={path} />
      </main>
    </div>
  );
}

function Route(props: { member: SessionMember; path: string }) {
  const { member, path } = props;
  const allowed = (needs: Permission) => can(member.role, needs);
  if (path === "/") return <Overview member={member} />;
  if (path === "/playground") return <Playground />;
  if (path === "/jobs" && allowed("read jobs")) return <Jobs />;
  if (path.startsWith("/jobs/") && allowed("read jobs")) return <JobDetail id={decodeURIComponent(path.slice(6))} canDelete={allowed("delete jobs")} />;
  if (path === "/keys" && allowed("manage API keys")) return <ApiKeys />;
  if (path === "/members" && allowed("read members")) return <Members member={member} />;
  if (path === "/webhooks" && allowed("manage webhooks")) return <Webhooks />;
  if (path === "/audit-log" && allowed("read the audit log")) return <AuditLog />;
  if (path === "/billing" && allowed("read billing")) return <Billing member={member} />;
  if (path === "/billing/success" && allowed("read billing")) return <CheckoutSuccess />;
  if (path === "/billing/cancelled" && allowed("read billing")) return <CheckoutCancelled />;
  return (
    <section class="page">
      <h1>Not here</h1>
      <p>
        There is no page at this address, or your role ({member.role}) does not open it. <Link to="/">Go to the overview</Link>.
      </p>
    </section>
  );
}

function App() {
  const [path, setPath] = useState(currentPath());
  const [member, setMember] = useState<SessionMember | null>(session.member);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    const onPop = () => {
      setPath(currentPath());
      window.scrollTo(0, 0);
      // Move focus to the new page's heading for screen readers and keyboards.
      window.setTimeout(() => document.getElementById("page-title")?.focus(), 0);
    };
    window.addEventListener("popstate", onPop);
    const off = session.onChange(setMember);
    // A session from an earlier visit lives in the cookie.
    void session.refresh().finally(() => setChecked(true));
    return () => {
      window.removeEventListener("popstate", onPop);
      off();
    };
  }, []);

  const isPublic = PUBLIC.includes(path);
  useEffect(() => {
    if (checked && !member && !isPublic) navigate(`/login?next=${encodeURIComponent(path)}`, true);
  }, [checked, member, isPublic, path]);

  if (path === "/signup") return <Signup />;
  if (path === "/accept-invitation") return <AcceptInvitation />;
  if (path === "/login") return <Login />;
  if (!checked || !member) {
    return (
      <p class="muted centered" aria-live="polite">
        Loading…
      </p>
    );
  }
  return <Shell member={member} path={path} />;
}

const root = document.getElementById("app");
if (root) render(<App />, root);
