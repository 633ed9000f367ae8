/**
 * How the guarded client words a failed call: a public part an outsider may read (the partner
 * whose URL it was), then after ": " the detail for admins. The detail can name the address a
 * host resolved to, or the internal address and port that refused a connection, which would
 * let whoever controls the URL map the inside of the network one name at a time.
 */
export const DESTINATION_NOT_ALLOWED = 'destination not allowed';
export const COULD_NOT_CONNECT = 'could not connect';

const WITH_DETAIL = [DESTINATION_NOT_ALLOWED, COULD_NOT_CONNECT];

/** A failed call's error as a non-admin may read it: the detail of the two above cut off. */
export function publicCallError(error: string): string {
  return WITH_DETAIL.find((prefix) => error.startsWith(`${prefix}:`)) ?? error;
}
