import type { ScenarioResult } from './result';
import type { FaultScale } from './scale';
import { smtpOutage } from './scenarios/mail';
import { postgresOutage, temporalRestart, workerKills } from './scenarios/processes';
import { races } from './scenarios/races';
import { startFaultStack } from './stack';

// The fault-injection suite on one real stack: each scenario in turn, then one table and the line
// `faults: N scenarios, X processes, L lost, D duplicated, S stuck`.

export interface SuiteReport {
  results: ScenarioResult[];
  table: string;
  summary: string;
}

function tableOf(results: ScenarioResult[]): string {
  const header = ['scenario', 'processes', 'lost', 'duplicated', 'stuck', 'measured'];
  const rows = results.map((result) => [result.name, result.processes, result.lost, result.duplicated, result.stuck, result.detail].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export async function runFaultSuite(scale: FaultScale, log: (line: string) => void, workflowBundlePath?: string): Promise<SuiteReport> {
  const stack = await startFaultStack(log, workflowBundlePath);
  const results: ScenarioResult[] = [];
  try {
    const [agent, accounting, manager, sales, warehouse, supervisor] = [
      await stack.user('agent'),
      await stack.user('accounting'),
      await stack.user('accounting_manager'),
      await stack.user('sales'),
      await stack.user('warehouse'),
      await stack.user('supervisor'),
    ];
    const deciders = [accounting, await stack.user('accounting'), await stack.user('accounting'), manager];
    const credit = { agent, accounting, manager };
    const returns = { sales, agent, warehouse };
    const scenarios: Array<() => Promise<ScenarioResult>> = [
      () => workerKills(stack, credit, scale),
      () => temporalRestart(stack, credit, scale),
      () => postgresOutage(stack, credit, scale),
      () => smtpOutage(stack, { ...returns, supervisor }, scale),
      () => races(stack, { credit, deciders, returns, supervisor }, scale),
    ];
    for (const scenario of scenarios) {
      const begun = Date.now();
      const result = await scenario();
      results.push(result);
      log(`${result.name}: ${result.lost} lost, ${result.duplicated} duplicated, ${result.stuck} stuck (${Math.round((Date.now() - begun) / 1000)} s)${result.failures.map((failure) => `; ${failure}`).join('')}`);
    }
  } finally {
    await stack.stop();
  }
  const sum = (field: 'processes' | 'lost' | 'duplicated' | 'stuck') => results.reduce((total, result) => total + result[field], 0);
  return {
    results,
    table: tableOf(results),
    summary: `faults: ${results.length} scenarios, ${sum('processes')} processes, ${sum('lost')} lost, ${sum('duplicated')} duplicated, ${sum('stuck')} stuck`,
  };
}
