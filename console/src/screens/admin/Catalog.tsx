import type { PolicyName } from '../../../../src/domain/policies';
import { usePolicy } from '../../api/admin';
import { useProcessCatalog, type CatalogProcess } from '../../api/processes';
import { QueryState } from '../../components/QueryState';
import { DataTable } from '../../components/DataTable';
import { words } from '../../components/words';
import type { Json } from './policy-fields';

type Target = NonNullable<CatalogProcess['steps'][number]['target']>;

/** The durations a target path names in a policy; `<severity>`-like parts stand for every key there. */
function durationsAt(document: Json, path: readonly string[], label = ''): string[] {
  const [head, ...rest] = path;
  if (head === undefined) return [`${label ? `${label}: ` : ''}${String(document)}`];
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return [];
  if (head.startsWith('<')) return Object.entries(document).flatMap(([key, child]) => durationsAt(child, rest, label ? `${label} ${key}` : key));
  return document[head] === undefined ? [] : durationsAt(document[head], rest, label);
}

function TargetText({ target }: { target: Target }) {
  const policy = usePolicy(target.policy as PolicyName);
  if (!policy.data) return <>{target.policy} policy</>;
  return <>{durationsAt(policy.data.document as Json, target.path.split('.')).join(', ')}</>;
}

function ProcessEntry({ process }: { process: CatalogProcess }) {
  return (
    <details>
      <summary>{process.title}</summary>
      <DataTable label={`Steps of ${process.title}`} headers={['Step', 'Owner', 'SLA target']}>
        {process.steps.map((step) => (
          <tr key={step.name}>
            <td>
              <strong>{words(step.name)}</strong>: {step.title}
            </td>
            <td>{words(step.ownerRole)}</td>
            <td>{step.target ? <TargetText target={step.target} /> : '—'}</td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}

/** The process catalog: each process's steps, who owns them and their SLA targets from the policies. */
export function Catalog() {
  const catalog = useProcessCatalog();
  return (
    <section aria-labelledby="catalog">
      <h2 id="catalog">Process catalog</h2>
      <QueryState query={catalog}>{(data) => data.processes.map((process) => <ProcessEntry key={process.name} process={process} />)}</QueryState>
    </section>
  );
}
