import { z } from './zod';

export const NextActionSchema = z
  .object({ action: z.string(), title: z.string(), method: z.literal('POST'), href: z.string() })
  .openapi('NextAction');

export const ActorSchema = z.object({ id: z.string(), name: z.string(), role: z.string() }).openapi('Actor');

/** An opaque, URL-safe identifier supplied by another system (customer, order, deal). */
export const externalId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w.:-]+$/, 'may contain letters, digits, _ . : - only');

/** What a customer called about: groups recurring issues (escalations) and repeat contacts (cases). */
export const issueCategory = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_.-]+$/, 'lowercase letters, digits, _ . - (it groups recurring issues)');

/** A page of a list that grows with a process (notes, contacts), newest first. */
export const PageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();
