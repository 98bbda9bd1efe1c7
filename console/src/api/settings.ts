import { useQuery } from '@tanstack/react-query';
import { keys } from './keys';

interface ConsoleSettings {
  /** The Temporal UI's workflow list; a process links to `<this>/<workflowId>`. */
  temporalUiWorkflows: string;
}

/** Settings the server gives the console (src/api/console.ts), read once. */
export function useConsoleSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: async (): Promise<ConsoleSettings> => {
      const response = await fetch('/console-settings.json', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`console settings: ${response.status}`);
      return (await response.json()) as ConsoleSettings;
    },
    staleTime: Infinity,
    refetchInterval: false,
  });
}
