import type { DataSource } from 'typeorm';
import { In, LessThan } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import { badUserInput } from '../common/errors.js';
import { Language } from '../common/language.js';
import { derivedId } from '../common/object-id.js';
import { PageInfoView } from '../common/page-info.js';
import { logStaffRead } from '../common/staff-reads.js';
import { linesVisibleTo, type Subject, subjectFor, subscriptionView } from '../identity/index.js';
import { type PurposeDefinition, purposeCatalogue } from '../purposes/index.js';
import { effectiveState } from './effective-state.js';
import { honourGlobalPrivacyControl } from './gpc.service.js';
import {
  PreferenceEventConnectionView,
  PrivacyPreferencesView,
  SubscriptionPreferencesView,
} from './preference.types.js';
import { PreferenceEvent } from './preference-event.entity.js';
import { personPageData } from './preference-read-model.js';
import { PreferenceState } from './preference-state.entity.js';
import { preferenceEventView, purposeStateView } from './preference-views.js';

/** The purposes that apply to a subject: a person's own, a line's by its kind, a contact's marketing. */
export function purposesOf(subject: Subject): PurposeDefinition[] {
  switch (subject.kind) {
    case 'person':
      return purposeCatalogue.filter((purpose) => purpose.scope === 'person');
    case 'subscription':
      return purposeCatalogue.filter((purpose) => purpose.subscriptionKinds.includes(subject.subscription.kind));
    case 'contact':
      return purposeCatalogue.filter((purpose) => purpose.key === 'direct-marketing');
  }
}

const maxPageSize = 100;
const position = /^\d{1,18}$/;

/** Reading choices: the effective state with its reasons, and the history, for those allowed to see them. */
export class PreferenceReadingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async privacyPreferences(
    caller: PersonCaller,
    subjectId: string | null | undefined,
    lang: Language | null | undefined,
  ): Promise<PrivacyPreferencesView> {
    const manager = this.dataSource.manager;
    const { subject } = await subjectFor(manager, caller, subjectId);
    await honourGlobalPrivacyControl(manager, caller, this.clock.now());
    await logStaffRead(manager, caller, subject.id, 'privacyPreferences', this.clock.now());
    const language = lang ?? caller.language;
    const { lines, rows, registeredChannels } =
      subject.kind === 'person'
        ? await personPageData(this.dataSource, subject.id)
        : { lines: [], rows: await manager.findBy(PreferenceState, { subjectId: subject.id }), registeredChannels: [] };
    const subjects: Subject[] = [
      subject,
      ...lines.map((subscription) => ({ kind: 'subscription' as const, id: subscription.id, subscription })),
    ];
    const statesOf = (of: Subject) =>
      purposesOf(of).map((purpose) =>
        purposeStateView(
          effectiveState(
            purpose,
            rows.filter((row) => row.subjectId === of.id && row.purpose === purpose.key),
            of === subject ? registeredChannels : [],
          ),
          of.id,
          language,
        ),
      );
    const linePreferences = subjects
      .slice(1)
      .filter((line) => purposesOf(line).length > 0)
      .map((line) => {
        const view = subscriptionView(
          (line as Extract<Subject, { kind: 'subscription' }>).subscription,
          caller.personId,
        );
        return Object.assign(new SubscriptionPreferencesView(), {
          id: derivedId('LinePreferences', line.id),
          line: view,
          subscription: view,
          purposes: statesOf(line),
        });
      });
    return Object.assign(new PrivacyPreferencesView(), {
      id: derivedId('PrivacyPreferences', subject.id),
      subjectId: subject.id,
      subjectKind: subject.kind,
      language,
      purposes: statesOf(subject),
      lines: linePreferences,
      subscriptions: linePreferences,
    });
  }

  /** Newest first. Without a subject: the caller's own changes and those of every line they may see. */
  async history(
    caller: PersonCaller,
    subjectId: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<PreferenceEventConnectionView> {
    if (first < 1 || first > maxPageSize) {
      throw badUserInput(`first is 1 to ${maxPageSize}.`, { field: 'first' });
    }
    const before = after ? decodeCursor('event', after, position) : undefined;
    const manager = this.dataSource.manager;
    const { subject } = await subjectFor(manager, caller, subjectId);
    await logStaffRead(manager, caller, subject.id, 'preferenceHistory', this.clock.now());
    const lines = !subjectId && subject.kind === 'person' ? await linesVisibleTo(manager, subject.id) : [];
    const events = await manager.find(PreferenceEvent, {
      where: {
        subjectId: In([subject.id, ...lines.map((line) => line.id)]),
        ...(before ? { position: LessThan(before) } : {}),
      },
      order: { position: 'DESC' },
      take: first + 1,
    });
    const page = events.slice(0, first);
    return Object.assign(new PreferenceEventConnectionView(), {
      edges: page.map((event) => ({
        cursor: encodeCursor('event', event.position),
        node: preferenceEventView(event, caller.personId),
      })),
      pageInfo: Object.assign(new PageInfoView(), {
        hasNextPage: events.length > first,
        hasPreviousPage: false,
        startCursor: page[0] ? encodeCursor('event', page[0].position) : null,
        endCursor: page.length > 0 ? encodeCursor('event', (page[page.length - 1] as PreferenceEvent).position) : null,
      }),
    });
  }
}
