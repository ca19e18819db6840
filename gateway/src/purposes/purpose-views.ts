import type { Language } from '../common/language.js';
import { derivedId } from '../common/object-id.js';
import { PurposeView } from './purpose.types.js';
import { allowedByDefault, isSwitchable, type PurposeDefinition, type PurposeKey } from './purpose-catalogue.js';
import { channelTexts, legalBasisTexts, type PurposeTextVersion, purposeTextVersions } from './purpose-texts.js';

export function latestTextVersion(key: PurposeKey): PurposeTextVersion {
  const versions = purposeTextVersions[key];
  return versions[versions.length - 1] as PurposeTextVersion;
}

export function textVersion(key: PurposeKey, version: number): PurposeTextVersion | undefined {
  return purposeTextVersions[key].find((candidate) => candidate.version === version);
}

export function channelLabel(channel: string, language: Language): string {
  return channelTexts[channel as keyof typeof channelTexts]?.[language] ?? channel;
}

export function purposeView(definition: PurposeDefinition, language: Language, version?: number): PurposeView {
  const text = (version ? textVersion(definition.key, version) : undefined) ?? latestTextVersion(definition.key);
  return Object.assign(new PurposeView(), {
    id: derivedId('Purpose', definition.key, language, String(text.version)),
    key: definition.key,
    ...text.texts[language],
    textVersion: text.version,
    language,
    legalBasis: definition.legalBasis,
    legalBasisText: legalBasisTexts[definition.legalBasis][language],
    switchable: isSwitchable(definition),
    allowedByDefault: allowedByDefault(definition),
    scope: definition.scope,
    subscriptionKinds: [...definition.subscriptionKinds],
    channels: definition.channels.map((key) => ({
      id: derivedId('MarketingChannelOption', key, language),
      key,
      label: channelLabel(key, language),
    })),
    jointControllers: [...definition.jointControllers],
    category: definition.category,
  });
}
