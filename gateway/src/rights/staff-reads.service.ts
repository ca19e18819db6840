import { isUUID } from 'class-validator';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type DataSource, type FindOptionsWhere, In, LessThan } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { checkPageSize, decodeCursor, encodeCursor, forwardPage } from '../common/cursor.js';
import { derivedId } from '../common/object-id.js';
import type { ConnectionPage } from '../common/page-info.js';
import { StaffRead } from '../common/staff-read.entity.js';
import { logStaffRead } from '../common/staff-reads.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { linesVisibleTo, Person, withProfiles } from '../identity/index.js';
import { StaffReadConnectionView, StaffReadView, staffReadReason, staffTeam } from './staff-read.types.js';

export { StaffReadConnectionView };

@ObjectType('RequestReport', {
  simpleResolvers: true,
  description: 'The requests of one type in one status, for the office report.',
})
export class RequestReportRowView {
  @Field(() => ID, { description: 'Stable: derived from the type and the status.' })
  id!: string;

  @Field(() => String, { description: 'The request type, such as access or erasure.' })
  type!: string;

  @Field(() => String, { description: 'The status, such as in-progress or completed.' })
  status!: string;

  @Field(() => Int, { description: 'How many requests.' })
  count!: number;

  @Field(() => Int, { description: 'Open requests past their deadline.' })
  overdue!: number;

  @Field(() => Int, { nullable: true, description: 'Median hours from receipt to answer, closed requests.' })
  medianHoursToAnswer!: number | null;
}

const readId = /^\d{1,18}$/;
const teamNames = {
  'customer-service': 'Customer service',
  'data-protection-office': 'Data protection office',
  'former-staff': 'Staff (no longer employed)',
} as const;

/** Who at the operator looked at whose data (the DPO's audit, and the person's own view), and the office's reports. */
export class StaffReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  /**
   * For the DPO: the log, newest first, optionally for one subject or one member of staff. The
   * reads of one subject are themselves a read of that subject (what staff looked at, and when).
   */
  async log(
    caller: PersonCaller,
    filter: { subjectId?: string | null; staffPersonId?: string | null },
    page: { first: number; after: string | null | undefined },
  ): Promise<ConnectionPage<StaffReadView>> {
    const read = await this.page(
      {
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.staffPersonId ? { staffPersonId: filter.staffPersonId } : {}),
      },
      page,
      { withNames: true },
    );
    // Logged once the page was read: a refused call (a cursor the gateway did not give) writes nothing.
    if (filter.subjectId && isUUID(filter.subjectId))
      await logStaffRead(this.dataSource.manager, caller, filter.subjectId, 'staffReadLog', this.clock.now());
    return read;
  }

  /** For a person: every read of their data, and of their lines', by staff. */
  async ofMe(
    caller: PersonCaller,
    page: { first: number; after: string | null | undefined },
  ): Promise<ConnectionPage<StaffReadView>> {
    const lines = await linesVisibleTo(this.dataSource.manager, caller.personId);
    // The person learns the team and why, not the name of the employee (data minimisation for the staff).
    return this.page({ subjectId: In([caller.personId, ...lines.map((line) => line.id)]) }, page, { withNames: false });
  }

  private async page(
    where: FindOptionsWhere<StaffRead>,
    { first, after }: { first: number; after: string | null | undefined },
    { withNames }: { withNames: boolean },
  ): Promise<ConnectionPage<StaffReadView>> {
    checkPageSize(first, 1000);
    const before = after ? decodeCursor('staff-read', after, readId) : undefined;
    const reads = await this.dataSource.getRepository(StaffRead).find({
      where: { ...where, ...(before ? { id: LessThan(before) } : {}) },
      order: { id: 'DESC' },
      take: first + 1,
    });
    const views = await this.views(reads.slice(0, first), withNames);
    return forwardPage(
      reads,
      first,
      (read) => encodeCursor('staff-read', String(read.id)),
      (read) => views.find((view) => view.id === derivedId('StaffRead', String(read.id))) as StaffReadView,
    );
  }

  async report(): Promise<RequestReportRowView[]> {
    const rows: { type: string; status: string; count: number; overdue: number; median: number | null }[] =
      await this.dataSource.query(
        `SELECT type, status, count(*)::int AS count,
           count(*) FILTER (WHERE status NOT IN ('completed', 'rejected') AND due_at < $1)::int AS overdue,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - received_at) / 3600)
             FILTER (WHERE closed_at IS NOT NULL) AS median
         FROM data_subject_request GROUP BY type, status ORDER BY type, status`,
        [this.clock.now()],
      );
    return rows.map((row) =>
      Object.assign(new RequestReportRowView(), {
        id: derivedId('RequestReport', row.type, row.status),
        type: row.type,
        status: row.status,
        count: row.count,
        overdue: row.overdue,
        medianHoursToAnswer: row.median === null ? null : Math.round(row.median),
      }),
    );
  }

  private async views(reads: StaffRead[], withNames: boolean): Promise<StaffReadView[]> {
    const found = await this.dataSource.getRepository(Person).find({
      where: { id: In([...new Set(reads.map((read) => read.staffPersonId))]) },
    });
    const named = withNames ? await withProfiles(this.dataSource.manager, this.vault, found) : [];
    const people = new Map(found.map((person) => [person.id, person]));
    const names = new Map(named.map((person) => [person.id, `: ${person.firstName} ${person.lastName}`]));
    return reads.map((read) => {
      const person = people.get(read.staffPersonId);
      const team = staffTeam(person?.staffRole);
      return Object.assign(new StaffReadView(), {
        id: derivedId('StaffRead', String(read.id)),
        staffPersonId: read.staffPersonId,
        staffName: `${teamNames[team]}${names.get(read.staffPersonId) ?? ''}`,
        team,
        reason: staffReadReason(team, read.what),
        subjectId: read.subjectId,
        what: read.what,
        readAt: read.readAt,
      });
    });
  }
}
