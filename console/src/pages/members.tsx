// Members: the roster; owners and admins invite (the invitation link is shown once), change
// roles and remove members.

import { useState } from "preact/hooks";

import { call, core, type Invitation, type Member, type Role, session, type SessionMember } from "../api";
import { can } from "../roles";
import { ConfirmButton, CopyButton, Field, Form, formatDate, Page, Select, Show, TableWrap, useLoad, Head } from "../ui";

const ROLES: readonly [Role, string][] = [
  ["owner", "owner"],
  ["admin", "admin"],
  ["developer", "developer"],
  ["billing", "billing"],
  ["viewer", "viewer"],
];

function invitationLink(token: string): string {
  return `${location.origin}/console/accept-invitation?token=${encodeURIComponent(token)}`;
}

function Invite(props: { me: SessionMember; onInvited: (invitation: Invitation) => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("developer");
  // Only owners may make owners.
  const roles = props.me.role === "owner" ? ROLES : ROLES.filter(([r]) => r !== "owner");
  const invite = async () => {
    const invitation = await call(core.inviteMember({ client: session.client, body: { email, role } }));
    props.onInvited(invitation);
    setEmail("");
  };
  return (
    <details class="panel">
      <summary>Invite a member</summary>
      <Form action={invite} submit="Invite" label="Invite a member">
        <Field label="E-mail address" type="email" required value={email} onInput={setEmail} />
        <Select label="Role" value={role} onChange={setRole} options={roles} />
      </Form>
    </details>
  );
}

function RoleEditor(props: { member: Member; me: SessionMember; onChanged: () => void }) {
  const [role, setRole] = useState<Role>(props.member.role);
  const roles = props.me.role === "owner" ? ROLES : ROLES.filter(([r]) => r !== "owner");
  const change = async () => {
    await call(core.changeMemberRole({ client: session.client, path: { user_id: props.member.user_id }, body: { role } }));
    props.onChanged();
  };
  return (
    <Form action={change} submit="Change role" class="row" label={`Role of ${props.member.email}`}>
      <Select label={`Role of ${props.member.email}`} value={role} onChange={setRole} options={roles} />
    </Form>
  );
}

export function Members(props: { member: SessionMember }) {
  const me = props.member;
  const manage = can(me.role, "manage members");
  const members = useLoad(() => call(core.listMembers({ client: session.client })), []);
  const [invited, setInvited] = useState<Invitation | null>(null);
  return (
    <Page title="Members">
      {invited && (
        <div class="secret" role="status">
          <h2>Send {invited.member.email} this invitation link</h2>
          <p>
            It works once, until {formatDate(invited.invitation_expires_at)}, and is <strong>shown only now</strong>.
          </p>
          <p class="secret-row">
            <code data-testid="invitation-link">{invitationLink(invited.invitation_token)}</code>{" "}
            <CopyButton text={invitationLink(invited.invitation_token)} />
          </p>
          <button type="button" class="secondary" onClick={() => setInvited(null)}>
            Done
          </button>
        </div>
      )}
      {manage && (
        <Invite
          me={me}
          onInvited={(invitation) => {
            setInvited(invitation);
            members.reload();
          }}
        />
      )}
      <Show loaded={members}>
        {(list) => (
          <TableWrap label="Members">
            <table>
              <Head cols={["Member", "Role", "Status", "Since", ...(manage ? ["Actions"] : [])]} />
              <tbody>
                {list.data.map((m) => {
                  // Admins cannot touch owners; nobody edits themselves here.
                  const editable = manage && m.user_id !== me.id && (me.role === "owner" || m.role !== "owner");
                  return (
                    <tr key={m.user_id}>
                      <td>{m.email}</td>
                      <td>{m.role}</td>
                      <td>
                        <span class={`badge ${m.status}`}>{m.status}</span>
                      </td>
                      <td>{formatDate(m.created_at)}</td>
                      {manage && (
                        <td class="actions">
                          {editable && (
                            <>
                              <RoleEditor member={m} me={me} onChanged={members.reload} />
                              <ConfirmButton
                                label="Remove"
                                question={`Remove ${m.email}? They lose access at once.`}
                                action={() => call(core.removeMember({ client: session.client, path: { user_id: m.user_id } }))}
                                onDone={members.reload}
                              />
                            </>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Show>
    </Page>
  );
}
