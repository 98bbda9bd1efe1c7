import { badLink, createCustomerLinks } from '../../src/customer-links/links';
import { redactLinkTokens } from '../../src/customer-links/redact';
import { signLinkToken, verifyLinkToken } from '../../src/customer-links/token';

// The token rules: bound to one purpose and one object, expiring, refused when tampered with, and
// verified by old keys while they are listed (rotation).

const OLD_KEY = 'the old key of at least thirty-two characters';
const NEW_KEY = 'the new key of at least thirty-two characters';
const NOW = Date.parse('2026-12-03T10:00:00Z');

describe('customer link tokens', () => {
  const token = signLinkToken(NEW_KEY, { purpose: 'survey', objectId: 'handoff-1', expiresAt: NOW + 60_000 });

  it('name their purpose and object until they expire', () => {
    expect(verifyLinkToken([NEW_KEY], token, 'survey', NOW)).toEqual({ purpose: 'survey', objectId: 'handoff-1', expiresAt: NOW + 60_000 });
    expect(verifyLinkToken([NEW_KEY], token, 'survey', NOW + 60_000)).toBeUndefined();
    expect(verifyLinkToken([NEW_KEY], token, 'return_status', NOW)).toBeUndefined();
  });

  it('are refused when any part is changed', () => {
    const [claims = '', signature = ''] = token.split('.');
    const otherObject = Buffer.from(JSON.stringify({ p: 'survey', o: 'handoff-2', e: (NOW + 60_000) / 1000 })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const tampered of [`${otherObject}.${signature}`, `${claims}.${flipped}`, `${claims}.`, claims, `${token}.x`, '', 'not a token']) {
      expect(verifyLinkToken([NEW_KEY], tampered, 'survey', NOW)).toBeUndefined();
    }
  });

  it('verify with an old key while it is listed, and not after', () => {
    const old = signLinkToken(OLD_KEY, { purpose: 'return_status', objectId: 'r-1', expiresAt: NOW + 60_000 });
    expect(verifyLinkToken([NEW_KEY, OLD_KEY], old, 'return_status', NOW)?.objectId).toBe('r-1');
    expect(verifyLinkToken([NEW_KEY], old, 'return_status', NOW)).toBeUndefined();
  });

  it('give one refusal for every bad link, and pages that carry the token', () => {
    const links = createCustomerLinks({ signing: NEW_KEY, verifying: [NEW_KEY] }, 'https://shop.example', 60_000, () => NOW);
    const issued = links.token('credit_status', 'c-1');
    expect(links.objectOf(issued, 'credit_status')).toBe('c-1');
    expect(links.url('credit_status', issued)).toBe(`https://shop.example/c/credits/${issued}`);
    expect(links.url('survey', issued, { score: '3' })).toBe(`https://shop.example/c/survey/${issued}?score=3`);
    expect(() => links.objectOf(issued, 'survey')).toThrow(badLink().message);
    expect(() => links.objectOf(`${issued}x`, 'credit_status')).toThrow(badLink().message);
  });

  it('never reach a log line: the token segment of a page or public API path is redacted', () => {
    expect(redactLinkTokens(`GET /v1/public/surveys/${token} and https://x/c/survey/${token}?score=3`)).toBe(
      'GET /v1/public/surveys/[redacted] and https://x/c/survey/[redacted]?score=3',
    );
    expect(redactLinkTokens('/v1/public/order-lookups')).toBe('/v1/public/order-lookups');
    expect(redactLinkTokens(`/v1/public/orders/${token}/returns`)).toBe('/v1/public/orders/[redacted]/returns');
  });
});
