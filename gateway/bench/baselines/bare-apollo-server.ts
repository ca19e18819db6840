/**
 * Baseline: a bare Apollo Server 5 over express5 with a hand-written schema, doing only the
 * baseline work. Runs in its own process; tells its parent the port it listens on.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pg from 'pg';
import { readChoices, writeChoice } from './baseline-work.js';
import { listenForBench } from './listen-for-bench.js';

const pool = new pg.Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: 10, idleTimeoutMillis: 0 });
interface Context {
  token: string | undefined;
}

const apollo = new ApolloServer<Context>({
  typeDefs: `#graphql
    type Choice { purpose: String! allowed: Boolean! changedAt: String! }
    type Query { myChoices: [Choice!] }
    type Mutation { setChoice(purpose: String!, allowed: Boolean!): Choice }`,
  resolvers: {
    Query: { myChoices: (_: unknown, __: unknown, { token }: Context) => readChoices(pool, token) },
    Mutation: {
      setChoice: (_: unknown, args: { purpose: string; allowed: boolean }, { token }: Context) =>
        writeChoice(pool, token, args.purpose, args.allowed),
    },
  },
});
await apollo.start();
const app = express();
app.use(
  '/graphql',
  express.json(),
  expressMiddleware(apollo, {
    context: async ({ req }) => ({ token: req.headers.authorization?.replace(/^Bearer /, '') }),
  }),
);
listenForBench(app);
