// The insights query, in plain SQL both databases read alike. It imports no query builder and no
// driver, so `npm run insights` can read a log of millions of rows without loading either: every
// figure comes from the running daily counts, and each list is bounded whatever the traffic.

export const DAY_MS = 86_400_000;

/** The UTC day number of a time. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** What /insights and `npm run insights` show, for days `fromDay` to `toDay` (UTC day numbers). */
export interface InsightsData {
  fromDay: number;
  toDay: number;
  totals: { questions: number; answered: number; unanswered: number; up: number; down: number };
  perDay: { day: number; answered: number; unanswered: number; up: number; down: number }[];
  perTransport: { transport: string; count: number }[];
  unanswered: { groupKey: string; count: number; example: string; examples: string[] }[];
  worstRated: { answerKey: string; up: number; down: number; example: string }[];
  topFacts: { factId: string; count: number }[];
}

export interface InsightsQuery {
  fromDay: number;
  toDay: number;
  /** Rows per list (unanswered groups, worst rated, facts). */
  limit: number;
  /** Rewordings kept per unanswered group. */
  examplesPerGroup?: number;
}

/** Runs one statement written with `?` placeholders and returns its rows. */
export type RunQuery = (text: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * How many of each day's most asked unanswered groups are candidates for the period's list, per row
 * of the list. A group that never made any day's candidates cannot lead the period, unless the
 * traffic is spread so thin that no group stands out; the work stays bounded by days × this × limit
 * however many different questions went unanswered.
 */
const CANDIDATES_PER_ROW = 4;

/** `?` placeholders as PostgreSQL writes them: `$1`, `$2`, … (no statement here quotes a `?`). */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * `lateral`: the database can fetch every listed row's examples in one statement (PostgreSQL, where
 * each statement is a trip to the server); without it, one statement each (SQLite, in-process).
 */
export async function readInsights(
  run: RunQuery,
  query: InsightsQuery,
  options: { lateral?: boolean } = {},
): Promise<InsightsData> {
  const { fromDay, toDay, limit } = query;
  const range = [fromDay, toDay];
  const days: number[] = [];
  for (let day = fromDay; day <= toDay; day++) days.push(day);
  const candidates = Math.max(1, limit * CANDIDATES_PER_ROW);
  // Each day's leading groups through the (day, count) index, then their exact counts for the period.
  const perDayCandidates = days
    .map(
      (_, i) =>
        `select * from (select group_key from unanswered_days where day = ? and count > 0 order by count desc limit ${candidates}) as d${i}`,
    )
    .join(" union ");

  const [dayRows, voteRows, groupRows, ratedRows, factRows] = await Promise.all([
    run(
      "select day, transport, answered, sum(count) as total from question_days where day >= ? and day <= ? group by day, transport, answered",
      range,
    ),
    run(
      "select day, sum(up) as up, sum(down) as down from vote_days where day >= ? and day <= ? group by day",
      range,
    ),
    days.length === 0
      ? Promise.resolve([])
      : run(
          `select group_key, sum(count) as total from unanswered_days where day >= ? and day <= ? and group_key in (${perDayCandidates}) group by group_key having sum(count) > 0 order by total desc, group_key limit ?`,
          [...range, ...days, limit],
        ),
    run(
      "select answer_key, sum(up) as up, sum(down) as down from rating_days where day >= ? and day <= ? group by answer_key having sum(down) > 0 order by sum(down) - sum(up) desc, sum(down) desc, answer_key limit ?",
      [...range, limit],
    ),
    run(
      "select fact_id, sum(count) as total from fact_days where day >= ? and day <= ? group by fact_id having sum(count) > 0 order by total desc, fact_id limit ?",
      [...range, limit],
    ),
  ]);

  const fromMs = fromDay * DAY_MS;
  const toMs = (toDay + 1) * DAY_MS;
  const examplesPerGroup = query.examplesPerGroup ?? 3;
  // The examples: a few recent questions of each listed group, and one of each worst-rated answer,
  // through the (group, time) and (answer, time) indexes, a bounded number of rows each.
  const groupKeys = groupRows.map((g) => String(g.group_key));
  const answerKeys = ratedRows.map((w) => String(w.answer_key));
  const perGroup = examplesPerGroup * 4;
  let groupExamples: Map<string, string[]>;
  let answerExamples: Map<string, string[]>;
  if (options.lateral) {
    const byKey = (rows: Record<string, unknown>[]) => {
      const map = new Map<string, string[]>();
      for (const row of rows) {
        const key = String(row.key);
        map.set(key, [...(map.get(key) ?? []), String(row.question)]);
      }
      return map;
    };
    [groupExamples, answerExamples] = await Promise.all([
      groupKeys.length === 0
        ? new Map<string, string[]>()
        : run(
            "select k.key, e.question from unnest(?::text[]) with ordinality as k(key, n) cross join lateral (select question, asked_at from questions where group_key = k.key and asked_at >= ? and asked_at < ? order by asked_at desc limit ?) as e order by k.n, e.asked_at desc",
            [groupKeys, fromMs, toMs, perGroup],
          ).then(byKey),
      answerKeys.length === 0
        ? new Map<string, string[]>()
        : run(
            "select k.key, e.question from unnest(?::text[]) as k(key) cross join lateral (select question from questions where answer_key = k.key and asked_at < ? order by asked_at desc limit 1) as e",
            [answerKeys, toMs],
          ).then(byKey),
    ]);
  } else {
    const each = async (keys: string[], text: string, params: (key: string) => unknown[]) =>
      new Map(
        await Promise.all(
          keys.map(
            async (key) => [key, (await run(text, params(key))).map((r) => String(r.question))] as const,
          ),
        ),
      );
    [groupExamples, answerExamples] = await Promise.all([
      each(
        groupKeys,
        "select question from questions where group_key = ? and asked_at >= ? and asked_at < ? order by asked_at desc limit ?",
        (key) => [key, fromMs, toMs, perGroup],
      ),
      each(
        answerKeys,
        "select question from questions where answer_key = ? and asked_at < ? order by asked_at desc limit 1",
        (key) => [key, toMs],
      ),
    ]);
  }
  const unanswered = groupRows.map((g) => {
    const groupKey = String(g.group_key);
    const examples = [...new Set(groupExamples.get(groupKey) ?? [])].slice(0, examplesPerGroup);
    return { groupKey, count: Number(g.total), example: examples[0] ?? "", examples };
  });
  const worstRated = ratedRows.map((w) => {
    const answerKey = String(w.answer_key);
    return {
      answerKey,
      up: Number(w.up),
      down: Number(w.down),
      example: answerExamples.get(answerKey)?.[0] ?? "",
    };
  });

  const perDay = new Map<number, InsightsData["perDay"][number]>();
  for (const day of days) perDay.set(day, { day, answered: 0, unanswered: 0, up: 0, down: 0 });
  const perTransport = new Map<string, number>();
  for (const row of dayRows) {
    const entry = perDay.get(Number(row.day));
    const count = Number(row.total);
    if (entry) {
      if (Number(row.answered) === 1) entry.answered += count;
      else entry.unanswered += count;
    }
    const transport = String(row.transport);
    perTransport.set(transport, (perTransport.get(transport) ?? 0) + count);
  }
  for (const row of voteRows) {
    const entry = perDay.get(Number(row.day));
    if (entry) {
      entry.up += Number(row.up);
      entry.down += Number(row.down);
    }
  }
  const perDayList = [...perDay.values()];
  const sum = (f: (d: InsightsData["perDay"][number]) => number) => perDayList.reduce((n, d) => n + f(d), 0);
  return {
    fromDay,
    toDay,
    totals: {
      questions: sum((d) => d.answered + d.unanswered),
      answered: sum((d) => d.answered),
      unanswered: sum((d) => d.unanswered),
      up: sum((d) => d.up),
      down: sum((d) => d.down),
    },
    perDay: perDayList,
    perTransport: [...perTransport]
      .filter(([, count]) => count > 0)
      .map(([transport, count]) => ({ transport, count }))
      .sort((a, b) => b.count - a.count || a.transport.localeCompare(b.transport)),
    unanswered,
    worstRated,
    topFacts: factRows.map((f) => ({ factId: String(f.fact_id), count: Number(f.total) })),
  };
}
