/**
 * The curated seed file itself: the source documents with their full text, provenance that quotes its document
 * verbatim, and coreference merged into one node per entity. Loading it is test/db/seed-load.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { SEED_DIR } from '../../server/ingest/seed.js';
import { nodeById as byId, seed } from '../helpers/seed-graph.js';

describe('seed dataset', () => {
  it('holds the four source documents with their full text', () => {
    const documents = seed.nodes.filter((node) => node.type === 'Document');
    assert.equal(documents.length, 4);
    for (const document of documents) {
      const text = readFileSync(path.join(SEED_DIR, '..', 'documents', String(document.file)), 'utf8');
      assert.equal(document.text, text, `${document.id} text differs from seed/documents/${document.file}`);
    }
  });

  it('every evidence span is a verbatim quote of its document', () => {
    const items = [...seed.nodes, ...seed.relationships];
    for (const item of items) {
      for (const mention of item.mentions ?? []) {
        const text = byId.get(mention.document)?.text ?? '';
        assert.ok(text.includes(mention.evidence), `"${mention.evidence}" not found in ${mention.document}`);
      }
    }
  });

  it('gives provenance to every entity, and to every relationship a span or an inferred reason, never both', () => {
    for (const node of seed.nodes) {
      if (node.type !== 'Document') assert.ok((node.mentions ?? []).length > 0, `${node.id} has no mention`);
    }
    for (const relationship of seed.relationships) {
      const name = `${relationship.source} -${relationship.type}-> ${relationship.target}`;
      const quoted = (relationship.mentions ?? []).length > 0;
      const inferred = typeof relationship.inferred === 'string' && relationship.inferred.length > 0;
      assert.ok(quoted !== inferred, `${name}: mentions or inferred, exactly one`);
    }
  });

  it('cites no span that does not state the fact: the borrowed ones are inferred (issue 11)', () => {
    const rel = (source: string, type: string) =>
      seed.relationships.find((r) => r.source === source && r.type === type)!;
    // "Ocean University" says nothing of China; the HP-lab sentence says nothing of the faculty being part of it.
    assert.match(String(rel('ocean-university-of-china', 'LOCATED_IN').inferred), /^world knowledge/);
    assert.match(String(rel('faculty-of-information-science-and-engineering', 'PART_OF').inferred), /^world knowledge/);
    assert.match(
      String(rel('faculty-of-information-science-and-engineering', 'LOCATED_IN').inferred),
      /^the unit's parent/,
    );
    // A span that names the country stays: "the University of Aberdeen in the UK".
    assert.match(rel('university-of-aberdeen', 'LOCATED_IN').mentions![0]!.evidence, /in the UK/);
  });

  it('keeps bylines and the publishing office as document metadata, not entities (issue 11)', () => {
    const doc = byId.get('doc-003')!;
    assert.ok((doc.byline as string[]).includes('Correspondent: Wang Jinyao'));
    assert.equal(doc.source, 'Propaganda Department (News Center)');
    for (const name of ['Wang Jinyao', 'Zhu Yuyan', 'Li Xiaobai', 'Yan Yong', 'Propaganda Department (News Center)']) {
      assert.ok(!seed.nodes.some((node) => node.type !== 'Document' && node.name === name), name);
    }
    // Partyless policies and standards are no agreements; every agreement left has a party or a country.
    for (const name of ['Sydney Agreement', 'Belt and Road Initiative'])
      assert.ok(!seed.nodes.some((node) => node.name === name), name);
    for (const agreement of seed.nodes.filter((node) => node.type === 'Agreement')) {
      assert.ok(
        seed.relationships.some(
          (r) =>
            (r.type === 'PARTY_TO' && r.target === agreement.id) ||
            (r.type === 'WITH_COUNTRY' && r.source === agreement.id),
        ),
        agreement.id,
      );
    }
  });

  it('has no generic aliases: "the school (academy)" is no name of Qilu (issue 11)', () => {
    const qilu = byId.get('qilu-university-of-technology-shandong-academy-of-sciences')!;
    assert.deepEqual(qilu.aliases, ['Qilu University of Technology', 'Shandong Academy of Sciences']);
    // The coreference itself is kept in its mentions.
    assert.ok((qilu.mentions ?? []).some((m) => m.evidence.includes('The school (academy)')));
  });

  describe('coreference: one node per real-world entity', () => {
    /** Entities (not documents or events, whose titles quote names) with a name or alias matching. */
    const find = (pattern: RegExp, type = 'Institution') =>
      seed.nodes.filter(
        (node) => node.type === type && [node.name ?? '', ...(node.aliases ?? [])].some((name) => pattern.test(name)),
      );

    it('Gusekov, Gushakov and Gusakov are one person', () => {
      const people = find(/^Gus[a-z]*kov$/, 'Person');
      assert.equal(people.length, 1);
      const names = [people[0]!.name, ...(people[0]!.aliases ?? [])];
      for (const spelling of ['Gusekov', 'Gushakov', 'Gusakov']) assert.ok(names.includes(spelling), spelling);
    });

    it('Dudik and Dudiak Alexander Mikhailovich are one person', () => {
      assert.equal(find(/Dudi/, 'Person').length, 1);
    });

    it('the vocational college named two ways is one institution', () => {
      const colleges = find(/Shandong (Vocational College of Technology|Polytechnic Vocational College)/);
      assert.equal(colleges.length, 1);
    });

    it('"the school (academy)" of doc-000 is Qilu University of Technology of doc-003', () => {
      const qilu = find(/^Qilu University of Technology/).filter((node) => node.kind === 'university');
      assert.equal(qilu.length, 1);
      const documents = new Set((qilu[0]!.mentions ?? []).map((mention) => mention.document));
      assert.ok(documents.has('doc-000') && documents.has('doc-003'));
    });

    it('the faculty of doc-002 is part of Ocean University of China', () => {
      const faculty = find(/Faculty of Information Science and Engineering/)[0]!;
      const university = find(/^Ocean University of China$/)[0]!;
      assert.ok(
        seed.relationships.some((r) => r.type === 'PART_OF' && r.source === faculty.id && r.target === university.id),
      );
    });
  });
});
