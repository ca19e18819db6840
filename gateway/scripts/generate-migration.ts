/**
 * Writes a migration with the difference between the entities and the migrations so far,
 * computed on a throw-away embedded PostgreSQL: `pnpm --filter ./gateway migration:generate AddLedger`.
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { migrationDataSource } from '../src/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate <PascalCaseName>');
  process.exit(1);
}

const server = await openDatabaseServer({});
const dataSource = migrationDataSource(server.urls.owner);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const template = (sql: string) => `\`${sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
    const statement = (query: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${template(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(statement).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(statement).join('\n')}
  }
}
`;
    const folder = fileURLToPath(new URL('../src/database/migrations/', import.meta.url));
    await writeFile(`${folder}${fileName}.ts`, source);
    const indexPath = `${folder}index.ts`;
    const index = await readFile(indexPath, 'utf8');
    const updated = index
      .replace(/\n\n(\/\*\*)/, `\nimport { ${className} } from './${fileName}.js';\n\n$1`)
      .replace(/export const migrations = \[(.*?)\];/s, (_all, list: string) => {
        const entries = list
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
        return `export const migrations = [${[...entries, className].join(', ')}];`;
      });
    await writeFile(indexPath, updated);
    console.log(`Wrote src/database/migrations/${fileName}.ts (${sql.upQueries.length} statements).`);
  }
} finally {
  await dataSource.destroy().catch(() => {});
  await server.stop();
}
