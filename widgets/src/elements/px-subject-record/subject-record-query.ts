import {
  OfficeSubjectChoicesDocument,
  type OfficeSubjectChoicesQuery,
  OfficeSubjectReadsDocument,
  type OfficeSubjectReadsQuery,
  OfficeSubjectRecordDocument,
  type OfficeSubjectRecordQuery,
} from '../../graphql/generated.js';
import type { QueryContext } from '../../query/query-controller.js';

/** Everything the record shows of one subject; `choices` is null for an erased subject. */
export interface SubjectRecord extends OfficeSubjectRecordQuery {
  choices: OfficeSubjectChoicesQuery['privacyPreferences'] | null;
  reads: OfficeSubjectReadsQuery['staffReadLog'];
}

/**
 * Reads a subject's record, each part a logged staff read. An erased subject has no choices
 * left (its projection went with it): asking would show defaults as if someone had chosen them.
 * The staff reads come last, so the list includes the reads this opening just caused.
 */
export async function loadSubjectRecord(
  { client, signal, language }: QueryContext,
  subjectId: string,
): Promise<SubjectRecord> {
  const record = await client.request(OfficeSubjectRecordDocument, { subjectId }, signal);
  const choices = record.privacySubject.erased
    ? null
    : (await client.request(OfficeSubjectChoicesDocument, { subjectId, lang: language }, signal)).privacyPreferences;
  const { staffReadLog } = await client.request(OfficeSubjectReadsDocument, { subjectId }, signal);
  return { ...record, choices, reads: staffReadLog };
}
