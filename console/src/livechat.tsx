import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { showError } from './errors';
import { useRunner } from './feedback';
import { ConfirmDelete, useReasons } from './guard';
import { ManagedList } from './managed-list';
import { MoreThanShown, nodesOf } from './connection';
import { graphql } from './gql';

export const LIVE_CHAT = graphql(`
  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {
    organization(id: $organizationId) {
      id
      viewerCanCreateDepartment
      departments(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            number
            viewerCanRename
            viewerCanDelete
          }
        }
      }
      viewerCanConfigureLiveChat
      departmentGroups(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            viewerCanRename
            viewerCanDelete
            departments {
              id
              name
            }
          }
        }
      }
      userGroups(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            required
            viewerCanEdit
            viewerCanDelete
            workWith {
              id
              name
            }
            roles {
              id
              name
            }
          }
        }
      }
      operatorRoles(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            viewerCanRename
            viewerCanDelete
            grants {
              id
              module
              function
              limitation
            }
          }
        }
      }
      chats(first: 50, filter: $filter) {
        totalCount
        edges {
          node {
            id
            visitorName
            createdAt
            department {
              id
              name
            }
          }
        }
      }
    }
    me {
      id
      effectivePermissions(organizationId: $organizationId) {
        module
        function
        limitation
        role {
          id
          name
        }
        userGroup {
          id
          name
        }
      }
    }
  }
`);

const CREATE_DEPARTMENT = graphql(`
  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        name
      }
    }
  }
`);
const RENAME_DEPARTMENT = graphql(`
  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {
    renameDepartment(input: $input) {
      department {
        id
        name
      }
    }
  }
`);
const DELETE_DEPARTMENT = graphql(`
  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {
    deleteDepartment(input: $input) {
      deletedDepartmentId
    }
  }
`);

const CREATE_DEPARTMENT_GROUP = graphql(`
  mutation ConsoleCreateDepartmentGroup($input: CreateDepartmentGroupInput!) {
    createDepartmentGroup(input: $input) {
      departmentGroup {
        id
        name
      }
    }
  }
`);
const RENAME_DEPARTMENT_GROUP = graphql(`
  mutation ConsoleRenameDepartmentGroup($input: RenameDepartmentGroupInput!) {
    renameDepartmentGroup(input: $input) {
      departmentGroup {
        id
        name
      }
    }
  }
`);
const DELETE_DEPARTMENT_GROUP = graphql(`
  mutation ConsoleDeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {
    deleteDepartmentGroup(input: $input) {
      deletedDepartmentGroupId
    }
  }
`);
const CREATE_USER_GROUP = graphql(`
  mutation ConsoleCreateUserGroup($input: CreateUserGroupInput!) {
    createUserGroup(input: $input) {
      userGroup {
        id
        name
      }
    }
  }
`);
const UPDATE_USER_GROUP = graphql(`
  mutation ConsoleUpdateUserGroup($input: UpdateUserGroupInput!) {
    updateUserGroup(input: $input) {
      userGroup {
        id
        name
      }
    }
  }
`);
const DELETE_USER_GROUP = graphql(`
  mutation ConsoleDeleteUserGroup($input: DeleteUserGroupInput!) {
    deleteUserGroup(input: $input) {
      deletedUserGroupId
    }
  }
`);
const CREATE_OPERATOR_ROLE = graphql(`
  mutation ConsoleCreateOperatorRole($input: CreateOperatorRoleInput!) {
    createOperatorRole(input: $input) {
      operatorRole {
        id
        name
      }
    }
  }
`);
const RENAME_OPERATOR_ROLE = graphql(`
  mutation ConsoleRenameOperatorRole($input: RenameOperatorRoleInput!) {
    renameOperatorRole(input: $input) {
      operatorRole {
        id
        name
      }
    }
  }
`);
const DELETE_OPERATOR_ROLE = graphql(`
  mutation ConsoleDeleteOperatorRole($input: DeleteOperatorRoleInput!) {
    deleteOperatorRole(input: $input) {
      deletedOperatorRoleId
    }
  }
`);

/** What is being deleted: which list, and the row (departments and roles move their dependants first). */
type Deleting = { kind: 'department' | 'department group' | 'user group' | 'role'; id: string; name: string };

const json = (v: unknown) => (v && Object.keys(v).length ? JSON.stringify(v) : '—');

/** A part of the screen the server refused to show this viewer (its field came back null with FORBIDDEN). */
function Hidden({ what }: { what: string }) {
  return <p className="hidden-part">You may not see the {what} (the server refused).</p>;
}

/**
 * LIVE CHAT (seed 001): departments, department groups, user groups with their work-with lists, roles with their
 * module/function grants and limitations, "my permissions" with the role and user group each comes from (LHC-7), and
 * the chats I can see (LHC-5: an operator sees only the departments its department groups reach).
 */
export function LiveChat({ organizationId }: { organizationId: string }) {
  const [department, setDepartment] = useState('');
  const { data, loading, error, refetch } = useQuery(LIVE_CHAT, {
    variables: { organizationId, filter: department ? { departmentIds: [department] } : null },
    errorPolicy: 'all',
  });
  const { run, problem, feedback } = useRunner(() => refetch());
  const mutations = {
    createDepartment: useMutation(CREATE_DEPARTMENT)[0],
    renameDepartment: useMutation(RENAME_DEPARTMENT)[0],
    deleteDepartment: useMutation(DELETE_DEPARTMENT)[0],
    createDepartmentGroup: useMutation(CREATE_DEPARTMENT_GROUP)[0],
    renameDepartmentGroup: useMutation(RENAME_DEPARTMENT_GROUP)[0],
    deleteDepartmentGroup: useMutation(DELETE_DEPARTMENT_GROUP)[0],
    createUserGroup: useMutation(CREATE_USER_GROUP)[0],
    updateUserGroup: useMutation(UPDATE_USER_GROUP)[0],
    deleteUserGroup: useMutation(DELETE_USER_GROUP)[0],
    createOperatorRole: useMutation(CREATE_OPERATOR_ROLE)[0],
    renameOperatorRole: useMutation(RENAME_OPERATOR_ROLE)[0],
    deleteOperatorRole: useMutation(DELETE_OPERATOR_ROLE)[0],
  };
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  // The list whose create form ran last: its field error shows beside that form only.
  const [creating, setCreating] = useState<Deleting['kind'] | null>(null);
  const org = data?.organization;
  const departments = nodesOf(org?.departments);
  const departmentGroups = nodesOf(org?.departmentGroups);
  const userGroups = nodesOf(org?.userGroups);
  const operatorRoles = nodesOf(org?.operatorRoles);
  const reason = useReasons([
    { allowed: org?.viewerCanCreateDepartment, action: 'LIVECHAT_CREATE_DEPARTMENT', resourceId: organizationId },
    // Department groups, user groups and roles are the organization's configuration (LIVECHAT_CONFIGURE).
    { allowed: org?.viewerCanConfigureLiveChat, action: 'LIVECHAT_CONFIGURE', resourceId: organizationId },
    ...(departments ?? []).flatMap((d) => [
      { allowed: d.viewerCanRename, action: 'LIVECHAT_EDIT_DEPARTMENT' as const, resourceId: d.id },
      { allowed: d.viewerCanDelete, action: 'LIVECHAT_DELETE_DEPARTMENT' as const, resourceId: d.id },
    ]),
  ]);
  if (loading && !data) return <p role="status">Loading live chat…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;
  const mine = data?.me?.effectivePermissions;
  const configureReason = reason('LIVECHAT_CONFIGURE', organizationId);
  return (
    <section aria-labelledby="livechat-heading">
      <h2 id="livechat-heading">Live chat</h2>

      <h3>Chats I can see</h3>
      <label htmlFor="chat-department">Department</label>
      <select id="chat-department" value={department} onChange={(e) => setDepartment(e.target.value)}>
        <option value="">All I can see</option>
        {(departments ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {org?.chats ? (
        <table aria-label="Chats">
          <thead>
            <tr>
              <th scope="col">Visitor</th>
              <th scope="col">Department</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {org.chats.edges.map(({ node: c }) => (
              <tr key={c.id} data-chat-department={c.department?.name ?? ''}>
                <td>{c.visitorName}</td>
                <td>{c.department?.name}</td>
                <td>{c.createdAt ? new Date(c.createdAt).toLocaleString() : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="chats" />
      )}

      <h3>My permissions</h3>
      {mine ? (
        <table aria-label="My permissions">
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Function</th>
              <th scope="col">Limitation</th>
              <th scope="col">From role</th>
              <th scope="col">Through user group</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((p, i) => (
              <tr key={`${p.module ?? ''}-${p.function ?? ''}-${i}`}>
                <td>{p.module}</td>
                <td>{p.function}</td>
                <td>{json(p.limitation)}</td>
                <td>{p.role?.name}</td>
                <td>{p.userGroup?.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="permissions" />
      )}

      <h3>Departments</h3>
      {feedback}
      {departments ? (
        <ManagedList
          noun="department"
          label="Departments"
          columns={['No.']}
          rows={departments.map((d) => ({
            id: d.id,
            name: d.name ?? '',
            canRename: d.viewerCanRename,
            canDelete: d.viewerCanDelete,
            cells: [d.number],
          }))}
          canCreate={org?.viewerCanCreateDepartment}
          createReason={reason('LIVECHAT_CREATE_DEPARTMENT', organizationId)}
          renameReason={(d) => reason('LIVECHAT_EDIT_DEPARTMENT', d.id)}
          deleteReason={(d) => reason('LIVECHAT_DELETE_DEPARTMENT', d.id)}
          problem={creating === 'department' ? problem : null}
          onCreate={(name) => {
            setCreating('department');
            return run(`Department ${name} created`, () =>
              mutations.createDepartment({ variables: { input: { organizationId, name } } }),
            );
          }}
          onRename={(d, name) =>
            void run(`Department renamed to ${name}`, () =>
              mutations.renameDepartment({ variables: { input: { organizationId, departmentId: d.id, name } } }),
            )
          }
          onDelete={(d) => setDeleting({ kind: 'department', id: d.id, name: d.name })}
        />
      ) : (
        <Hidden what="departments" />
      )}
      <MoreThanShown page={org?.departments} noun="departments" />

      <h3>Department groups</h3>
      {departmentGroups ? (
        <ManagedList
          noun="department group"
          label="Department groups"
          columns={['Departments']}
          rows={departmentGroups.map((g) => ({
            id: g.id,
            name: g.name ?? '',
            canRename: g.viewerCanRename,
            canDelete: g.viewerCanDelete,
            cells: [(g.departments ?? []).map((d) => d.name).join(', ') || '—'],
          }))}
          canCreate={org?.viewerCanConfigureLiveChat}
          createReason={configureReason}
          renameReason={() => configureReason}
          deleteReason={() => configureReason}
          problem={creating === 'department group' ? problem : null}
          onCreate={(name) => {
            setCreating('department group');
            return run(`Department group ${name} created`, () =>
              mutations.createDepartmentGroup({ variables: { input: { organizationId, name } } }),
            );
          }}
          onRename={(g, name) =>
            void run(`Department group renamed to ${name}`, () =>
              mutations.renameDepartmentGroup({
                variables: { input: { organizationId, departmentGroupId: g.id, name } },
              }),
            )
          }
          onDelete={(g) => setDeleting({ kind: 'department group', id: g.id, name: g.name })}
        />
      ) : (
        <Hidden what="department groups" />
      )}
      <MoreThanShown page={org?.departmentGroups} noun="department groups" />

      <h3>User groups</h3>
      {userGroups ? (
        <ManagedList
          noun="user group"
          label="User groups"
          columns={['Required', 'Works with', 'Roles']}
          rows={userGroups.map((g) => ({
            id: g.id,
            name: g.name ?? '',
            canRename: g.viewerCanEdit,
            canDelete: g.viewerCanDelete,
            cells: [
              g.required ? 'yes' : 'no',
              (g.workWith ?? []).map((w) => w.name).join(', ') || '—',
              (g.roles ?? []).map((r) => r.name).join(', ') || '—',
            ],
          }))}
          canCreate={org?.viewerCanConfigureLiveChat}
          createReason={configureReason}
          renameReason={() => configureReason}
          deleteReason={() => configureReason}
          problem={creating === 'user group' ? problem : null}
          onCreate={(name) => {
            setCreating('user group');
            return run(`User group ${name} created`, () =>
              mutations.createUserGroup({ variables: { input: { organizationId, name } } }),
            );
          }}
          onRename={(g, name) =>
            void run(`User group renamed to ${name}`, () =>
              mutations.updateUserGroup({ variables: { input: { organizationId, userGroupId: g.id, name } } }),
            )
          }
          onDelete={(g) => setDeleting({ kind: 'user group', id: g.id, name: g.name })}
        />
      ) : (
        <Hidden what="user groups" />
      )}
      <MoreThanShown page={org?.userGroups} noun="user groups" />

      <h3>Roles</h3>
      {operatorRoles ? (
        <ManagedList
          noun="role"
          label="Operator roles"
          columns={['Grants (module · function · limitation)']}
          rows={operatorRoles.map((r) => ({
            id: r.id,
            name: r.name ?? '',
            canRename: r.viewerCanRename,
            canDelete: r.viewerCanDelete,
            cells: [
              (r.grants ?? [])
                .map((g) => `${g.module ?? ''} · ${g.function ?? ''}${g.limitation ? ` · ${json(g.limitation)}` : ''}`)
                .join('; ') || '—',
            ],
          }))}
          canCreate={org?.viewerCanConfigureLiveChat}
          createReason={configureReason}
          renameReason={() => configureReason}
          deleteReason={() => configureReason}
          problem={creating === 'role' ? problem : null}
          onCreate={(name) => {
            setCreating('role');
            return run(`Role ${name} created`, () =>
              mutations.createOperatorRole({ variables: { input: { organizationId, name, grants: [] } } }),
            );
          }}
          onRename={(r, name) =>
            void run(`Role renamed to ${name}`, () =>
              mutations.renameOperatorRole({ variables: { input: { organizationId, roleId: r.id, name } } }),
            )
          }
          onDelete={(r) => setDeleting({ kind: 'role', id: r.id, name: r.name })}
        />
      ) : (
        <Hidden what="roles" />
      )}
      <MoreThanShown page={org?.operatorRoles} noun="roles" />

      {deleting && (
        <ConfirmDelete
          what={`${deleting.kind} ${deleting.name}`}
          {...(deleting.kind === 'department'
            ? {
                moveLabel: 'Move its chats to',
                noneLabel: '(it has no chats)',
                options: (departments ?? []).filter((d) => d.id !== deleting.id),
              }
            : deleting.kind === 'role'
              ? {
                  moveLabel: 'User groups holding it get instead',
                  noneLabel: '(no user group holds it)',
                  options: (operatorRoles ?? []).filter((r) => r.id !== deleting.id),
                }
              : {})}
          onKeep={() => setDeleting(null)}
          onDelete={(moveTo) => {
            const d = deleting;
            setDeleting(null);
            const title = d.kind[0]!.toUpperCase() + d.kind.slice(1);
            void run(`${title} ${d.name} deleted`, () => {
              switch (d.kind) {
                case 'department':
                  return mutations.deleteDepartment({
                    variables: { input: { organizationId, departmentId: d.id, reassignChatsToDepartmentId: moveTo } },
                  });
                case 'department group':
                  return mutations.deleteDepartmentGroup({
                    variables: { input: { organizationId, departmentGroupId: d.id } },
                  });
                case 'user group':
                  return mutations.deleteUserGroup({ variables: { input: { organizationId, userGroupId: d.id } } });
                case 'role':
                  return mutations.deleteOperatorRole({
                    variables: { input: { organizationId, roleId: d.id, reassignToRoleId: moveTo } },
                  });
              }
            });
          }}
        />
      )}
    </section>
  );
}
