import { DEFAULT_POLICIES, POLICY_NAMES, type PolicyDocument, type PolicyName } from '../domain/policies';
import { recordAuditEvent, type AuditActor } from './audit';
import { Prisma, type Database } from './client';

export interface PolicyVersionView<N extends PolicyName = PolicyName> {
  name: N;
  version: number;
  document: PolicyDocument<N>;
  createdAt: string;
}

/** Version 1 of every policy holds DESIGN.md's defaults; an existing policy is left alone. */
export async function seedDefaultPolicies(db: Database): Promise<void> {
  await db.policyVersion.createMany({
    data: POLICY_NAMES.map((name) => ({ name, version: 1, document: DEFAULT_POLICIES[name] })),
    skipDuplicates: true,
  });
}

function toView<N extends PolicyName>(name: N, row: { version: number; document: unknown; createdAt: Date }): PolicyVersionView<N> {
  return { name, version: row.version, document: row.document as PolicyDocument<N>, createdAt: row.createdAt.toISOString() };
}

export async function currentPolicy<N extends PolicyName>(db: Pick<Database, '$queryRaw'>, name: N): Promise<PolicyVersionView<N>> {
  const policies: { [K in N]: PolicyVersionView<K> } = await currentPolicies(db, [name]);
  return policies[name];
}

/** The current version's document of a policy, as a subquery for `readTogether` (src/db/read-together.ts); null until the policy has a version (see `seededDocument`). */
export function currentDocumentSql(name: PolicyName): Prisma.Sql {
  return Prisma.sql`(SELECT document FROM policy_versions WHERE name = ${name} ORDER BY version DESC LIMIT 1)`;
}

const noVersionOf = (names: readonly PolicyName[]) => new Error(`no version of the policies ${names.join(', ')}`);

/** What `currentDocumentSql` read, where the request cannot go on without it. */
export function seededDocument<N extends PolicyName>(name: N, document: PolicyDocument<N> | null): PolicyDocument<N> {
  if (!document) throw noVersionOf([name]);
  return document;
}

/** The current version of each named policy, in one read. */
export async function currentPolicies<N extends PolicyName>(db: Pick<Database, '$queryRaw'>, names: readonly N[]): Promise<{ [K in N]: PolicyVersionView<K> }> {
  const rows = await db.$queryRaw<Array<{ name: N; version: number; document: unknown; createdAt: Date }>>`
    SELECT DISTINCT ON (name) name, version, document, created_at AS "createdAt"
    FROM policy_versions WHERE name = ANY(${[...names]}::text[]) ORDER BY name, version DESC`;
  const views = Object.fromEntries(rows.map((row) => [row.name, toView(row.name, row)])) as { [K in N]: PolicyVersionView<K> };
  const missing = names.filter((name) => !views[name]);
  if (missing.length > 0) throw noVersionOf(missing);
  return views;
}

export async function policyVersion<N extends PolicyName>(db: Database, name: N, version: number): Promise<PolicyVersionView<N>> {
  return toView(name, await db.policyVersion.findUniqueOrThrow({ where: { name_version: { name, version } } }));
}

/**
 * Runs `write` in one transaction with the policy's current version, one writer per policy at a
 * time: what a writer decides against the current version still holds when it writes.
 */
export async function withPolicyLock<N extends PolicyName, T>(
  db: Database,
  name: N,
  write: (tx: Prisma.TransactionClient, current: PolicyVersionView<N>) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(${`policy:${name}`}))) AS locked`;
    return write(tx, await currentPolicy(tx, name));
  });
}

/** Where an approved change came from: it is recorded with the version it made. */
export interface ApprovedChange {
  changeId: string;
  proposedById: string;
}

/** Adds the version after `current` and records it in the audit trail; call it inside withPolicyLock. */
export async function addPolicyVersion<N extends PolicyName>(
  tx: Prisma.TransactionClient,
  current: PolicyVersionView<N>,
  document: PolicyDocument<N>,
  actor: NonNullable<AuditActor>,
  approvedChange?: ApprovedChange,
): Promise<PolicyVersionView<N>> {
  const version = current.version + 1;
  const row = await tx.policyVersion.create({
    data: { name: current.name, version, document, createdById: approvedChange?.proposedById ?? actor.id },
  });
  await recordAuditEvent(tx, {
    actor,
    action: 'policy.changed',
    target: { type: 'policy', id: current.name },
    before: { version: current.version, document: current.document },
    after: { version, document, ...approvedChange },
  });
  return toView(current.name, row);
}
