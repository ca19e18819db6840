import express, { type Request, type Response, Router } from 'express';
import type { Caller } from '../common/caller.js';
import { isOneOf, valuesOf } from '../common/domain-list.js';
import { DomainError } from '../common/errors.js';
import type { CampaignCheckService } from '../marketing/index.js';
import { registerImportView, requesterOf, validChannel } from '../marketing/index.js';
import type { RegisterImportService } from '../registers/index.js';
import { RegisterName } from '../registers/index.js';
import type { ExportService } from '../rights/index.js';

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Files, which GraphQL carries badly. Uploads: a register's published file (DPO) and a campaign
 * file to check (a system with the direct-marketing scope, an agent, the DPO); each starts a
 * background job and answers 202 with its id, and GraphQL reports the progress
 * (`registerImports`, `campaignCheck`). Download: a person's export archive (`exports/<request id>`).
 */
export function fileRoutes(
  callerOf: (request: Request) => Promise<Caller>,
  services: { registers: RegisterImportService; campaigns: CampaignCheckService; exports: ExportService },
): Router {
  const router = Router();
  const csv = express.text({ type: ['text/csv', 'text/plain'], limit: '64mb' });

  router.put('/registers/:register', csv, async (request: Request, response: Response) => {
    await answer(response, async () => {
      const caller = await callerOf(request);
      if (caller.kind !== 'person' || caller.staffRole !== 'data-protection-officer') {
        throw new DomainError(
          caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          'For the data protection office.',
        );
      }
      const register = String(request.params.register);
      if (!isOneOf(RegisterName, register)) {
        throw new DomainError('NOT_FOUND', `Registers: ${valuesOf(RegisterName).join(', ')}.`);
      }
      return registerImportView(await services.registers.start(register, fileOf(request)));
    });
  });

  router.post('/campaign-checks', csv, async (request: Request, response: Response) => {
    await answer(response, async () => {
      const caller = await callerOf(request);
      if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Give a bearer token or API key.');
      const check = await services.campaigns.start(
        requesterOf(caller),
        validChannel(String(request.query.channel ?? '')),
        fileOf(request),
      );
      return { id: check.id, status: check.status, total: check.total };
    });
  });

  router.get('/exports/:requestId', async (request: Request, response: Response) => {
    try {
      const archive = await services.exports.download(await callerOf(request), String(request.params.requestId));
      response.setHeader('content-type', 'application/zip');
      response.setHeader('content-disposition', 'attachment; filename="my-proximus-data.zip"');
      response.setHeader('cache-control', 'no-store');
      response.end(archive);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(statusOf[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
    }
  });

  return router;
}

function fileOf(request: Request): string {
  if (typeof request.body !== 'string' || request.body.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'Send the file as the body, with content-type text/csv.');
  }
  return request.body;
}

async function answer(response: Response, work: () => Promise<unknown>): Promise<void> {
  try {
    response.status(202).json(await work());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    response.status(statusOf[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
  }
}
