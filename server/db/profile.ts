/**
 * Query profiles
 * ==============
 *
 * Runs a statement under `PROFILE` through the driver and sums what the plan did: database hits (the planner's
 * unit of work: a node, relationship or property read from the store) and the rows of each operator. The
 * db-lane tests bound the hits of the queries whose plans matter (a plan that starts from the wrong end costs
 * thousands of times more), and bench/queries.ts prints them for old and new queries side by side.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';

export interface Profile {
  dbHits: number;
  /** Rows the statement returned. */
  rows: number;
  records: Record<string, unknown>[];
  /** Largest row count of any operator: how much the plan expanded on the way. */
  maxOperatorRows: number;
  /** Operators, root first, as "Name(rows, hits)". */
  operators: string[];
  ms: number;
}

function walk(plan: ProfiledPlan, into: Profile): void {
  into.dbHits += plan.dbHits;
  into.maxOperatorRows = Math.max(into.maxOperatorRows, plan.rows);
  into.operators.push(`${plan.operatorType.replace(/@.*$/, '')}(${plan.rows}, ${plan.dbHits})`);
  for (const child of plan.children) walk(child, into);
}

/** PROFILEs `text` with `params` in a read transaction of `database`. */
export async function profile(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>,
): Promise<Profile> {
  const started = performance.now();
  const result = await driver.executeQuery(`PROFILE ${text}`, params, { database, routing: 'READ' });
  const ms = performance.now() - started;
  const plan = result.summary.profile;
  if (!plan) throw new Error('coopgraph: the server returned no profile');
  const records = result.records.map((record) => record.toObject());
  const out: Profile = { dbHits: 0, rows: records.length, records, maxOperatorRows: 0, operators: [], ms };
  walk(plan, out);
  return out;
}
