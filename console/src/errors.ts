import { CombinedGraphQLErrors } from '@apollo/client';

/** What the console says for each stable `extensions.code`; the server's message is shown beside it. */
const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'It no longer exists, or you cannot see it.',
  CONFLICT: 'This would break a rule of the organization.',
  BAD_USER_INPUT: 'Please check the highlighted fields.',
  NOT_REGISTERED: 'No account is registered with that e-mail.',
  TOO_MANY_ATTEMPTS: 'Too many attempts. Please wait and try again.',
  INVALID_CREDENTIALS: 'The e-mail or password is wrong.',
  SERVICE_BUSY: 'The service is busy. Please try again in a moment.',
  ALREADY_MEMBER: 'That person is already a member.',
  OWNER_REQUIRED: 'The organization must keep exactly one owner: transfer ownership instead.',
  OWNER_CANNOT_BE_REMOVED: 'The owner cannot be removed: transfer ownership first.',
};

/** One error as the console shows it: a sentence, the code, and the fields it names. */
export interface ShownError {
  code: string;
  message: string;
  fields: Record<string, string>;
}

/** Turns an Apollo error into what the page shows; field errors go beside their inputs. */
export function showError(error: unknown): ShownError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as {
      code?: unknown;
      field?: unknown;
      fieldErrors?: Array<{ field?: unknown; message?: unknown }>;
    };
    const code = typeof ext.code === 'string' ? ext.code : 'ERROR';
    const fields: Record<string, string> = {};
    for (const fe of ext.fieldErrors ?? []) {
      if (typeof fe.field === 'string' && typeof fe.message === 'string') fields[fe.field] = fe.message;
    }
    if (typeof ext.field === 'string' && !fields[ext.field]) fields[ext.field] = first?.message ?? '';
    const base = MESSAGES[code];
    return { code, message: base ? `${base} (${first?.message ?? code})` : (first?.message ?? code), fields };
  }
  return { code: 'NETWORK', message: 'The service cannot be reached.', fields: {} };
}
