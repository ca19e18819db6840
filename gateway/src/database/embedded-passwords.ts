import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The passwords of the embedded PostgreSQL's two logins: its superuser and the application login. */
export interface EmbeddedPasswords {
  superuser: string;
  application: string;
}

/** Kept in the server's own data folder: deleting the folder forgets them with the data they guard. */
export const passwordsFileName = 'gateway-passwords.json';

export function generatePasswords(): EmbeddedPasswords {
  // base64url: safe in a connection URL and in an SQL literal.
  const generate = () => randomBytes(24).toString('base64url');
  return { superuser: generate(), application: generate() };
}

/** The passwords of this folder, or undefined when an earlier version made it (it had none). */
export async function readPasswords(dataDirectory: string): Promise<EmbeddedPasswords | undefined> {
  const file = resolve(dataDirectory, passwordsFileName);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  // Copied folders lose their modes: only this user may read the passwords.
  await chmod(file, 0o600);
  return JSON.parse(text) as EmbeddedPasswords;
}

export async function writePasswords(dataDirectory: string, passwords: EmbeddedPasswords): Promise<void> {
  const file = resolve(dataDirectory, passwordsFileName);
  await writeFile(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}
