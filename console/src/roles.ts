// What each role may do: the permission matrix of docs/api.md (domain/src/accounts/roles.rs).
// The console only hides what a role cannot use; the API refuses it anyway.

import type { Role } from "./api";

export type Permission =
  | "read members"
  | "manage members"
  | "manage API keys"
  | "manage webhooks"
  | "manage billing"
  | "read billing"
  | "read jobs"
  | "delete jobs"
  | "read the audit log";

const MATRIX: Record<Permission, readonly Role[]> = {
  "read members": ["owner", "admin", "developer", "billing", "viewer"],
  "manage members": ["owner", "admin"],
  "manage API keys": ["owner", "admin", "developer"],
  "manage webhooks": ["owner", "admin", "developer"],
  "manage billing": ["owner", "admin", "billing"],
  "read billing": ["owner", "admin", "billing"],
  "read jobs": ["owner", "admin", "developer", "viewer"],
  "delete jobs": ["owner", "admin", "developer"],
  "read the audit log": ["owner", "admin"],
};

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[permission].includes(role);
}
