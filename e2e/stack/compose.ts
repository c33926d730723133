import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ComposeFile {
  services: Record<string, { environment?: Record<string, string | number | boolean> }>;
}

/**
 * Resolves `${NAME}`, `${NAME:-default}` and `${NAME:?message}` as docker compose does from its `.env`: a
 * required variable that is unset or empty fails with the compose file's own message.
 */
export function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(/\$\{(\w+)(?:(:-|:\?)([^}]*))?\}/g, (_match, name: string, operator?: string, argument = '') => {
    const set = vars[name] !== undefined && vars[name] !== '';
    if (operator === ':?' && !set) throw new Error(`docker-compose.yml: ${name} ${argument}`);
    if (operator === ':-' && !set) return argument;
    return vars[name] ?? '';
  });
}

/** The environment docker-compose.yml declares for `service`, resolved from `vars` as `docker compose up` would. */
export function composeEnvironment(composeFile: string, service: string, vars: Record<string, string | undefined>): Record<string, string> {
  const compose = parse(readFileSync(composeFile, 'utf8')) as ComposeFile;
  const declared = compose.services[service]?.environment;
  if (!declared) throw new Error(`docker-compose.yml declares no environment for ${service}`);
  return Object.fromEntries(Object.entries(declared).map(([name, value]) => [name, interpolate(String(value), vars)]));
}
