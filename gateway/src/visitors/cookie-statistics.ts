import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../common/errors.js';
import { derivedId } from '../common/object-id.js';

@ObjectType('CookieConsentDay', {
  simpleResolvers: true,
  description: 'The answers to the cookie banner of one site on one day (UTC): counts only, nobody named.',
})
export class CookieConsentDayView {
  @Field(() => ID, { description: 'Stable: derived from the day and the site.' })
  id!: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => String, { description: 'The site the banner ran on.' })
  site!: string;

  @Field(() => Int, { description: 'Answers with Accept all.' })
  acceptedAll!: number;

  @Field(() => Int, { description: 'Answers with Refuse all.' })
  refusedAll!: number;

  @Field(() => Int, { description: 'Answers chosen category by category.' })
  custom!: number;

  @Field(() => Int, { description: 'Answers that allowed preference cookies.' })
  preferencesAllowed!: number;

  @Field(() => Int, { description: 'Answers that allowed statistics cookies.' })
  statisticsAllowed!: number;

  @Field(() => Int, { description: 'Answers that allowed marketing and third-party advertising cookies.' })
  marketingAllowed!: number;

  @Field(() => Int, { description: 'Answers from a browser sending Global Privacy Control.' })
  globalPrivacyControl!: number;
}

const maxDays = 366;

/** The office's view of the banner: per site and day, how visitors answered (the `cookie_choice` rows). */
export async function cookieConsentStatistics(
  dataSource: DataSource,
  range: { from: Date; to: Date; site: string | null },
): Promise<CookieConsentDayView[]> {
  if (range.to <= range.from || range.to.getTime() - range.from.getTime() > maxDays * 86_400_000) {
    throw badUserInput(`Give a range of at most ${maxDays} days, ending after it starts.`, { field: 'to' });
  }
  const rows: Record<string, string | number>[] = await dataSource.query(
    `SELECT to_char(chosen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, site,
       count(*) FILTER (WHERE method = 'accept-all')::int AS "acceptedAll",
       count(*) FILTER (WHERE method = 'refuse-all')::int AS "refusedAll",
       count(*) FILTER (WHERE method = 'custom')::int AS custom,
       count(*) FILTER (WHERE preferences)::int AS "preferencesAllowed",
       count(*) FILTER (WHERE statistics)::int AS "statisticsAllowed",
       count(*) FILTER (WHERE marketing)::int AS "marketingAllowed",
       count(*) FILTER (WHERE global_privacy_control)::int AS "globalPrivacyControl"
     FROM cookie_choice
     WHERE chosen_at >= $1 AND chosen_at < $2 AND ($3::text IS NULL OR site = $3)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [range.from, range.to, range.site],
  );
  return rows.map((row) =>
    Object.assign(new CookieConsentDayView(), row, {
      id: derivedId('CookieConsentDay', String(row.day), String(row.site)),
    }),
  );
}
