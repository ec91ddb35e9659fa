// Signing in: log in, create an organisation, accept an invitation. Each ends with the session
// moved into the HttpOnly cookie (session.adopt) and the member on the page they wanted.

import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

import { call, core, session } from "../api";
import { Field, Form, Link, navigate } from "../ui";

function query(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Where to go after signing in: a console path given as `next`, else the overview. */
function next(): string {
  const wanted = query("next");
  return wanted?.startsWith("/") && !wanted.startsWith("//") ? wanted : "/";
}

function Card(props: { title: string; children: ComponentChildren; footer: ComponentChildren }) {
  useEffect(() => {
    document.title = `${props.title} · Veracity console`;
  }, [props.title]);
  return (
    <main id="main" class="auth">
      <div class="card">
        <p class="brand">Veracity</p>
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        {props.children}
        <p class="auth-footer">{props.footer}</p>
      </div>
    </main>
  );
}

export function Login() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = async () => {
    const tokens = await call(core.login({ client: session.anonymous, body: { email, password } }));
    await session.adopt(tokens);
    navigate(next(), true);
  };
  return (
    <Card
      title="Log in"
      footer={
        <>
          New to Veracity? <Link to="/signup">Create an organisation</Link>
        </>
      }
    >
      <Form action={login} submit="Log in" label="Log in">
        <Field label="E-mail address" type="email" autoComplete="username" required value={email} onInput={setEmail} />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={setPassword}
        />
      </Form>
    </Card>
  );
}

export function Signup() {
  const [organization, setOrganization] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signup = async () => {
    const tokens = await call(
      core.signup({ client: session.anonymous, body: { organization_name: organization, email, password } }),
    );
    await session.adopt(tokens);
    navigate("/", true);
  };
  return (
    <Card
      title="Create an organisation"
      footer={
        <>
          Already have an account? <Link to="/login">Log in</Link>
        </>
      }
    >
      <Form action={signup} submit="Create organisation" label="Create an organisation">
        <Field label="Organisation name" required maxLength={100} value={organization} onInput={setOrganization} />
        <Field label="Your e-mail address" type="email" autoComplete="email" required value={email} onInput={setEmail} />
        <Field
          label="Password"
          hint="At least 12 characters."
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onInput={setPassword}
        />
      </Form>
    </Card>
  );
}

export function AcceptInvitation() {
  const [token, setToken] = useState(query("token") ?? "");
  const [password, setPassword] = useState("");
  // The token travels in the link's query; keep it out of the address bar and history.
  useEffect(() => {
    if (query("token")) history.replaceState(null, "", location.pathname);
  }, []);
  const accept = async () => {
    const tokens = await call(
      core.acceptInvitation({ client: session.anonymous, body: { invitation_token: token, password } }),
    );
    await session.adopt(tokens);
    navigate("/", true);
  };
  return (
    <Card
      title="Join your organisation"
      footer={
        <>
          Already joined? <Link to="/login">Log in</Link>
        </>
      }
    >
      <Form action={accept} submit="Set password and join" label="Accept the invitation">
        <Field label="Invitation token" required value={token} onInput={setToken} autoComplete="off" />
        <Field
          label="Choose a password"
          hint="At least 12 characters."
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onInput={setPassword}
        />
      </Form>
    </Card>
  );
}
