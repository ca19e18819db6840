import { type DataSource, type EntityManager, In } from 'typeorm';
import { assertNever } from '../common/assert-never.js';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput, forbidden } from '../common/errors.js';
import { notifyLive } from '../common/live-notice.js';
import { onceForKey } from '../database/idempotency.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { contactIdentifiers, findSubject, MarketingContact, Person, withProfile } from '../identity/index.js';
import type { MessageSender } from '../messaging/index.js';
import { DataSubjectRequest, type RequestType } from './data-subject-request.entity.js';
import { deadlineOf, firstDeadlineOf } from './deadline.js';
import type { ExportService } from './export.service.js';
import { officeNamesOf } from './office-names.js';
import { RequestEvent, type RequestStep } from './request-event.entity.js';
import { mayTake, type OfficeAction } from './request-lifecycle.js';
import { type OpenedRequest, openRequests, sealRequestText } from './request-texts.js';
import { requestView } from './request-views.js';
import { alreadyExtended, extensionTooLate, noteRequired, requestNotFound, stepNotAllowed } from './rights.errors.js';
import { rightsMessages } from './rights.messages.js';
import type { DataSubjectRequestView, RequestActionInput } from './rights.types.js';

const stepOf: Record<OfficeAction, RequestStep> = {
  'confirm-identity': 'identity-confirmed',
  assign: 'assigned',
  'ask-information': 'information-requested',
  'record-information': 'information-received',
  extend: 'extended',
  complete: 'completed',
  reject: 'rejected',
};

/**
 * Data-subject requests: a person files online (identity confirmed by the sign-in), an agent
 * files for a caller (identity to confirm); the office works them step by step within the
 * deadlines of GDPR Art. 12(3) and the privacy policy. Every step is an event of the request.
 */
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: MessageSender,
    private readonly exports: ExportService,
    private readonly vault: PersonalDataVault,
  ) {}

  async file(
    caller: PersonCaller,
    type: RequestType,
    input: { subjectId?: string | null; idempotencyKey?: string | null },
    details: Record<string, string> = {},
  ): Promise<DataSubjectRequestView> {
    const now = this.clock.now();
    const filed = await this.dataSource.transaction(async (manager) => {
      const subject = await this.requestSubject(manager, caller, input.subjectId);
      return onceForKey(
        manager,
        {
          scope: caller.personId,
          key: input.idempotencyKey,
          fingerprint: { type, subjectId: subject.id, details },
          about: { subjectId: subject.id, vault: this.vault },
        },
        now,
        async () => {
          const byPerson = !caller.staffRole;
          const request = manager.create(DataSubjectRequest, {
            type,
            status: byPerson ? 'in-progress' : 'awaiting-identity',
            subjectId: subject.id,
            subjectKind: subject.kind,
            details: await this.vault.sealJson(manager, subject.id, details),
            filedThrough: byPerson ? 'web' : 'phone',
            filedBy: caller.personId,
            assigneeId: null,
            receivedAt: now,
            clockStartedAt: byPerson ? now : null,
            pausedMs: '0',
            pausedSince: null,
            extended: false,
            closedAt: null,
            outcome: null,
          });
          request.dueAt = deadlineOf(facts(request));
          await manager.save(request);
          const history = [await this.record(manager, request, 'filed', caller.personId, null, now)];
          if (byPerson) {
            history.push(await this.record(manager, request, 'identity-confirmed', caller.personId, 'signed in', now));
          }
          return this.viewIn(manager, request, history, now);
        },
      );
    });
    return this.startExportWhenDue(filed);
  }

  /** An export starts as soon as the identity is confirmed: the person gets a progress bar, then a download. */
  private async startExportWhenDue(request: DataSubjectRequestView): Promise<DataSubjectRequestView> {
    if (request.type !== 'export' || request.status !== 'in-progress' || request.exportArchive) return request;
    if ((await this.exports.ofRequests([request.id])).has(request.id)) return request;
    await this.exports.start(request.id, request.subjectId);
    const [view] = await this.withHistory(
      await this.dataSource.getRepository(DataSubjectRequest).findBy({ id: request.id }),
    );
    return view ?? request;
  }

  async act(caller: PersonCaller, action: OfficeAction, input: RequestActionInput): Promise<DataSubjectRequestView> {
    const now = this.clock.now();
    const note = input.note?.trim() || null;
    const { view, notify } = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(DataSubjectRequest, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw requestNotFound();
      if (!mayTake(action, request.status)) throw stepNotAllowed(action, request.status);
      let notify: 'information' | 'extension' | null = null;
      switch (action) {
        case 'confirm-identity':
          request.status = 'in-progress';
          request.clockStartedAt = now;
          break;
        case 'assign':
          request.assigneeId = await this.staffMember(manager, input.assigneeId ?? caller.personId);
          break;
        case 'ask-information':
          if (!note) throw noteRequired('note', 'what information is needed');
          request.status = 'awaiting-information';
          if (request.clockStartedAt) request.pausedSince = now;
          notify = 'information';
          break;
        case 'record-information':
          request.status = request.clockStartedAt ? 'in-progress' : 'awaiting-identity';
          if (request.pausedSince) {
            request.pausedMs = String(Number(request.pausedMs) + now.getTime() - request.pausedSince.getTime());
            request.pausedSince = null;
          }
          break;
        case 'extend': {
          if (!note) throw noteRequired('note', 'the reasons for the extension');
          if (request.extended) throw alreadyExtended();
          const first = firstDeadlineOf(facts(request));
          if (!first || first < now) throw extensionTooLate();
          request.extended = true;
          notify = 'extension';
          break;
        }
        case 'complete':
        case 'reject':
          if (!note)
            throw noteRequired('note', action === 'complete' ? 'the answer given' : 'the reason of the refusal');
          request.status = action === 'complete' ? 'completed' : 'rejected';
          request.closedAt = now;
          request.outcome = await sealRequestText(manager, this.vault, request, note);
          break;
        default:
          assertNever(action);
      }
      request.dueAt = deadlineOf(facts(request));
      await manager.save(request);
      await this.record(manager, request, stepOf[action], caller.personId, note, now);
      const history = await manager.find(RequestEvent, { where: { requestId: request.id }, order: { id: 'ASC' } });
      return { view: await this.viewIn(manager, request, history, now), notify };
    });
    if (notify) await this.tell(view, notify, note ?? '');
    return action === 'confirm-identity' ? this.startExportWhenDue(view) : view;
  }

  /**
   * Completes an in-progress request of one of `types` after `fulfil` did the work, all in one
   * transaction: an erasure, or the office's decision on an objection.
   */
  async completeWith(
    caller: PersonCaller,
    requestId: string,
    types: readonly RequestType[],
    fulfil: (
      manager: EntityManager,
      request: DataSubjectRequest,
      now: Date,
    ) => Promise<{ outcome: string; note: string }>,
  ): Promise<DataSubjectRequestView> {
    const now = this.clock.now();
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(DataSubjectRequest, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request || !types.includes(request.type)) throw requestNotFound();
      if (!mayTake('complete', request.status)) throw stepNotAllowed('complete', request.status);
      const { outcome, note } = await fulfil(manager, request, now);
      request.status = 'completed';
      request.closedAt = now;
      request.outcome = await sealRequestText(manager, this.vault, request, outcome);
      request.dueAt = null;
      await manager.save(request);
      await this.record(manager, request, 'completed', caller.personId, note, now);
      return request;
    });
    const [view] = await this.withHistory([request]);
    if (!view) throw requestNotFound();
    return view;
  }

  /** The person's own requests, newest first. */
  async mine(caller: PersonCaller): Promise<DataSubjectRequestView[]> {
    const requests = await this.dataSource.getRepository(DataSubjectRequest).find({
      where: { subjectId: caller.personId },
      order: { receivedAt: 'DESC' },
    });
    return this.withHistory(requests);
  }

  async withHistory(requests: DataSubjectRequest[]): Promise<DataSubjectRequestView[]> {
    const events = await this.dataSource.getRepository(RequestEvent).find({
      where: { requestId: In(requests.map((request) => request.id)) },
      order: { id: 'ASC' },
    });
    const archives = await this.exports.ofRequests(requests.filter((r) => r.type === 'export').map((r) => r.id));
    const opened = await openRequests(this.dataSource.manager, this.vault, requests, events);
    const names = await officeNamesOf(this.dataSource.manager, this.vault, requests);
    const now = this.clock.now();
    return requests.map((request) =>
      requestView(
        request,
        opened.get(request.id) as OpenedRequest,
        events.filter((event) => event.requestId === request.id),
        now,
        archives.get(request.id),
        names,
      ),
    );
  }

  /** One request's view inside the transaction that changed it. */
  private async viewIn(manager: EntityManager, request: DataSubjectRequest, history: RequestEvent[], now: Date) {
    const opened = (await openRequests(manager, this.vault, [request], history)).get(request.id) as OpenedRequest;
    return requestView(request, opened, history, now, undefined, await officeNamesOf(manager, this.vault, [request]));
  }

  private async requestSubject(manager: EntityManager, caller: PersonCaller, subjectId: string | null | undefined) {
    if (!caller.staffRole) {
      if (subjectId && subjectId !== caller.personId) throw forbidden('You file requests for yourself only.');
      return { id: caller.personId, kind: 'person' as const };
    }
    if (!subjectId) throw badUserInput('Give the subjectId of the person calling.', { field: 'subjectId' });
    const subject = await findSubject(manager, subjectId);
    if (!subject || subject.kind === 'subscription') {
      throw badUserInput('A request is filed for a person or a non-customer contact.', { field: 'subjectId' });
    }
    return { id: subject.id, kind: subject.kind };
  }

  private async staffMember(manager: EntityManager, personId: string): Promise<string> {
    const staff = await manager.findOne(Person, { where: { id: personId }, select: { id: true, staffRole: true } });
    if (!staff?.staffRole) throw badUserInput('Assign a member of staff.', { field: 'assigneeId' });
    return staff.id;
  }

  private async record(
    manager: EntityManager,
    request: DataSubjectRequest,
    step: RequestStep,
    actorId: string,
    note: string | null,
    at: Date,
  ) {
    const sealed = await sealRequestText(manager, this.vault, request, note);
    // Every step passes here: the person's open pages hear of it on commit.
    await notifyLive(manager, { kind: 'request', requestId: request.id, subjectId: request.subjectId });
    return manager.save(manager.create(RequestEvent, { requestId: request.id, step, actorId, note: sealed, at }));
  }

  /** E-mails the person (customer or contact with an e-mail address) in their language. */
  private async tell(request: DataSubjectRequestView, what: 'information' | 'extension', note: string): Promise<void> {
    const manager = this.dataSource.manager;
    const found = await manager.findOneBy(Person, { id: request.subjectId });
    const person = found ? await withProfile(manager, this.vault, found) : null;
    const contact = person ? null : await manager.findOneBy(MarketingContact, { id: request.subjectId });
    const to =
      person?.email ?? (contact && (await contactIdentifiers(manager, this.vault, [contact])).get(contact.id)?.email);
    if (!to) return;
    const texts = rightsMessages[person?.language ?? 'en'];
    const email =
      what === 'information'
        ? texts.informationNeeded(note)
        : texts.extended(note, request.dueAt?.toISOString().slice(0, 10) ?? '');
    await this.messages.send({ channel: 'email', recipientId: request.subjectId, to, ...email });
  }
}

function facts(request: DataSubjectRequest) {
  return {
    clockStartedAt: request.clockStartedAt,
    pausedMs: Number(request.pausedMs),
    pausedSince: request.pausedSince,
    extended: request.extended,
  };
}
