import { DEFAULT_POLICIES, POLICY_NAMES, type PolicyDocument, type PolicyName } from '../domain/policies';
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

export async function currentPolicy<N extends PolicyName>(db: Database, name: N): Promise<PolicyVersionView<N>> {
  return toView(name, await db.policyVersion.findFirstOrThrow({ where: { name }, orderBy: { version: 'desc' } }));
}

export async function policyVersion<N extends PolicyName>(db: Database, name: N, version: number): Promise<PolicyVersionView<N>> {
  return toView(name, await db.policyVersion.findUniqueOrThrow({ where: { name_version: { name, version } } }));
}

/** Adds the next version; concurrent writers each get their own version number. */
export async function addPolicyVersion<N extends PolicyName>(
  db: Database,
  name: N,
  document: PolicyDocument<N>,
  createdById: string,
): Promise<PolicyVersionView<N>> {
  for (;;) {
    const latest = await db.policyVersion.findFirst({ where: { name }, orderBy: { version: 'desc' } });
    try {
      const row = await db.policyVersion.create({
        data: { name, version: (latest?.version ?? 0) + 1, document, createdById },
      });
      return toView(name, row);
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!duplicate) throw error;
    }
  }
}
