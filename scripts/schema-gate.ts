import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** A breaking change of the API schema recorded as intended: graphql-inspector's change type and path. */
export interface AcceptedBreak {
  type: string;
  path: string;
  reason: string;
}

/** A permission change recorded as intended (`from`/`to` as in permissions.json). */
export interface AcceptedPermissionChange {
  field: string;
  from: string;
  to: string;
  reason: string;
}

/** `schema/release/accepted-changes.json`: what changed on purpose since the release baseline. */
export interface AcceptedChanges {
  breaking: AcceptedBreak[];
  permissions: AcceptedPermissionChange[];
}

/** One side of the gate: an API schema SDL and its field → permission map. */
export interface ContractSnapshot {
  api: string;
  permissions: Record<string, string>;
}

/** A field whose permission differs between release and current (`null`: the field is absent on that side). */
export interface PermissionChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** What the gate found; it passes when both `unaccepted…` lists are empty. */
export interface GateReport {
  breaking: Change[];
  unacceptedBreaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Every permission difference, including fields added or removed. */
  permissionChanges: PermissionChange[];
  /** Changed permissions of fields present in both (added/removed fields are the schema diff's business). */
  unacceptedPermissionChanges: PermissionChange[];
  /** Accepted entries that match nothing any more (harmless; tidy them at the next release). */
  staleAccepted: Array<AcceptedBreak | AcceptedPermissionChange>;
  /** Accepted entries without a reason: refused, an intended change says why. */
  unexplained: Array<AcceptedBreak | AcceptedPermissionChange>;
}

/**
 * The breaking-change gate: graphql-inspector's diff between the release's API schema and the current one, and
 * the permission map's diff. A BREAKING change or a changed permission passes only when accepted-changes.json
 * records it with a reason.
 */
export async function checkContract(
  release: ContractSnapshot,
  current: ContractSnapshot,
  accepted: AcceptedChanges,
): Promise<GateReport> {
  const changes = await diff(buildSchema(release.api), buildSchema(current.api));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const isAcceptedBreak = (c: Change) => accepted.breaking.some((a) => a.type === c.type && a.path === c.path);

  const fields = [...new Set([...Object.keys(release.permissions), ...Object.keys(current.permissions)])].sort();
  const permissionChanges: PermissionChange[] = fields
    .map((field) => ({ field, from: release.permissions[field] ?? null, to: current.permissions[field] ?? null }))
    .filter((c) => c.from !== c.to);
  const isAcceptedPermission = (c: PermissionChange) =>
    accepted.permissions.some((a) => a.field === c.field && a.from === c.from && a.to === c.to);

  return {
    breaking,
    unacceptedBreaking: breaking.filter((c) => !isAcceptedBreak(c)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
    permissionChanges,
    unacceptedPermissionChanges: permissionChanges.filter(
      (c) => c.from !== null && c.to !== null && !isAcceptedPermission(c),
    ),
    staleAccepted: [
      ...accepted.breaking.filter((a) => !breaking.some((c) => c.type === a.type && c.path === a.path)),
      ...accepted.permissions.filter(
        (a) => !permissionChanges.some((c) => c.field === a.field && c.from === a.from && c.to === a.to),
      ),
    ],
    unexplained: [...accepted.breaking, ...accepted.permissions].filter(
      (a) => typeof a.reason !== 'string' || a.reason.trim() === '',
    ),
  };
}

/** The report as a reviewer reads it, with what to add to accepted-changes.json for each refusal. */
export function formatReport(report: GateReport): string {
  const lines: string[] = ['API contract against schema/release/:'];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`  ${title} (${items.length}):`, ...items.map((i) => `    ${i}`));
  };
  const mark = (c: Change) => (report.unacceptedBreaking.includes(c) ? 'NOT ACCEPTED ' : 'accepted ');
  section(
    'BREAKING',
    report.breaking.map((c) => `${mark(c)}${c.type} ${c.path ?? ''}: ${c.message}`),
  );
  section(
    'dangerous',
    report.dangerous.map((c) => `${c.type} ${c.path ?? ''}: ${c.message}`),
  );
  section(
    'non-breaking',
    report.safe.map((c) => `${c.type} ${c.path ?? ''}: ${c.message}`),
  );
  section(
    'permissions',
    report.permissionChanges.map((c) => {
      const state =
        c.from === null
          ? 'added'
          : c.to === null
            ? 'removed'
            : report.unacceptedPermissionChanges.includes(c)
              ? 'NOT ACCEPTED'
              : 'accepted';
      return `${state} ${c.field}: ${c.from ?? '(new field)'} -> ${c.to ?? '(removed)'}`;
    }),
  );
  section(
    'accepted entries that no longer match a change',
    report.staleAccepted.map((a) => JSON.stringify(a)),
  );
  section(
    'accepted entries without a reason',
    report.unexplained.map((a) => JSON.stringify(a)),
  );
  const todo = report.unacceptedBreaking.map((c) => ({
    type: String(c.type),
    path: c.path ?? '',
    reason: 'TODO: why',
  }));
  const todoPermissions = report.unacceptedPermissionChanges.map((c) => ({ ...c, reason: 'TODO: why' }));
  if (todo.length || todoPermissions.length) {
    lines.push(
      '  If intended, record in schema/release/accepted-changes.json:',
      ...(todo.length ? [`    "breaking": ${JSON.stringify(todo)}`] : []),
      ...(todoPermissions.length ? [`    "permissions": ${JSON.stringify(todoPermissions)}`] : []),
    );
  }
  if (lines.length === 1) lines.push('  no changes');
  return lines.join('\n');
}

/** Reads one side of the gate from a folder holding api.graphql and permissions.json. */
export function readSnapshot(dir: string): ContractSnapshot {
  const permissions = JSON.parse(readFileSync(path.join(dir, 'permissions.json'), 'utf8')) as {
    fields: Record<string, string>;
  };
  return { api: readFileSync(path.join(dir, 'api.graphql'), 'utf8'), permissions: permissions.fields };
}

/** Reads accepted-changes.json, refusing a malformed file with a message that says what is wrong. */
export function readAcceptedChanges(file: string): AcceptedChanges {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<AcceptedChanges>;
  if (!Array.isArray(raw.breaking) || !Array.isArray(raw.permissions)) {
    throw new Error(`${file} must have "breaking" and "permissions" arrays`);
  }
  return { breaking: raw.breaking, permissions: raw.permissions };
}
