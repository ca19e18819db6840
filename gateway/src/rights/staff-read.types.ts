import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { StaffRole } from '../common/caller.js';
import type { ValueOf } from '../common/domain-list.js';
import { connectionType } from '../common/page-info.js';

/** The team of the member of staff who read, which is also their role; the person is told this, not a name. */
export const StaffTeam = {
  CUSTOMER_SERVICE: 'customer-service',
  DATA_PROTECTION_OFFICE: 'data-protection-office',
  FORMER_STAFF: 'former-staff',
} as const;
export type StaffTeam = ValueOf<typeof StaffTeam>;

registerEnumType(StaffTeam, {
  name: 'StaffTeam',
  description: 'The team, and so the role, of the member of staff who read personal data.',
  valuesConfig: {
    CUSTOMER_SERVICE: { description: 'A customer-service agent (0800 calls).' },
    DATA_PROTECTION_OFFICE: { description: 'The data protection officer or their office.' },
    FORMER_STAFF: { description: 'Someone who no longer works at the operator.' },
  },
});

/**
 * Why staff read: the log records who read and which field, and the domain gives each role one
 * reason to read a person's data (an agent answers the person's call, the office answers
 * requests and supervises), so the reason follows from both; no free text is kept.
 */
export const StaffReadReason = {
  FINDING_CALLER: 'finding-caller',
  HELPING_ON_CALL: 'helping-on-call',
  ANSWERING_ACCESS_REQUEST: 'answering-access-request',
  PRIVACY_SUPERVISION: 'privacy-supervision',
} as const;
export type StaffReadReason = ValueOf<typeof StaffReadReason>;

registerEnumType(StaffReadReason, {
  name: 'StaffReadReason',
  description: 'Why a member of staff read, from their role and what they read.',
  valuesConfig: {
    FINDING_CALLER: { description: 'Customer service looked the person up by e-mail or number during a call.' },
    HELPING_ON_CALL: { description: 'Customer service read the choices to help the person on the phone.' },
    ANSWERING_ACCESS_REQUEST: { description: "The office prepared the answer to the person's access request." },
    PRIVACY_SUPERVISION: {
      description: 'The office read the record to work a request or to check that the choices are honoured.',
    },
  },
});

export function staffTeam(role: StaffRole | null | undefined): StaffTeam {
  if (role === 'customer-service-agent') return StaffTeam.CUSTOMER_SERVICE;
  if (role === 'data-protection-officer') return StaffTeam.DATA_PROTECTION_OFFICE;
  return StaffTeam.FORMER_STAFF;
}

export function staffReadReason(team: StaffTeam, what: string): StaffReadReason {
  if (team === StaffTeam.CUSTOMER_SERVICE) {
    return what === 'findPrivacySubjects' ? StaffReadReason.FINDING_CALLER : StaffReadReason.HELPING_ON_CALL;
  }
  return what === 'dataAccessOverview' ? StaffReadReason.ANSWERING_ACCESS_REQUEST : StaffReadReason.PRIVACY_SUPERVISION;
}

@ObjectType('StaffRead', { simpleResolvers: true, description: 'A read of personal data by a member of staff.' })
export class StaffReadView {
  @Field(() => ID, { description: 'The read.' })
  id!: string;

  @Field(() => ID, { description: 'The member of staff who read.' })
  staffPersonId!: string;

  @Field(() => String, {
    description:
      "For the office (staffReadLog): the staff member's role and name. For the person (staffReadsOfMyData): the team only, no name.",
  })
  staffName!: string;

  @Field(() => StaffTeam, { description: 'The team, and so the role, of the member of staff who read.' })
  team!: StaffTeam;

  @Field(() => StaffReadReason, { description: 'Why they read, from their role and what they read.' })
  reason!: StaffReadReason;

  @Field(() => ID, { description: 'The person, line or contact whose data was read.' })
  subjectId!: string;

  @Field(() => String, { description: 'What was read: the GraphQL field.' })
  what!: string;

  @Field(() => Date, { description: 'When.' })
  readAt!: Date;
}

export const StaffReadConnectionView = connectionType(
  StaffReadView,
  'StaffRead',
  'reads of personal data by staff',
  'newest first',
);
