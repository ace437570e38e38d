import { isMojoError } from '../client/errors';
import type { AttributePath, Diagnostics } from './framework/diagnostics';

/**
 * Turns a failure of an API call into an error diagnostic that says what was being done, what the
 * service answered, and what the user can do. Errors without a client code are reported as
 * unexpected. The client's messages never hold the access key.
 *
 * @param action what the provider was doing, e.g. `create the ticket queue "Support"`
 */
export function addApiError(
  diagnostics: Diagnostics,
  action: string,
  error: unknown,
  path?: AttributePath,
): void {
  const message = error instanceof Error ? error.message : String(error);
  if (!isMojoError(error)) {
    diagnostics.error(
      'Unexpected Provider Error',
      `Could not ${action}: ${message}. This is likely a bug in the provider; please report it.`,
      path,
    );
    return;
  }

  const serverSays =
    error.messages.length > 0 ? ` The service said: ${error.messages.join('; ')}.` : '';
  switch (error.code) {
    case 'UNAUTHORIZED':
      diagnostics.error(
        'Access Key Rejected',
        `Could not ${action}: Mojo Helpdesk rejected the access key (${message}). ` +
          'Check that the ' +
          'key is current and belongs to a manager or admin user.',
        ['access_key'],
      );
      return;
    case 'READ_ONLY_KEY':
      diagnostics.error(
        'Read-Only Access Key',
        `Could not ${action}: the access key is read-only. Changes need the key of a manager or ` +
          'admin user.',
        ['access_key'],
      );
      return;
    case 'FORBIDDEN':
      diagnostics.error(
        'Not Allowed',
        `Could not ${action}: the account behind the access key may not do this (${message}).` +
          serverSays,
        path,
      );
      return;
    case 'VALIDATION':
      diagnostics.error(
        'Rejected By Mojo Helpdesk',
        `Could not ${action}: the service refused the values (${message}).${serverSays} Correct ` +
          'the configuration and apply again.',
        path,
      );
      return;
    case 'NOT_FOUND':
      diagnostics.error(
        'Object Not Found',
        `Could not ${action}: the object does not exist (${message}).`,
        path,
      );
      return;
    case 'RATE_LIMITED':
    case 'SERVER':
    case 'NETWORK':
    case 'TIMEOUT':
      diagnostics.error(
        'Mojo Helpdesk Unavailable',
        // The message already says how many attempts were made when there was more than one.
        `Could not ${action}: ${message}. The service or the ` +
          'network is having trouble; run Terraform again later, or raise max_retries or ' +
          'timeout_seconds.',
      );
      return;
  }
}
