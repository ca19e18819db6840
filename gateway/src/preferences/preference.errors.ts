import { badUserInput, DomainError } from '../common/errors.js';

export function unknownPurpose(key: string, known: readonly string[]): DomainError {
  return badUserInput(`Unknown purpose "${key}". Known purposes: ${known.join(', ')}.`, { field: 'purpose' });
}

export function notSwitchable(key: string, legalBasis: string): DomainError {
  return badUserInput(
    `"${key}" rests on ${legalBasis.replace('-', ' ')}: it is shown for transparency and cannot be switched.`,
    {
      field: 'purpose',
    },
  );
}

export function wrongVerb(key: string, expected: string): DomainError {
  return badUserInput(`"${key}" is not chosen this way: use ${expected}.`, { field: 'purpose' });
}

export function wrongScope(key: string, expected: string): DomainError {
  return badUserInput(`"${key}" is chosen per ${expected}: give the id of one as subjectId.`, { field: 'subjectId' });
}

export function channelNotAllowed(key: string, channels: readonly string[]): DomainError {
  return badUserInput(
    channels.length > 0
      ? `Unknown channel for "${key}". Channels: ${channels.join(', ')}.`
      : `"${key}" has no channels: leave channel out.`,
    { field: 'channel' },
  );
}

export function unknownTextVersion(key: string, latest: number): DomainError {
  return badUserInput(`"${key}" has text versions 1 to ${latest}.`, { field: 'textVersion' });
}

export function collectionChannelNotAllowed(allowed: readonly string[]): DomainError {
  return badUserInput(`This change can only be collected through ${allowed.join(' or ')}.`, {
    field: 'collectionChannel',
  });
}

export function contactNeedsAnAddress(): DomainError {
  return badUserInput('Give the e-mail address or the phone number the person is known by.', { field: 'email' });
}
