import { useState } from 'react';
import { showError, type ShownError } from './errors';

/**
 * Runs one change the way every screen does: clears the last message, awaits the mutation, says what happened (or
 * the server's refusal with its code), then refetches the screen. `feedback` is the live region to render.
 */
export function useRunner(refetch: () => Promise<unknown>) {
  const [problem, setProblem] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = async (what: string, action: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      setNotice(what);
      await refetch();
      return true;
    } catch (err) {
      setProblem(showError(err));
      return false;
    }
  };
  const feedback = (
    <>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem.message}
        </p>
      )}
    </>
  );
  return { run, problem, feedback };
}
