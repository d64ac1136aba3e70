/**
 * The review queue against the real database, through the API: a submitted text's proposals wait apart from
 * the graph (every read, search, stats, network, neighbourhood, paths, export and analytics answer is the same
 * before and after a submission), decisions are checked and recorded, a commit loads exactly the accepted facts
 * with their evidence through the loader, rejected and pending ones appear nowhere, and a re-submission of the
 * same text proposes nothing already decided. Bad input gets a 4xx that names the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { FastifyInstance, InjectOptions } from 'fastify';

import type { Database } from '../../server/db/database.js';
import type {
  CommitResponse,
  Proposal,
  ProposalsResponse,
  ReviewDocument,
  SubmitResponse,
} from '../../core/contract/review.js';
import { API_KEY, graphCounts, isErrorBody, withKey } from '../helpers/api.js';
import { buildTestApp, loadSeed, openTestDatabase } from '../helpers/context.js';

const TEXT = `Ocean University of China signs cooperation agreement with University of Bergen
On 12 May 2024, Ocean University of China signed a memorandum of understanding with the University of Bergen in \
Norway. President LI Yuxia attended the signing ceremony. The two universities will set up a joint laboratory for \
marine science. A delegation of Kyoto Marine Institute also visited the university.`;

/** Every answer of the graph's reads that a submission must leave alone. */
const READS = [
  '/api/stats',
  '/api/network',
  '/api/network?types=Institution,Country,Agreement,Person,Event,Field',
  '/api/search?q=Bergen',
  '/api/search?q=Kyoto%20Marine',
  '/api/search?q=university',
  '/api/institutions?limit=500',
  '/api/agreements?limit=500',
  '/api/people?limit=500',
  '/api/documents?limit=500',
  '/api/institutions/ocean-university-of-china',
  '/api/neighborhood/ocean-university-of-china',
  '/api/partners/ocean-university-of-china',
  '/api/paths?from=ocean-university-of-china&to=heriot-watt-university',
  '/api/export?format=json',
  '/api/export?format=graphml',
  '/api/analytics/brokers',
  '/api/analytics/weak-spots',
  '/api/analytics/country-network',
  '/api/analytics/coverage-gaps?institution=ocean-university-of-china',
  '/api/analytics/recommendations?institution=ocean-university-of-china',
  '/api/analytics/field-country-matrix',
];

describe('review queue: from text to graph', () => {
  let db: Database;
  let app: FastifyInstance;
  let doc: string;
  let proposals: Proposal[];

  /**
   * One request; an overloaded process answers 503 (@fastify/under-pressure, when the test machine is busy),
   * which says nothing of the routes under test, so that answer alone is retried.
   */
  const inject = async (options: InjectOptions) => {
    for (let attempt = 0; ; attempt += 1) {
      const response = await app.inject(options);
      const overloaded = response.statusCode === 503 && response.body.includes('under too much load');
      if (!overloaded || attempt >= 30) return response;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  };
  const get = async <T>(url: string): Promise<T> => {
    const response = await inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response.json() as T;
  };
  const post = (url: string, payload?: unknown, key = true) =>
    inject({ method: 'POST', url, payload: payload as object, headers: key ? withKey() : {} });
  /** One after the other: the answers, each a 200 (an error body would compare equal to itself). */
  const answers = async () => {
    const bodies: string[] = [];
    for (const url of READS) {
      const response = await inject({ method: 'GET', url });
      assert.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 300)}`);
      bodies.push(response.body);
    }
    return bodies;
  };
  const byName = (name: string, kind = 'entity') => {
    const found = proposals.find((p) => p.name === name && p.kind === kind);
    assert.ok(found, `no ${kind} proposal "${name}" in ${proposals.map((p) => p.name).join('; ')}`);
    return found;
  };
  const decide = async (decisions: unknown[]) => {
    const response = await post(`/api/review/documents/${doc}/decisions`, { decisions });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { proposals: Proposal[] };
  };
  const reload = async () => {
    proposals = (await get<ProposalsResponse>(`/api/review/documents/${doc}/proposals`)).proposals;
  };

  before(async () => {
    db = openTestDatabase();
    await loadSeed(db);
    app = await buildTestApp(db, { COOPGRAPH_API_KEYS: API_KEY, COOPGRAPH_WRITE_RATE_LIMIT: '100000' });
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  it('queues a submitted text apart from the graph: every read answers exactly as before', async () => {
    const before = await answers();
    const counts = await graphCounts(db);
    const response = await post('/api/review/documents', { text: TEXT, owner: 'Ocean University of China' });
    assert.equal(response.statusCode, 200, response.body);
    const submitted = response.json() as SubmitResponse;
    doc = submitted.document.id;
    assert.match(doc, /^doc-[0-9a-f]{12}$/);
    assert.ok(submitted.proposed >= 10, `only ${submitted.proposed} proposals`);
    assert.equal(submitted.document.counts.pending, submitted.proposed);
    const after = await answers();
    READS.forEach((url, i) => assert.equal(after[i], before[i], `${url} changed after a submission`));
    const { nodes: _all, ...graph } = counts;
    const { nodes: _allAfter, ...graphAfter } = await graphCounts(db);
    assert.deepEqual(graphAfter, graph);
  });

  it('lists documents with counts by state, and a document with its text and sentences', async () => {
    const { documents } = await get<{ documents: Array<{ id: string; counts: Record<string, number> }> }>(
      '/api/review/documents',
    );
    const listed = documents.find((d) => d.id === doc);
    assert.ok(listed);
    assert.equal(listed.counts.accepted, 0);
    const document = await get<ReviewDocument>(`/api/review/documents/${doc}`);
    assert.equal(document.text, TEXT);
    assert.equal(document.owner, 'Ocean University of China');
    assert.equal(document.ownerGuessed, false);
    assert.ok(document.sentences.length >= 4);
  });

  it('lists proposals with verbatim evidence and candidates; a known institution resolves to its node', async () => {
    await reload();
    for (const proposal of proposals) {
      assert.ok(proposal.spans.length > 0, `${proposal.name} has no span`);
      for (const span of proposal.spans) assert.equal(TEXT.slice(span.start, span.end), span.text);
      for (const evidence of proposal.evidence) assert.ok(TEXT.includes(evidence), `not verbatim: ${evidence}`);
      assert.ok(proposal.confidence > 0 && proposal.confidence <= 1);
    }
    const ouc = byName('Ocean University of China');
    assert.equal(ouc.resolvedTo, 'ocean-university-of-china');
    assert.equal(ouc.candidates[0]?.id, 'ocean-university-of-china');
    const bergen = byName('University of Bergen');
    assert.equal(bergen.resolvedTo, null);
    assert.ok(bergen.candidates.length > 0, 'a similar existing university is offered');
    const sentences = proposals.map((p) => p.sentence);
    assert.deepEqual(
      sentences,
      [...sentences].sort((a, b) => a - b),
      'grouped by sentence',
    );
    const pending = await get<ProposalsResponse>(`/api/review/documents/${doc}/proposals?state=pending`);
    assert.equal(pending.proposals.length, proposals.length);
  });

  it('refuses bad input with a 4xx naming the field, and writes without the key', async () => {
    const cases: Array<[string, unknown, number, string]> = [
      ['/api/review/documents', {}, 400, 'text'],
      ['/api/review/documents', { text: '' }, 400, 'text'],
      ['/api/review/documents', { text: 'a\u0000b\u0001c\u0002'.repeat(50) }, 400, 'text'],
      ['/api/review/documents', { text: 'x '.repeat(260_000) }, 413, 'text'],
      ['/api/review/documents', { text: 'Some text.', format: 'pdf' }, 400, 'format'],
      ['/api/review/documents', { text: '<html><body><script>x</script></body></html>' }, 400, 'text'],
      [`/api/review/documents/${doc}/decisions`, { decisions: [] }, 400, 'decisions'],
      [
        `/api/review/documents/${doc}/decisions`,
        { decisions: [{ id: `${doc}:e-0000000000`, action: 'accept' }] },
        404,
        'decisions[0].id',
      ],
      [
        `/api/review/documents/${doc}/decisions`,
        { decisions: [{ id: 'nope', action: 'accept' }] },
        400,
        'decisions.0.id',
      ],
      [
        '/api/review/documents/doc-000000000000/decisions',
        { decisions: [{ id: `${doc}:e-0000000000`, action: 'accept' }] },
        404,
        'id',
      ],
      ['/api/review/documents/nope/commit', undefined, 400, 'id'],
      [`/api/review/documents/${doc}/commit`, undefined, 409, 'id'],
    ];
    for (const [url, payload, status, field] of cases) {
      const response = await post(url, payload);
      assert.equal(
        response.statusCode,
        status,
        `${url} ${String(JSON.stringify(payload)).slice(0, 80)}: ${response.body}`,
      );
      const body = response.json();
      assert.ok(isErrorBody(body));
      assert.equal(body.field, field, `${url}: ${body.message}`);
    }
    const bergen = byName('University of Bergen');
    const kyoto = byName('Kyoto Marine Institute');
    const party = byName('University of Bergen PARTY_TO Memorandum of Understanding', 'relation');
    const decisionCases: Array<[unknown, number, string]> = [
      [{ id: bergen.id, action: 'edit', kind: 'spaceship' }, 400, 'decisions[0].kind'],
      [{ id: bergen.id, action: 'edit', type: 'Country' }, 400, 'decisions[0].type'],
      [{ id: bergen.id, action: 'edit' }, 400, 'decisions[0].action'],
      [{ id: bergen.id, action: 'merge' }, 400, 'decisions[0].into'],
      [{ id: bergen.id, action: 'merge', into: 'no-such-node' }, 404, 'decisions[0].into'],
      [{ id: bergen.id, action: 'merge', into: 'country-cn' }, 400, 'decisions[0].into'],
      [{ id: party.id, action: 'merge', into: 'ocean-university-of-china' }, 400, 'decisions[0].action'],
      [{ id: party.id, action: 'edit', type: 'MENTIONED_IN' }, 400, 'decisions[0].type'],
      [{ id: party.id, action: 'edit', target: 'no-such-node' }, 404, 'decisions[0].target'],
      [{ id: kyoto.id, action: 'destroy' }, 400, 'decisions.0.action'],
    ];
    for (const [decision, status, field] of decisionCases) {
      const response = await post(`/api/review/documents/${doc}/decisions`, { decisions: [decision] });
      assert.equal(response.statusCode, status, `${JSON.stringify(decision)}: ${response.body}`);
      assert.equal(response.json().field, field, response.json().message);
    }
    const accept = { decisions: [{ id: bergen.id, action: 'accept' }] };
    const unkeyed = await post(`/api/review/documents/${doc}/decisions`, accept, false);
    assert.equal(unkeyed.statusCode, 401);
    assert.equal((await post('/api/review/documents', { text: TEXT }, false)).statusCode, 401);
    await reload();
    assert.ok(
      proposals.every((p) => p.state === 'pending'),
      'refused decisions recorded nothing',
    );
  });

  it('refuses a commit whose accepted relation has a pending end, and writes nothing', async () => {
    const party = byName('University of Bergen PARTY_TO Memorandum of Understanding', 'relation');
    await decide([{ id: party.id, action: 'accept' }]);
    const counts = await graphCounts(db);
    const response = await post(`/api/review/documents/${doc}/commit`);
    assert.equal(response.statusCode, 400, response.body);
    const body = response.json();
    assert.equal(body.field, 'source');
    assert.ok(body.problems >= 1 && body.errors[0].message.includes('pending'), body.message);
    assert.deepEqual(await graphCounts(db), counts);
    // Before any commit the graph is as it was: the same text again proposes nothing new, and not the decided one.
    const again = (await post('/api/review/documents', { text: TEXT, owner: 'Ocean University of China' })).json();
    assert.deepEqual([again.proposed, again.alreadyDecided], [0, 1]);
  });

  let committed: CommitResponse;
  it('commits exactly the accepted facts, with their evidence, into the graph and the analytics', async () => {
    const before = await answers();
    const ouc = byName('Ocean University of China');
    const bergen = byName('University of Bergen');
    const mou = byName('Memorandum of Understanding');
    const kyoto = byName('Kyoto Marine Institute');
    const oucParty = byName('Ocean University of China PARTY_TO Memorandum of Understanding', 'relation');
    const { proposals: decided } = await decide([
      { id: ouc.id, action: 'accept' },
      { id: bergen.id, action: 'accept' },
      { id: mou.id, action: 'edit', name: 'Ocean University of China - University of Bergen MoU' },
      { id: oucParty.id, action: 'accept' },
      { id: kyoto.id, action: 'reject' },
    ]);
    assert.deepEqual(decided.map((p) => p.state).sort(), ['accepted', 'accepted', 'accepted', 'edited', 'rejected']);
    const summary = await get<{ documents: Array<{ id: string; counts: Record<string, number> }> }>(
      '/api/review/documents',
    );
    const counts = summary.documents.find((d) => d.id === doc)!.counts;
    assert.deepEqual([counts.accepted, counts.edited, counts.rejected, counts.committed], [4, 1, 1, 0]);
    assert.deepEqual(await answers(), before, 'decisions alone change no answer of the graph');

    const response = await post(`/api/review/documents/${doc}/commit`);
    assert.equal(response.statusCode, 200, response.body);
    committed = response.json() as CommitResponse;
    assert.deepEqual(committed.committed, { entities: 3, relations: 2 });
    assert.equal(committed.document.counts.committed, 5);

    type Detail = { entity: { name: string; kind: string }; provenance: Array<{ document: string; evidence: string }> };
    const bergenNode = await get<Detail>('/api/institutions/university-of-bergen');
    assert.equal(bergenNode.entity.kind, 'university');
    assert.ok(bergenNode.provenance.some((p) => p.document === doc && TEXT.includes(p.evidence)));
    const agreements = await get<{ items: Array<{ id: string; name: string }> }>('/api/agreements?limit=500');
    const agreement = agreements.items.find((a) => a.name === 'Ocean University of China - University of Bergen MoU');
    assert.ok(agreement, 'the edited name is what the graph holds');
    const [edge] = await db.read('writes/find-relationship', {
      source: 'university-of-bergen',
      target: agreement.id,
      type: 'PARTY_TO',
      undirected: false,
    });
    const provenance = edge?.properties as { documents: string[]; evidence: string[]; role: string };
    assert.deepEqual(provenance.documents, [doc]);
    assert.ok(TEXT.includes(provenance.evidence[0]!));
    assert.equal(provenance.role, 'partner');
    const oucDoc = await get<Detail>('/api/institutions/ocean-university-of-china');
    assert.ok(
      oucDoc.provenance.some((p) => p.document === doc),
      'the known institution is cited, not duplicated',
    );
    const search = await get<{ hits: Array<{ name: string }> }>('/api/search?q=Ocean%20University%20of%20China');
    assert.equal(search.hits.filter((r) => r.name === 'Ocean University of China').length, 1);

    // The derivation ran: the two parties of the agreement now cooperate, in the network and the analytics.
    const network = await get<{ edges: Array<{ source: string; target: string; type: string }> }>('/api/network');
    assert.ok(
      network.edges.some(
        (e) =>
          e.type === 'COOPERATES_WITH' &&
          [e.source, e.target].sort().join() === 'ocean-university-of-china,university-of-bergen',
      ),
    );
    const gapsUrl = '/api/analytics/coverage-gaps?institution=university-of-bergen';
    const gaps = await inject({ method: 'GET', url: gapsUrl });
    assert.equal(gaps.statusCode, 200, gaps.body);

    // Rejected and pending proposals appear nowhere.
    for (const name of ['Kyoto Marine Institute', 'LI Yuxia', 'Signing Ceremony']) {
      const found = await get<{ hits: Array<{ name: string }> }>(`/api/search?q=${encodeURIComponent(name)}`);
      assert.equal(found.hits.filter((h) => h.name === name).length, 0, `${name} is in the graph`);
    }
    const kyotoReads = await inject({ method: 'GET', url: '/api/institutions/kyoto-marine-institute' });
    assert.equal(kyotoReads.statusCode, 404);
    const exported = await get<{ nodes: Array<{ id: string; name?: string }> }>('/api/export?format=json');
    assert.ok(!exported.nodes.some((n) => n.name === 'Kyoto Marine Institute' || n.name === 'LI Yuxia'));
    assert.ok(
      exported.nodes.some((n) => n.id === doc),
      'the document is in the graph with its text',
    );
  });

  it('re-submitting the same text proposes nothing already decided', async () => {
    const response = await post('/api/review/documents', { text: TEXT, owner: 'Ocean University of China' });
    assert.equal(response.statusCode, 200, response.body);
    const again = response.json() as SubmitResponse;
    assert.equal(again.document.id, doc);
    assert.ok(again.alreadyDecided >= 1 && again.alreadyDecided <= 6, String(again.alreadyDecided));
    assert.equal(again.document.submissions, 3);
    const decided = proposals.filter((p) => p.state !== 'pending');
    const earlier = new Set(proposals.map((p) => p.id));
    await reload();
    for (const before of decided) {
      assert.equal(proposals.find((p) => p.id === before.id)?.state, before.state, `${before.name} changed state`);
    }
    // The graph has grown since (what was committed is now known), so the extraction may see more; nothing it
    // proposes anew is a fact already decided.
    const fresh = proposals.filter((p) => !earlier.has(p.id));
    assert.equal(fresh.length, again.proposed);
    const said = new Set(decided.map((p) => `${p.kind}|${p.type}|${p.name}`));
    for (const p of fresh) assert.ok(!said.has(`${p.kind}|${p.type}|${p.name}`), `${p.name} proposed again`);
    assert.equal(byName('Kyoto Marine Institute').state, 'rejected');
    assert.equal(proposals.filter((p) => p.committed).length, 5);
    // Pending proposals of the first reading that this one no longer makes stay in the queue, still pending.
    assert.ok(again.pending + again.proposed <= proposals.filter((p) => p.state === 'pending').length);
  });

  it('merges a proposal into an existing node, and refuses decisions on what is committed', async () => {
    const kyoto = byName('Kyoto Marine Institute');
    await decide([{ id: kyoto.id, action: 'merge', into: 'heriot-watt-university' }]);
    const response = await post(`/api/review/documents/${doc}/commit`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual((response.json() as CommitResponse).committed, { entities: 1, relations: 0 });
    const heriot = await get<{ provenance: Array<{ document: string }> }>('/api/institutions/heriot-watt-university');
    assert.ok(heriot.provenance.some((p) => p.document === doc));
    const bergen = byName('University of Bergen');
    const reject = { decisions: [{ id: bergen.id, action: 'reject' }] };
    const refused = await post(`/api/review/documents/${doc}/decisions`, reject);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().field, 'decisions[0].id');
  });
});
