/**
 * What went wrong talking to the reader's WebDAV server, as a kind the sync loop can act on (412:
 * fetch, merge, retry; network: try later) and a message the settings page can show as it is.
 * Messages never hold the password.
 */
export type WebDavErrorKind =
  | 'bad-url'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'parent-missing'
  | 'precondition-failed'
  | 'locked'
  | 'insufficient-storage'
  | 'not-webdav'
  | 'network'
  | 'server';

export class WebDavError extends Error {
  constructor(
    readonly kind: WebDavErrorKind,
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'WebDavError';
  }
}

const MESSAGES: Partial<Record<number, [WebDavErrorKind, string]>> = {
  401: ['unauthorized', 'The server refused the user name or password (401).'],
  403: [
    'forbidden',
    'The server does not let this user do that here (403): check the folder’s permissions.',
  ],
  404: ['not-found', 'Not found on the server (404): check the URL and the folder.'],
  405: [
    'not-webdav',
    'The server does not accept WebDAV requests at this URL (405): check the URL.',
  ],
  409: ['parent-missing', 'The folder to write into does not exist on the server (409).'],
  412: ['precondition-failed', 'Another device changed this file on the server first (412).'],
  423: ['locked', 'The file is locked on the server (423): another program is writing it.'],
  507: [
    'insufficient-storage',
    'The server has no space left for this account (507): free some space or raise the quota.',
  ],
};

/** The error for an HTTP answer that was not a success, naming the request. */
export function errorForStatus(status: number, what: string): WebDavError {
  const known = MESSAGES[status];
  if (known) return new WebDavError(known[0], `${what}: ${known[1]}`, status);
  return new WebDavError('server', `${what}: the server answered ${status}.`, status);
}

export const networkError = (what: string) =>
  new WebDavError(
    'network',
    `${what}: the server could not be reached. Check that you are online and the URL is right; the extension also needs permission for this server’s address.`,
  );

export const notWebDavError = (what: string) =>
  new WebDavError(
    'not-webdav',
    `${what}: the server answered with a web page, not WebDAV. Check the URL: it must be the WebDAV address (for Nextcloud, …/remote.php/dav/files/USER/).`,
  );
