import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { sha256Hex } from '../common/secrets.js';
import { DownstreamSystem } from '../propagation/downstream-system.entity.js';

/** The downstream systems of DOMAIN.md, each with the purposes it needs. */
const systems: { key: string; name: string; purposes: string[]; webhook: boolean }[] = [
  {
    key: 'tv-platform',
    name: 'TV platform (Pickx)',
    purposes: ['tv-personalized-ads', 'tv-recommendations'],
    webhook: true,
  },
  {
    key: 'online-ad-platform',
    name: 'Online ad platform',
    purposes: ['web-personalized-ads', 'cookie-marketing'],
    webhook: true,
  },
  {
    key: 'ads-and-data',
    name: 'Ads & Data (joint controller)',
    purposes: ['ads-partner-profiling', 'ads-partner-selection', 'ads-partner-measurement', 'cookie-marketing'],
    webhook: true,
  },
  { key: 'location-analytics', name: 'Location analytics pipeline', purposes: ['location-reporting'], webhook: true },
  {
    key: 'campaign-tool',
    name: 'Campaign tool',
    purposes: [
      'direct-marketing',
      'group-sharing',
      'loyalty-profiling',
      'loyalty-email',
      'home-wifi-marketing',
      'testimonials',
    ],
    webhook: true,
  },
  // Reads the pull feed instead of receiving webhooks, to show both ways.
  {
    key: 'directory-service',
    name: 'Directory Information Services',
    purposes: ['directory-listing', 'directory-assistance'],
    webhook: false,
  },
];

/** The demo API key of a system: published in the README, so the pull feed can be tried with curl. */
export function demoApiKey(key: string): string {
  return `pxk_demo_${key}`;
}

/** Creates the demo systems when there are none; their webhooks go to the demo receiver. */
export async function seedDemoSystems(dataSource: DataSource, clock: Clock, receiverUrl: string): Promise<boolean> {
  const repository = dataSource.getRepository(DownstreamSystem);
  if ((await repository.count()) > 0) return false;
  await repository.insert(
    systems.map((system) => ({
      key: system.key,
      name: system.name,
      purposes: system.purposes,
      webhookUrl: system.webhook ? `${receiverUrl}/${system.key}` : null,
      apiKeyHash: sha256Hex(demoApiKey(system.key)),
      secretVersion: 1,
      active: true,
      createdAt: clock.now(),
    })),
  );
  return true;
}
