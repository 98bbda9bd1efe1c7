import { emailAddress, PASSWORD_MAX_LENGTH } from '../domain/credentials';
import { ROLES } from '../domain/roles';
import { z } from './zod';

// Any password up to the longest allowed is checked: a wrong one of any length is the same 401.
export const SignInRequest = z
  .object({ email: emailAddress, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) })
  .strict()
  .openapi('SignInRequest');

export const SessionUserSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string().nullable(), role: z.enum(ROLES) })
  .openapi('SessionUser');

export const SessionSchema = z.object({ user: SessionUserSchema }).openapi('Session', { description: 'Who the caller is' });

export type SessionUserView = z.infer<typeof SessionUserSchema>;
