import type { DataSource } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { openBytes, sealBytes } from '../common/envelope-encryption.js';
import { DomainError } from '../common/errors.js';
import { notifyLive } from '../common/live-notice.js';
import { derivedId } from '../common/object-id.js';
import { logStaffRead } from '../common/staff-reads.js';
import { onceForKey } from '../database/idempotency.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { DataSubjectRequest } from './data-subject-request.entity.js';
import { InformationReply } from './information-reply.entity.js';
import { type InformationReplyInput, InformationReplyView } from './information-reply.types.js';
import { replyFileOf } from './reply-file.js';
import { RequestEvent } from './request-event.entity.js';
import type { RequestsService } from './requests.service.js';
import { requestNotFound } from './rights.errors.js';
import type { DataSubjectRequestView } from './rights.types.js';

/**
 * The person answers the office's question on their request (an identity card's front, more
 * detail): the text and file sealed with their data key, a step in the request's history, the
 * office's queue told. The office still decides that the information is complete
 * (`recordInformationReceived`); the clock stands still until then.
 */
export class InformationReplyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
    private readonly requests: RequestsService,
  ) {}

  async reply(caller: PersonCaller, input: InformationReplyInput): Promise<DataSubjectRequestView> {
    const text = input.text.trim();
    if (!text) throw new DomainError('BAD_USER_INPUT', 'Write your answer.', { field: 'text' });
    const file = input.file ? replyFileOf(input.file) : null;
    const now = this.clock.now();
    const request = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(DataSubjectRequest, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      // Someone else's request answers as an absent one.
      if (!request || request.subjectId !== caller.personId) throw requestNotFound();
      await onceForKey(
        manager,
        {
          scope: caller.personId,
          key: input.idempotencyKey,
          fingerprint: { reply: request.id, text, file: input.file ?? null },
        },
        now,
        async () => {
          if (request.status !== 'awaiting-information') {
            throw new DomainError('CONFLICT', 'The office asked nothing on this request: there is nothing to answer.', {
              status: request.status,
            });
          }
          const key = await this.vault.keyFor(manager, request.subjectId, now);
          const reply = manager.create(InformationReply, {
            requestId: request.id,
            subjectId: request.subjectId,
            text: sealBytes(key, Buffer.from(text, 'utf8')),
            fileName: file ? sealBytes(key, Buffer.from(file.name, 'utf8')) : null,
            file: null,
            mediaType: file?.mediaType ?? null,
            fileSize: file?.bytes.length ?? null,
            sentAt: now,
          });
          await manager.save(reply);
          if (file) {
            // Bound to its row: a sealed file copied onto another reply does not open.
            await manager.update(InformationReply, reply.id, { file: sealBytes(key, file.bytes, reply.id) });
          }
          await manager.save(
            manager.create(RequestEvent, {
              requestId: request.id,
              step: 'information-replied',
              actorId: caller.personId,
              note: null,
              at: now,
            }),
          );
          await notifyLive(manager, { kind: 'request', requestId: request.id, subjectId: request.subjectId });
          return request.id;
        },
      );
      return request;
    });
    const [view] = await this.requests.withHistory([request]);
    if (!view) throw requestNotFound();
    return view;
  }

  /** The replies on a request: the person's own, or any for the office (a logged staff read). */
  async replies(caller: PersonCaller, requestId: string): Promise<InformationReplyView[]> {
    const manager = this.dataSource.manager;
    const request = await manager.findOneBy(DataSubjectRequest, { id: requestId });
    const mayRead =
      request && (caller.staffRole === 'data-protection-officer' || request.subjectId === caller.personId);
    if (!request || !mayRead) throw requestNotFound();
    const replies = await manager.find(InformationReply, {
      where: { requestId: request.id },
      order: { sentAt: 'ASC', id: 'ASC' },
    });
    await logStaffRead(manager, caller, request.subjectId, 'informationReplies', this.clock.now());
    const key = await this.vault.keyOf(manager, request.subjectId);
    // After an erasure the rows are gone; a key gone before them leaves nothing readable either.
    if (!key) return [];
    return replies.map((reply) =>
      Object.assign(new InformationReplyView(), {
        id: reply.id,
        requestId: reply.requestId,
        text: openBytes(key, reply.text).toString('utf8'),
        sentAt: reply.sentAt,
        file:
          reply.file && reply.fileName && reply.mediaType
            ? {
                id: derivedId('InformationFile', reply.id),
                name: openBytes(key, reply.fileName).toString('utf8'),
                mediaType: reply.mediaType,
                size: reply.fileSize ?? 0,
                contentBase64: openBytes(key, reply.file, reply.id).toString('base64'),
              }
            : null,
      }),
    );
  }
}
