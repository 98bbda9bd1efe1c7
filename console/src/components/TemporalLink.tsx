import { useConsoleSettings } from '../api/settings';

/** The process's workflow in the Temporal UI, for engineers. */
export function TemporalLink({ workflowId }: { workflowId: string }) {
  const settings = useConsoleSettings();
  if (!settings.data) return null;
  return (
    <a href={`${settings.data.temporalUiWorkflows}/${encodeURIComponent(workflowId)}`} target="_blank" rel="noreferrer">
      {workflowId} in Temporal
    </a>
  );
}
