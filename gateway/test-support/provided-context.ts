import type { DatabaseUrls } from '../src/database/database-urls.js';

/** What the global setup hands every test file through vitest's `provide` / `inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's `postgres` database, as the application login and as the owner. */
    databaseServer: DatabaseUrls;
    templateDatabase: string;
  }
}
