/**
 * Which scenarios of a bench to run: all of them, or those `--only=a,b` names (in the bench's
 * order). `--list` prints the names and runs none. An unknown name is an error, not a silent skip.
 */
export function selectedScenarios<Run>(scenarios: Record<string, Run>, args: string[]): [string, Run][] {
  const names = Object.keys(scenarios);
  if (args.includes('--list')) {
    console.log(`Scenarios: ${names.join(', ')}`);
    return [];
  }
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return Object.entries(scenarios);
  const wanted = only.split(',').filter((name) => name.length > 0);
  const unknown = wanted.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown scenario ${unknown.join(', ')}; there are ${names.join(', ')}`);
  return Object.entries(scenarios).filter(([name]) => wanted.includes(name));
}
