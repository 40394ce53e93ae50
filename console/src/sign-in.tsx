import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError, type ShownError } from './errors';
import { graphql } from './gql';
import { setSession } from './session';

export const LOG_IN = graphql(`
  mutation ConsoleLogIn($input: LogInInput!) {
    logIn(input: $input) {
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

/** The sign-in form: e-mail and password; errors beside the form, the button busy while it runs. */
export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [logIn, { loading }] = useMutation(LOG_IN);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await logIn({ variables: { input: { email, password } } });
      if (data) {
        const p = data.logIn;
        setSession({
          token: p.token,
          expiresAt: p.expiresAt,
          refreshToken: p.refreshToken,
          accountId: p.account.id,
          name: p.account.name ?? null,
        });
      }
    } catch (err) {
      setError(showError(err));
    }
  };

  return (
    <main className="sign-in">
      <h1>Sign in</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'sign-in-error' : undefined}>
        <label htmlFor="email">E-mail</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        {error?.fields.email && <p className="field-error">{error.fields.email}</p>}
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
        {error && (
          <p id="sign-in-error" role="alert" className="error">
            {error.message}
          </p>
        )}
      </form>
    </main>
  );
}
