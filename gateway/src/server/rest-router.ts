import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { type AccessRole, authorize } from '../common/access.js';
import type { Caller } from '../common/caller.js';

/** What a REST route answers: JSON with its status, or a file to download. */
export type RestAnswer =
  | { status: number; json: unknown }
  | { file: Uint8Array; contentType: string; fileName: string };

/**
 * One REST route, declared like a GraphQL root field: who may call it (the roles of
 * `@Authorized`, checked before the body is read or the handler runs) and what it does.
 */
export interface RestRoute {
  method: 'get' | 'put' | 'post';
  path: string;
  access: readonly AccessRole[];
  /** A CSV file as the body (uploads); otherwise no body is read. */
  body?: 'csv';
  handle(request: Request, caller: Caller): Promise<RestAnswer>;
}

const csv = express.text({ type: ['text/csv', 'text/plain'], limit: '64mb' });

/** Mounts the routes; a failure anywhere goes on to the one REST error handler (rest-errors.ts). */
export function restRouter(routes: readonly RestRoute[], callerOf: (request: Request) => Promise<Caller>): Router {
  const router = Router();
  for (const route of routes) {
    const authorized = async (request: Request, response: Response, next: NextFunction) => {
      const caller = await callerOf(request);
      authorize(caller, route.access);
      response.locals.caller = caller;
      next();
    };
    const handled = async (request: Request, response: Response) => {
      send(response, await route.handle(request, response.locals.caller as Caller));
    };
    router[route.method](route.path, authorized, ...(route.body === 'csv' ? [csv] : []), handled);
  }
  return router;
}

function send(response: Response, answer: RestAnswer): void {
  if ('file' in answer) {
    response.setHeader('content-type', answer.contentType);
    response.setHeader('content-disposition', `attachment; filename="${answer.fileName}"`);
    response.setHeader('cache-control', 'no-store');
    response.end(answer.file);
    return;
  }
  response.status(answer.status).json(answer.json);
}
