/**
 * One database as the gateway reaches it: two logins, so that requests never run as the role
 * that owns the tables (decision 11).
 */
export interface DatabaseUrls {
  /** The gateway's requests and its relay: a login that may only read and append the ledger. */
  application: string;
  /** Migrations, and tests that tamper as an insider would: the owner of the tables. */
  owner: string;
}

/**
 * DATABASE_URL (the application login) and MIGRATION_DATABASE_URL (the owner), which come as a
 * pair; neither means the embedded PostgreSQL, which makes both logins itself.
 */
export function externalDatabaseUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls | undefined {
  const application = env.DATABASE_URL || undefined;
  const owner = env.MIGRATION_DATABASE_URL || undefined;
  if (!application && !owner) return undefined;
  if (!application || !owner) {
    throw new Error(
      'Set DATABASE_URL (the login the gateway runs as) and MIGRATION_DATABASE_URL (the owner, which runs the migrations) together: see docs/decisions/0011-database-logins.md',
    );
  }
  return { application, owner };
}

/** The same logins, on another database of the same server. */
export function inDatabase(urls: DatabaseUrls, name: string): DatabaseUrls {
  const rename = (url: string) => {
    const renamed = new URL(url);
    renamed.pathname = `/${name}`;
    return renamed.toString();
  };
  return { application: rename(urls.application), owner: rename(urls.owner) };
}
