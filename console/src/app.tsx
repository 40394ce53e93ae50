import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Audit } from './audit';
import { Chatbot, MyInvitations } from './chatbot';
import { LiveChat } from './livechat';
import { Portal } from './portal';
import { Products } from './products';
import { showError } from './errors';
import { graphql } from './gql';
import { MyAccess } from './my-access';
import { currentSession, onSession, refreshDelay, setSession, storedRefreshToken, type Session } from './session';
import { SignIn } from './sign-in';
import { Users } from './users';

const REFRESH = graphql(`
  mutation ConsoleRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      token
      expiresAt
      refreshToken
      account {
        id
        name
      }
    }
  }
`);

const LOG_OUT = graphql(`
  mutation ConsoleLogOut {
    logOut {
      __typename
    }
  }
`);

const MY_ORGANIZATIONS = graphql(`
  query ConsoleMyOrganizations {
    me {
      id
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

type Tab = 'users' | 'products' | 'chatbot' | 'livechat' | 'portal' | 'audit' | 'access';

/** The tabs, in the order of the seeds' consoles; `org` tabs need an organization selected. */
const TABS: ReadonlyArray<{ tab: Tab; label: string; org: boolean }> = [
  { tab: 'users', label: 'USERS', org: true },
  { tab: 'products', label: 'PRODUCTS AND ROLES', org: true },
  { tab: 'chatbot', label: 'CHATBOT', org: false },
  { tab: 'livechat', label: 'LIVE CHAT', org: true },
  { tab: 'portal', label: 'PORTAL', org: false },
  { tab: 'audit', label: 'AUDIT', org: true },
  { tab: 'access', label: 'MY ACCESS', org: false },
];

/** The console: sign-in, then an organization switcher and the tabs; the session refreshes before it expires. */
export function App() {
  const [session, setLocal] = useState<Session | null>(currentSession());
  const [restoring, setRestoring] = useState(() => !currentSession() && storedRefreshToken() !== null);
  const [refresh] = useMutation(REFRESH);
  const client = useApolloClient();

  useEffect(() => onSession(setLocal), []);

  // Restore a session kept for this tab, and refresh a minute before the access token expires.
  useEffect(() => {
    const token = session?.refreshToken ?? storedRefreshToken();
    if (!token) return;
    const renew = async () => {
      try {
        const { data } = await refresh({ variables: { refreshToken: token } });
        if (data) {
          const p = data.refreshSession;
          setSession({
            token: p.token,
            expiresAt: p.expiresAt,
            refreshToken: p.refreshToken,
            accountId: p.account.id,
            name: p.account.name ?? null,
          });
        }
      } catch {
        setSession(null);
      } finally {
        setRestoring(false);
      }
    };
    if (!session) {
      void renew();
      return;
    }
    const timer = setTimeout(() => void renew(), refreshDelay(session));
    return () => clearTimeout(timer);
  }, [session, refresh]);

  useEffect(() => {
    if (!session) void client.clearStore();
  }, [session, client]);

  if (restoring) return <p role="status">Restoring your session…</p>;
  if (!session) return <SignIn />;
  return <Shell session={session} />;
}

function Shell({ session }: { session: Session }) {
  const { data, loading, error, refetch } = useQuery(MY_ORGANIZATIONS);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('users');
  const [logOut] = useMutation(LOG_OUT);
  const memberships = data?.me?.memberships ?? [];
  const selected = organizationId ?? memberships[0]?.organization?.id ?? null;

  return (
    <div className="shell">
      <header>
        <h1>Console</h1>
        <label htmlFor="organization">Organization</label>
        <select id="organization" value={selected ?? ''} onChange={(e) => setOrganizationId(e.target.value)}>
          {memberships.map((m) => (
            <option key={m.id} value={m.organization?.id ?? ''}>
              {m.organization?.name} ({m.role})
            </option>
          ))}
        </select>
        <span className="who">{session.name}</span>
        <button
          type="button"
          onClick={() => {
            void logOut()
              .catch(() => undefined)
              .finally(() => setSession(null));
          }}
        >
          Sign out
        </button>
      </header>
      <nav aria-label="Screens">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            aria-current={tab === t.tab ? 'page' : undefined}
            onClick={() => setTab(t.tab)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <main>
        {loading && <p role="status">Loading…</p>}
        {error && <p role="alert">{showError(error).message}</p>}
        {tab === 'users' && selected && <Users key={selected} organizationId={selected} />}
        {tab === 'products' && selected && <Products key={selected} organizationId={selected} />}
        {tab === 'chatbot' && (
          <>
            {/* Outside the company screen, so its message survives the organization the acceptance joined. */}
            <MyInvitations onAccepted={() => void refetch()} />
            {selected && <Chatbot key={selected} organizationId={selected} />}
          </>
        )}
        {tab === 'livechat' && selected && <LiveChat key={selected} organizationId={selected} />}
        {tab === 'portal' && <Portal />}
        {tab === 'audit' && selected && <Audit key={selected} organizationId={selected} />}
        {tab === 'access' && <MyAccess organizationId={selected} />}
        {!loading && !error && memberships.length === 0 && TABS.find((t) => t.tab === tab)?.org && (
          <p>You are not a member of any organization.</p>
        )}
      </main>
    </div>
  );
}
