import { badUserInput, DomainError } from '../common/errors.js';

export function invalidVisitorId() {
  return badUserInput('A visitor id is the random UUID (version 4) px-cookie-consent keeps in its cookie.', {
    field: 'visitorId',
  });
}

export function invalidSite() {
  return badUserInput('A site is a host name, such as www.proximus.be.', { field: 'site' });
}

export function notACookiePurpose(purpose: string, expected: string[]) {
  return badUserInput(`${purpose} is not a cookie category you can choose; choose among ${expected.join(', ')}.`, {
    field: 'choices',
    expected,
  });
}

export function choiceTwice(purpose: string) {
  return badUserInput(`${purpose} is chosen twice in one answer.`, { field: 'choices' });
}

export function unknownTextVersion(purpose: string, current: number) {
  return badUserInput(`No such text version of ${purpose}; the current one is ${current}.`, {
    field: 'choices',
    currentVersion: current,
  });
}

export function missingChoice(purpose: string) {
  return badUserInput(`An answer says every category: ${purpose} is missing.`, { field: 'choices' });
}

export function methodMismatch(method: string) {
  return badUserInput(`The categories do not match ${method}: choose them one by one as CUSTOM.`, {
    field: 'method',
  });
}

export function tooManyChoices(retryAfterSeconds: number) {
  return new DomainError('RATE_LIMITED', 'Too many cookie choices from here. Try again shortly.', {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });
}
