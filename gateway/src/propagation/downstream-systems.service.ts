import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import type { GatewayConfig } from '../common/config.js';
import { derivedId } from '../common/object-id.js';
import { purposeKeys } from '../purposes/index.js';
import { DownstreamSystem } from './downstream-system.entity.js';
import { invalidWebhookUrl, systemKeyTaken, systemNotFound, unknownPurposes } from './propagation.errors.js';
import {
  DownstreamCredentialsView,
  DownstreamSystemView,
  type RegisterDownstreamSystemInput,
  type UpdateDownstreamSystemInput,
} from './propagation.types.js';
import { newApiKey, webhookSecret } from './system-credentials.js';

/** The DPO manages which systems receive which purposes, and their credentials. */
export class DownstreamSystemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: GatewayConfig,
  ) {}

  async list(): Promise<DownstreamSystemView[]> {
    const systems = await this.dataSource.getRepository(DownstreamSystem).find({ order: { key: 'ASC' } });
    return systems.map(systemView);
  }

  async register(input: RegisterDownstreamSystemInput): Promise<DownstreamCredentialsView> {
    const purposes = knownPurposes(input.purposes);
    const webhookUrl = webhookUrlOrNull(input.webhookUrl);
    const { apiKey, apiKeyHash } = newApiKey();
    const repository = this.dataSource.getRepository(DownstreamSystem);
    if (await repository.existsBy({ key: input.key })) throw systemKeyTaken(input.key);
    const system = await repository.save(
      repository.create({
        key: input.key,
        name: input.name,
        purposes,
        webhookUrl,
        apiKeyHash,
        secretVersion: 1,
        active: true,
        createdAt: this.clock.now(),
      }),
    );
    return this.credentials(system, apiKey);
  }

  /**
   * Setting a webhook URL (again) re-enables an endpoint disabled by a 410 and sends it every
   * change it has not acknowledged yet, in order.
   */
  update(input: UpdateDownstreamSystemInput): Promise<DownstreamSystemView> {
    return this.dataSource.transaction(async (manager) => {
      const system = await manager.findOneBy(DownstreamSystem, { key: input.key });
      if (!system) throw systemNotFound(input.key);
      if (input.purposes) system.purposes = knownPurposes(input.purposes);
      if (input.active !== undefined && input.active !== null) system.active = input.active;
      if (input.webhookUrl !== undefined && input.webhookUrl !== null) {
        system.webhookUrl = webhookUrlOrNull(input.webhookUrl);
        system.webhookDisabledAt = null;
        system.webhookDisabledReason = null;
        await manager.query(
          `UPDATE delivery SET next_attempt_at = $2
           WHERE system_id = $1 AND acknowledged_at IS NULL AND failed_at IS NULL AND next_attempt_at IS NULL`,
          [system.id, this.clock.now()],
        );
      }
      return systemView(await manager.save(system));
    });
  }

  /** A new API key and a new signing secret; the old ones stop working at once. */
  async rotate(key: string): Promise<DownstreamCredentialsView> {
    const repository = this.dataSource.getRepository(DownstreamSystem);
    const system = await repository.findOneBy({ key });
    if (!system) throw systemNotFound(key);
    const { apiKey, apiKeyHash } = newApiKey();
    system.apiKeyHash = apiKeyHash;
    system.secretVersion += 1;
    return this.credentials(await repository.save(system), apiKey);
  }

  private credentials(system: DownstreamSystem, apiKey: string): DownstreamCredentialsView {
    return Object.assign(new DownstreamCredentialsView(), {
      id: derivedId('DownstreamCredentials', system.id, String(system.secretVersion)),
      system: systemView(system),
      apiKey,
      webhookSecret: webhookSecret(this.config.secret, system.id, system.secretVersion),
    });
  }
}

export function systemView(system: DownstreamSystem): DownstreamSystemView {
  return Object.assign(new DownstreamSystemView(), {
    id: system.id,
    key: system.key,
    name: system.name,
    purposes: system.purposes,
    webhookUrl: system.webhookUrl,
    webhookDisabledAt: system.webhookDisabledAt,
    webhookDisabledReason: system.webhookDisabledReason,
    active: system.active,
  });
}

function knownPurposes(purposes: string[]): string[] {
  const unknown = purposes.filter((purpose) => !(purposeKeys as readonly string[]).includes(purpose));
  if (unknown.length > 0) throw unknownPurposes(unknown);
  return [...new Set(purposes)];
}

function webhookUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.toString();
  } catch {
    // falls through to the error
  }
  throw invalidWebhookUrl();
}
