/**
 * npm run bench:extract [-- --set seed|dev|unseen|held|held2|held3|held4|all] [--details] [--guess-owner]
 * ===========================================================================================
 *
 * Measures the text extraction against references read by hand, in the loader's format:
 * - seed: the four texts of seed/documents against the curated seed dataset (the rules were tuned on them);
 * - dev: public pages of the same genre (bench/extract/pages, sources.json), annotated in bench/extract/reference;
 * - unseen: the part of those pages kept out of the tuning (none today: the second round's unseen pages were
 *   measured twice and are now dev pages);
 * - held: the third round's held-out pages, annotated before that round changed any rule, run once at its end;
 * - held2: the fourth round's fresh held-out pages, annotated before its model-backed extractor was written, run
 *   once per extractor at the round's end; a tuning set since then (the fifth round tunes on it, as on dev);
 * - held3: the fifth round's fresh held-out pages, annotated before any rule of that round changed, run once at its
 *   end; a tuning set since then (the sixth round tunes on it);
 * - held4: the sixth round's fresh held-out pages, annotated before any rule of that round changed, run once at its
 *   end.
 * Precision, recall and F1 per entity type and per relationship type, evidence accuracy (a proposal's evidence
 * contains the reference span) and time per 1,000 words. No database: the graph's names are not used, so
 * every entity must be found in the text itself. `--details` lists misses and extras (never use it on unseen or
 * held-out pages while tuning). `--guess-owner` leaves the owner out so that it must be guessed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { countryByCode } from '../core/countries.js';
import { toLoaderJson } from '../server/ingest/extract/output.js';
import { extractDocument } from '../server/ingest/extract/pipeline.js';
import { isAcronymOf, isShortForm, jaroWinkler } from '../server/ingest/extract/similarity.js';
import { normalise } from '../server/ingest/extract/text.js';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.join(ROOT, 'extract', 'pages');
const REFERENCE = path.join(ROOT, 'extract', 'reference');
const SEED = path.join(ROOT, '..', 'seed');

interface RefNode {
  id: string;
  type: string;
  name?: string;
  code?: string;
  aliases?: string[];
  mentions?: Array<{ document: string; evidence: string }>;
}
interface RefRelationship {
  type: string;
  source: string;
  target: string;
  mentions?: Array<{ document: string; evidence: string }>;
}
type SetName = 'seed' | 'dev' | 'unseen' | 'held' | 'held2' | 'held3' | 'held4';
const SETS: SetName[] = ['seed', 'dev', 'unseen', 'held', 'held2', 'held3', 'held4'];
/** Held-out sets: scored, never read (no misses and extras). */
const HELD_OUT: SetName[] = ['held', 'held4'];

interface Case {
  set: SetName;
  id: string;
  text: string;
  owner?: string;
  nodes: RefNode[];
  relationships: RefRelationship[];
}

const SEED_OWNERS: Record<string, string> = {
  'doc-000': 'Qilu University of Technology (Shandong Academy of Sciences)',
  'doc-001': 'Shandong Vocational College of Technology',
  'doc-002': 'Faculty of Information Science and Engineering',
  'doc-003': 'Qilu University of Technology (Shandong Academy of Sciences)',
};

function seedCases(): Case[] {
  const data = JSON.parse(readFileSync(path.join(SEED, 'data', 'coopgraph.json'), 'utf8')) as {
    nodes: RefNode[];
    relationships: RefRelationship[];
  };
  return data.nodes
    .filter((node) => node.type === 'Document')
    .map((doc) => {
      const file = (doc as unknown as { file: string }).file;
      const mentionsDoc = (item: { mentions?: Array<{ document: string }> }) =>
        item.mentions?.some((m) => m.document === doc.id) ?? false;
      return {
        set: 'seed' as const,
        id: doc.id,
        text: readFileSync(path.join(SEED, 'documents', file), 'utf8'),
        owner: SEED_OWNERS[doc.id],
        nodes: data.nodes.filter((node) => node.type !== 'Document' && mentionsDoc(node)),
        relationships: data.relationships.filter(mentionsDoc),
      };
    });
}

function pageCases(): Case[] {
  const sources = JSON.parse(readFileSync(path.join(PAGES, 'sources.json'), 'utf8')) as Array<{
    id: string;
    split: Exclude<SetName, 'seed'>;
    owner?: string;
  }>;
  return sources.map((source) => {
    const reference = JSON.parse(readFileSync(path.join(REFERENCE, `${source.id}.json`), 'utf8')) as {
      nodes: RefNode[];
      relationships: RefRelationship[];
    };
    return {
      set: source.split,
      id: source.id,
      text: readFileSync(path.join(PAGES, `${source.id}.txt`), 'utf8'),
      owner: source.owner,
      nodes: reference.nodes.filter((node) => node.type !== 'Document'),
      relationships: reference.relationships,
    };
  });
}

/* ---------------------------------------------------------------------------------------------------------------
 * Matching
 * ------------------------------------------------------------------------------------------------------------ */

const namesOf = (node: RefNode) => {
  if (node.type === 'Country') return [node.code ?? ''];
  return [node.name ?? '', ...(node.aliases ?? [])].filter(Boolean);
};

/** How well a proposed node matches a reference node (0 = not at all). */
function matchScore(proposed: RefNode, reference: RefNode, text: string): number {
  if (proposed.type !== reference.type) return 0;
  if (proposed.type === 'Country') return proposed.code === reference.code ? 1 : 0;
  const ours = namesOf(proposed);
  const theirs = namesOf(reference);
  let best = 0;
  for (const a of ours) {
    for (const b of theirs) {
      const x = normalise(a);
      const y = normalise(b);
      if (x === y) return 1;
      if (/^[A-Z]{2,8}$/.test(a) && isAcronymOf(a, b)) best = Math.max(best, 0.9);
      if (/^[A-Z]{2,8}$/.test(b) && isAcronymOf(b, a)) best = Math.max(best, 0.9);
      if (isShortForm(a, b) || isShortForm(b, a)) best = Math.max(best, 0.85);
      const jw = jaroWinkler(x, y);
      if (jw >= 0.9) best = Math.max(best, jw * 0.95);
      const wa = new Set(x.split(' '));
      const wb = new Set(y.split(' '));
      const shared = [...wa].filter((w) => wb.has(w)).length;
      const jaccard = shared / new Set([...wa, ...wb]).size;
      if (jaccard >= 0.6) best = Math.max(best, 0.6 + jaccard * 0.2);
    }
  }
  // Agreements and events are often unnamed: the same kind of thing proposed from the same sentence.
  if (best === 0 && (proposed.type === 'Agreement' || proposed.type === 'Event')) {
    const sameSentence = (proposed.mentions ?? []).some((p) =>
      (reference.mentions ?? []).some((r) => p.evidence.includes(r.evidence) || r.evidence.includes(p.evidence)),
    );
    const kind = (node: RefNode) => (node as unknown as { kind?: string }).kind;
    if (sameSentence && kind(proposed) === kind(reference)) best = 0.6;
  }
  void text;
  return best;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const bump = (table: Map<string, Counts>, key: string, field: keyof Counts) => {
  const counts = table.get(key) ?? zero();
  counts[field]++;
  table.set(key, counts);
};

interface Result {
  entities: Map<string, Counts>;
  relations: Map<string, Counts>;
  evidence: { checked: number; correct: number };
  words: number;
  seconds: number;
  details: string[];
}

function evaluate(proposedNodes: RefNode[], proposedRels: RefRelationship[], item: Case, result: Result): void {
  // One-to-one assignment, best pairs first.
  const pairs: Array<{ p: RefNode; r: RefNode; score: number }> = [];
  for (const p of proposedNodes)
    for (const r of item.nodes) {
      const score = matchScore(p, r, item.text);
      if (score > 0) pairs.push({ p, r, score });
    }
  pairs.sort((a, b) => b.score - a.score);
  const ofProposed = new Map<string, string>();
  const usedReference = new Set<string>();
  for (const { p, r } of pairs) {
    if (ofProposed.has(p.id) || usedReference.has(r.id)) continue;
    ofProposed.set(p.id, r.id);
    usedReference.add(r.id);
    bump(result.entities, p.type, 'tp');
    result.evidence.checked++;
    const ok = (p.mentions ?? []).some((pm) =>
      (r.mentions ?? []).some((rm) => rm.document === item.id && pm.evidence.includes(rm.evidence)),
    );
    if (ok) result.evidence.correct++;
  }
  for (const p of proposedNodes) {
    if (ofProposed.has(p.id)) continue;
    // A second proposal for an already matched reference (a duplicate) is a false positive too.
    bump(result.entities, p.type, 'fp');
    result.details.push(`${item.id}  + ${p.type} ${p.type === 'Country' ? p.code : p.name}`);
  }
  for (const r of item.nodes) {
    if (usedReference.has(r.id)) continue;
    bump(result.entities, r.type, 'fn');
    result.details.push(`${item.id}  - ${r.type} ${r.type === 'Country' ? r.code : r.name}`);
  }
  // Relations: the same type between the matched endpoints (COOPERATES_WITH in either direction).
  const refKeys = new Map<string, RefRelationship>();
  for (const r of item.relationships) refKeys.set(`${r.source}|${r.type}|${r.target}`, r);
  const matched = new Set<string>();
  for (const p of proposedRels) {
    if (p.type === 'MENTIONED_IN') continue;
    const s = ofProposed.get(p.source);
    const t = ofProposed.get(p.target);
    const key = s && t ? `${s}|${p.type}|${t}` : '';
    const reverse = s && t ? `${t}|${p.type}|${s}` : '';
    const hit =
      refKeys.has(key) && !matched.has(key)
        ? key
        : p.type === 'COOPERATES_WITH' && refKeys.has(reverse) && !matched.has(reverse)
          ? reverse
          : '';
    if (hit) {
      matched.add(hit);
      bump(result.relations, p.type, 'tp');
      result.evidence.checked++;
      const ref = refKeys.get(hit)!;
      if (
        (p.mentions ?? []).some((pm) =>
          (ref.mentions ?? []).some((rm) => rm.document === item.id && pm.evidence.includes(rm.evidence)),
        )
      )
        result.evidence.correct++;
    } else {
      bump(result.relations, p.type, 'fp');
      const name = (id: string) => proposedNodes.find((n) => n.id === id)?.name ?? id;
      result.details.push(`${item.id}  + ${p.type} ${name(p.source)} -> ${name(p.target)}`);
    }
  }
  for (const [key, r] of refKeys) {
    if (matched.has(key)) continue;
    bump(result.relations, r.type, 'fn');
    const name = (id: string) => {
      const node = item.nodes.find((n) => n.id === id);
      return node?.type === 'Country' ? (countryByCode(node.code ?? '')?.name ?? id) : (node?.name ?? id);
    };
    result.details.push(`${item.id}  - ${r.type} ${name(r.source)} -> ${name(r.target)}`);
  }
}

/* ---------------------------------------------------------------------------------------------------------------
 * Report
 * ------------------------------------------------------------------------------------------------------------ */

const f1 = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const total = (table: Map<string, Counts>) =>
  [...table.values()].reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), zero());
const pct = (value: number) => value.toFixed(2);

function printTable(title: string, table: Map<string, Counts>): void {
  console.log(`\n  ${title.padEnd(18)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp  fp  fn`);
  for (const [key, counts] of [...table.entries()].sort()) {
    const { p, r, f } = f1(counts);
    console.log(
      `  ${key.padEnd(18)} ${pct(p).padStart(5)} ${pct(r).padStart(5)} ${pct(f).padStart(5)}  ${String(counts.tp).padStart(3)} ${String(counts.fp).padStart(3)} ${String(counts.fn).padStart(3)}`,
    );
  }
  const all = total(table);
  const { p, r, f } = f1(all);
  console.log(
    `  ${'all (micro)'.padEnd(18)} ${pct(p).padStart(5)} ${pct(r).padStart(5)} ${pct(f).padStart(5)}  ${String(all.tp).padStart(3)} ${String(all.fp).padStart(3)} ${String(all.fn).padStart(3)}`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'seed,dev' },
      details: { type: 'boolean', default: false },
      'guess-owner': { type: 'boolean', default: false },
    },
  });
  const wanted: string[] = values.set === 'all' ? SETS : values.set!.split(',');
  const unknown = wanted.filter((set) => !(SETS as string[]).includes(set));
  if (unknown.length > 0) throw new Error(`--set: unknown set ${unknown.join(', ')} (${SETS.join(', ')} or all)`);
  // The held-out pages are scored, never read: no misses and extras for them.
  const heldOut = wanted.filter((set) => (HELD_OUT as string[]).includes(set));
  if (values.details && heldOut.length > 0) throw new Error(`--details: not on a held-out set (${heldOut.join(', ')})`);
  const cases = [...seedCases(), ...pageCases()].filter((item) => wanted.includes(item.set));
  // Warm-up: the first call compiles the gazetteers' patterns; it is not part of the time per 1,000 words.
  await extractDocument({
    text: 'Ocean University of China signed an agreement with Heriot-Watt University in the UK.',
  });
  for (const set of wanted) {
    const items = cases.filter((item) => item.set === set);
    if (items.length === 0) continue;
    const result: Result = {
      entities: new Map(),
      relations: new Map(),
      evidence: { checked: 0, correct: 0 },
      words: 0,
      seconds: 0,
      details: [],
    };
    for (const item of items) {
      const started = performance.now();
      const extraction = await extractDocument({
        id: item.id,
        text: item.text,
        ...(item.owner && !values['guess-owner'] ? { owner: item.owner } : {}),
      });
      const output = toLoaderJson([extraction]);
      result.seconds += (performance.now() - started) / 1000;
      result.words += item.text.split(/\s+/).filter(Boolean).length;
      const nodes = output.nodes.filter((node) => node.type !== 'Document') as unknown as RefNode[];
      evaluate(nodes, output.relationships as unknown as RefRelationship[], item, result);
    }
    const entities = f1(total(result.entities));
    const relations = f1(total(result.relations));
    console.log(
      `\n== ${set}: ${items.length} texts, ${result.words} words${values['guess-owner'] ? ', owner guessed' : ', owner given'}`,
    );
    printTable('entity type', result.entities);
    printTable('relation type', result.relations);
    console.log(
      `\n  entity F1 ${pct(entities.f)}, relation F1 ${pct(relations.f)}, evidence accuracy ${pct(result.evidence.correct / Math.max(1, result.evidence.checked))} (${result.evidence.correct}/${result.evidence.checked})`,
    );
    console.log(
      `  proposals a reviewer would reject: ${pct(1 - f1(total(new Map([...result.entities, ...[...result.relations].map(([k, v]) => [`r:${k}`, v] as [string, Counts])]))).p)}`,
    );
    console.log(
      `  time: ${((result.seconds / result.words) * 1000 * 1000).toFixed(1)} ms per 1,000 words (${result.seconds.toFixed(2)} s in all, after a warm-up)`,
    );
    if (values.details) for (const line of result.details) console.log(`  ${line}`);
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
