import { emailAddress, password } from '../domain/credentials';
import { ROLES } from '../domain/roles';
import { singleLineText } from '../domain/text';
import { z } from './zod';

export const CreateInvitationRequest = z
  .object({ name: singleLineText(100), email: emailAddress, role: z.enum(ROLES) })
  .strict()
  .openapi('CreateInvitationRequest');

export const InvitationParams = z.object({ id: z.uuid() });

export const AcceptInvitationRequest = z
  .object({
    token: z.string().min(1).max(200).openapi({ description: 'From the `#token=` of the invitation link' }),
    password,
  })
  .strict()
  .openapi('AcceptInvitationRequest');

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;

export const InvitationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    status: z.enum(INVITATION_STATUSES),
    invitedBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Invitation', { description: 'An invitation as stored: never its token' });

export const CreatedInvitationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    expiresAt: z.string(),
    acceptUrl: z.string().openapi({ description: 'The one-time link to give the person: shown only in this answer; the token is in the fragment' }),
  })
  .openapi('CreatedInvitation');

export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) }).openapi('InvitationList');

export type InvitationView = z.infer<typeof InvitationSchema>;
export type CreatedInvitationView = z.infer<typeof CreatedInvitationSchema>;
