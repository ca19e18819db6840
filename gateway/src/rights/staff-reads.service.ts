import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type DataSource, In } from 'typeorm';
import type { PersonCaller } from '../common/caller.js';
import type { Clock } from '../common/clock.js';
import { badUserInput } from '../common/errors.js';
import { StaffRead } from '../common/staff-read.entity.js';
import type { PersonalDataVault } from '../database/personal-data-vault.js';
import { linesVisibleTo, Person, withProfiles } from '../identity/index.js';

@ObjectType('StaffRead', { simpleResolvers: true, description: 'A read of personal data by a member of staff.' })
export class StaffReadView {
  @Field(() => ID)
  staffPersonId!: string;

  @Field(() => String, { description: "The staff member's role and name, as the person is shown it." })
  staffName!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { description: 'What was read: the GraphQL field.' })
  what!: string;

  @Field(() => Date)
  readAt!: Date;
}

@ObjectType('RequestReport', { simpleResolvers: true })
export class RequestReportRowView {
  @Field(() => String)
  type!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Open requests past their deadline.' })
  overdue!: number;

  @Field(() => Int, { nullable: true, description: 'Median hours from receipt to answer, closed requests.' })
  medianHoursToAnswer!: number | null;
}

const roleNames = { 'data-protection-officer': 'Data protection office', 'customer-service-agent': 'Customer service' };

/** Who at the operator looked at whose data (the DPO's audit, and the person's own view), and the office's reports. */
export class StaffReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  /** For the DPO: the log, newest first, optionally for one subject or one member of staff. */
  async log(
    filter: { subjectId?: string | null; staffPersonId?: string | null },
    first: number,
  ): Promise<StaffReadView[]> {
    if (first < 1 || first > 1000) throw badUserInput('first is 1 to 1000.', { field: 'first' });
    const reads = await this.dataSource.getRepository(StaffRead).find({
      where: {
        ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
        ...(filter.staffPersonId ? { staffPersonId: filter.staffPersonId } : {}),
      },
      order: { id: 'DESC' },
      take: first,
    });
    return this.views(reads);
  }

  /** For a person: every read of their data, and of their lines', by staff. */
  async ofMe(caller: PersonCaller): Promise<StaffReadView[]> {
    const lines = await linesVisibleTo(this.dataSource.manager, caller.personId);
    const reads = await this.dataSource.getRepository(StaffRead).find({
      where: { subjectId: In([caller.personId, ...lines.map((line) => line.id)]) },
      order: { id: 'DESC' },
      take: 500,
    });
    return this.views(reads);
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
        type: row.type,
        status: row.status,
        count: row.count,
        overdue: row.overdue,
        medianHoursToAnswer: row.median === null ? null : Math.round(row.median),
      }),
    );
  }

  private async views(reads: StaffRead[]): Promise<StaffReadView[]> {
    const staff = await withProfiles(
      this.dataSource.manager,
      this.vault,
      await this.dataSource.getRepository(Person).find({
        where: { id: In([...new Set(reads.map((read) => read.staffPersonId))]) },
      }),
    );
    const names = new Map(
      staff.map((person) => [
        person.id,
        `${person.staffRole ? roleNames[person.staffRole] : 'Staff'}: ${person.firstName} ${person.lastName}`,
      ]),
    );
    return reads.map((read) =>
      Object.assign(new StaffReadView(), {
        staffPersonId: read.staffPersonId,
        staffName: names.get(read.staffPersonId) ?? 'Staff (no longer employed)',
        subjectId: read.subjectId,
        what: read.what,
        readAt: read.readAt,
      }),
    );
  }
}
