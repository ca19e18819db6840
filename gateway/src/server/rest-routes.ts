import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { Access } from '../common/access.js';
import { isOneOf, valuesOf } from '../common/domain-list.js';
import { DomainError } from '../common/errors.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { type CampaignCheckService, registerImportView, requesterOf, validChannel } from '../marketing/index.js';
import { devOutbox } from '../messaging/index.js';
import { type RegisterImportService, RegisterName } from '../registers/index.js';
import type { ExportService } from '../rights/index.js';
import type { RestRoute } from './rest-router.js';

/**
 * Every REST route, with who may call it. Files, which GraphQL carries badly: uploads of a
 * register's published file (DPO) and of a campaign file to check (a system with the
 * direct-marketing scope, an agent, the DPO) each start a background job and answer 202 with its
 * id, and GraphQL reports the progress (`registerImports`, `campaignCheck`); a person downloads
 * their export archive (`exports/<request id>`). Outside production, the dev outbox.
 */
export function restRoutes(services: {
  registers: RegisterImportService;
  campaigns: CampaignCheckService;
  exports: ExportService;
  /** The dev outbox's store: given outside production only. */
  devOutbox?: { dataSource: DataSource; vault: PersonalDataVault };
}): RestRoute[] {
  const routes: RestRoute[] = [
    {
      method: 'put',
      path: '/registers/:register',
      access: [Access.DataProtectionOfficer],
      body: 'csv',
      handle: async (request) => {
        const register = String(request.params.register);
        if (!isOneOf(RegisterName, register)) {
          throw new DomainError('NOT_FOUND', `Registers: ${valuesOf(RegisterName).join(', ')}.`);
        }
        return { status: 202, json: registerImportView(await services.registers.start(register, fileOf(request))) };
      },
    },
    {
      method: 'post',
      path: '/campaign-checks',
      access: [Access.DownstreamSystem, Access.DataProtectionOfficer, Access.CustomerServiceAgent],
      body: 'csv',
      handle: async (request, caller) => {
        const check = await services.campaigns.start(
          requesterOf(caller),
          validChannel(String(request.query.channel ?? '')),
          fileOf(request),
        );
        return { status: 202, json: { id: check.id, status: check.status, total: check.total } };
      },
    },
    {
      method: 'get',
      path: '/exports/:requestId',
      access: [Access.SignedIn],
      handle: async (request, caller) => ({
        file: await services.exports.download(caller, String(request.params.requestId)),
        contentType: 'application/zip',
        fileName: 'my-proximus-data.zip',
      }),
    },
  ];
  const store = services.devOutbox;
  if (store) {
    routes.push({
      method: 'get',
      path: '/dev/outbox',
      access: [Access.Anyone],
      handle: async () => ({ status: 200, json: await devOutbox(store.dataSource, store.vault) }),
    });
  }
  return routes;
}

function fileOf(request: Request): string {
  if (typeof request.body !== 'string' || request.body.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'Send the file as the body, with content-type text/csv.');
  }
  return request.body;
}
