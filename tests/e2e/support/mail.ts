import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { linkToken, type ReceivedMail } from '../../support/mailbox';
import { e2eStack } from './stack-description';

/** Waits for a message to the address with a link to the customer page, and answers that link's path (`/c/<page>/<token>`). */
export async function customerLink(address: string, page: string): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(
      () => {
        const { mailDir } = e2eStack();
        const mails = readdirSync(mailDir).map((file) => JSON.parse(readFileSync(path.join(mailDir, file), 'utf8')) as ReceivedMail);
        token = linkToken(mails, address, page);
        return token;
      },
      { timeout: 60_000 },
    )
    .toBeDefined();
  return `/c/${page}/${token ?? ''}`;
}
