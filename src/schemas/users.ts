import { emailAddress } from '../domain/credentials';
import { ROLES } from '../domain/roles';
import { singleLineText } from '../domain/text';
import { z } from './zod';

export const CreateUserRequest = z
  .object({
    name: singleLineText(100),
    role: z.enum(ROLES),
    email: emailAddress.optional().openapi({ description: "Where the user's and their role's messages go over SMTP; unique, in lower case" }),
  })
  .strict()
  .openapi('CreateUserRequest');

export const ChangeRoleRequest = z.object({ role: z.enum(ROLES) }).strict().openapi('ChangeRoleRequest');

export const UserParams = z.object({ id: z.uuid() });
export const OwnApiKeyParams = z.object({ keyId: z.uuid() });
export const CreateApiKeyRequest = z.object({ label: singleLineText(100) }).strict().openapi('CreateApiKeyRequest');
export const ApiKeyParams = z.object({ id: z.uuid(), keyId: z.uuid() });

export const ListUsersQuery = z
  .object({ role: z.enum(ROLES).optional(), active: z.enum(['true', 'false']).transform((value) => value === 'true').optional() })
  .strict();

export const ApiKeySchema = z
  .object({
    id: z.string(),
    prefix: z.string(),
    label: z.string().nullable().openapi({ description: 'What its owner uses it for; null for a key from the command line' }),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    issuedBy: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'Who made the key; null: the command line (`npm run users:create`)' }),
    issuedByAnotherUser: z
      .boolean()
      .openapi({ description: 'True for a key an admin made for its owner before people made their own (that admin could act as the owner)' }),
  })
  .openapi('ApiKey', { description: 'A key as stored: its first characters, never the key' });

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) }).openapi('ApiKeyList');

export const IssuedApiKeySchema = ApiKeySchema.extend({ key: z.string().openapi({ description: 'Shown once; only its hash is stored' }) }).openapi(
  'IssuedApiKey',
);

export const UserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    email: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    apiKeys: z.array(ApiKeySchema),
  })
  .openapi('User');

export const UserListSchema = z.object({ items: z.array(UserSchema) }).openapi('UserList');

export type UserView = z.infer<typeof UserSchema>;
export type ApiKeyView = z.infer<typeof ApiKeySchema>;
