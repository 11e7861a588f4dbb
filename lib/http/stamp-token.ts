// The names of the headers the portal's HTTP server stamps on each request, and the process's token that
// proves a stamp is ours (kept on globalThis: the server and Next's bundles are separate module copies in one
// process). No server-only marker: scripts/server.ts imports this outside React Server Components.
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
export const REQUEST_TOKEN_HEADER = "x-portal-request-token";
export const REQUEST_PROTO_HEADER = "x-portal-proto";

const g = globalThis as unknown as { __portalRequestToken?: string };

export function setRequestToken(token: string): void {
  g.__portalRequestToken = token;
}

/** Whether these headers carry this process's stamp. */
export function isStamped(headers: Headers): boolean {
  const token = g.__portalRequestToken;
  return !!token && headers.get(REQUEST_TOKEN_HEADER) === token;
}
