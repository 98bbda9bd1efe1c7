// Tokens never reach the logs: the token segment of a customer page or public API path
// (`/c/<page>/<token>`, `/v1/public/<resource>/<token>`), wherever it appears in a URL or a text.

const TOKEN_IN_PATH = /(\/(?:c|v1\/public)\/[a-z-]+\/)[\w-]+(?:\.[\w-]*)?/g;

export function redactLinkTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}
