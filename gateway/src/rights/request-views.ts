import { derivedId } from '../common/object-id.js';
import type { DataSubjectRequest } from './data-subject-request.entity.js';
import type { ExportArchive } from './export-archive.entity.js';
import { officeStepsOf } from './office-steps.js';
import type { RequestEvent } from './request-event.entity.js';
import type { OpenedRequest } from './request-texts.js';
import { DataSubjectRequestView, ExportArchiveView, RequestHistoryStepView } from './rights.types.js';

const weekMs = 7 * 86_400_000;

export function isOpen(request: Pick<DataSubjectRequest, 'status'>): boolean {
  return request.status !== 'completed' && request.status !== 'rejected';
}

// The GraphQL enums carry the same strings as the entity; the casts only cross that naming.
export function requestView(
  request: DataSubjectRequest,
  opened: OpenedRequest,
  history: RequestEvent[],
  now: Date,
  archive?: ExportArchive,
  names: ReadonlyMap<string, string> = new Map(),
): DataSubjectRequestView {
  const due = request.dueAt?.getTime();
  const open = isOpen(request);
  return Object.assign(new DataSubjectRequestView(), {
    id: request.id,
    type: request.type,
    status: request.status,
    subjectId: request.subjectId,
    subjectName: names.get(request.subjectId) ?? null,
    details: opened.details,
    filedThrough: request.filedThrough,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    extended: request.extended,
    overdue: open && due !== undefined && due < now.getTime(),
    dueSoon: open && due !== undefined && due >= now.getTime() && due < now.getTime() + weekMs,
    assigneeId: request.assigneeId,
    assigneeName: request.assigneeId ? (names.get(request.assigneeId) ?? null) : null,
    allowedSteps: officeStepsOf(request),
    closedAt: request.closedAt,
    outcome: opened.outcome,
    history: history.map((event) =>
      Object.assign(new RequestHistoryStepView(), {
        id: derivedId('RequestHistoryStep', String(event.id)),
        step: event.step,
        actorId: event.actorId,
        note: opened.notes.get(event.id) ?? null,
        at: event.at,
      }),
    ),
    exportArchive: archive
      ? Object.assign(new ExportArchiveView(), {
          id: archive.id,
          status: archive.status,
          progress: archive.progress,
          readyAt: archive.readyAt,
          expiresAt: archive.expiresAt,
          downloadPath: `/exports/${request.id}`,
        })
      : null,
  });
}
