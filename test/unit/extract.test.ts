/**
 * The text extraction pipeline without a database: exact offsets, glued sentences, country compounds, owner
 * resolution (given and guessed), topology, transliteration variants and resolution against graph names, and
 * output that the loader's reader and validator accept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { findCountries } from '../../server/ingest/extract/gazetteer/countries.js';
import { toLoaderJson } from '../../server/ingest/extract/output.js';
import { Gazetteer, extractDocument } from '../../server/ingest/extract/pipeline.js';
import { splitSentences } from '../../server/ingest/extract/sentences.js';
import { isAcronymOf, transliterationVariant } from '../../server/ingest/extract/similarity.js';
import { NotTextError, toPlainText } from '../../server/ingest/extract/source.js';
import { parseJsonDataset } from '../../server/ingest/read.js';
import { validate } from '../../server/ingest/validate.js';

const codes = (text: string) => findCountries(text).map((m) => m.code);

describe('sentences', () => {
  it('keeps exact offsets, splits glued sentences and keeps abbreviations whole', () => {
    const text =
      'It set up a Representative Office in Oceania.Two centres were approved.In the past, Dr. Li met Prof. Wang on Oct. 21 in the U.S. and left.\nHeadline without a period\n1) first item 2) second item';
    const sentences = splitSentences(text);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'It set up a Representative Office in Oceania.',
        'Two centres were approved.',
        'In the past, Dr. Li met Prof. Wang on Oct. 21 in the U.S. and left.',
        'Headline without a period',
        '1) first item',
        '2) second item',
      ],
    );
  });
});

describe('country gazetteer', () => {
  it('reads compounds: Sino-French is China and France, Sino-foreign is nobody', () => {
    assert.deepEqual(codes('a Sino-French programme'), ['CN', 'FR']);
    assert.deepEqual(codes('Sino-foreign cooperative education'), []);
    assert.deepEqual(codes('China-UK and Sino Korean programmes'), ['CN', 'GB', 'CN', 'KR']);
    assert.deepEqual(codes('Ecole Centrale de Nantes in France, a German company'), ['FR', 'DE']);
  });
});

describe('similarity', () => {
  it('knows transliteration variants and acronyms', () => {
    assert.ok(transliterationVariant('Gusakov', 'Gushakov'));
    assert.ok(transliterationVariant('Gusekov', 'Gusakov'));
    assert.ok(!transliterationVariant('Gusakov', 'Aldoshin'));
    assert.ok(isAcronymOf('SDU', 'Shandong University'));
    assert.ok(isAcronymOf('CAS', 'Chinese Academy of Sciences'));
    assert.ok(!isAcronymOf('CAS', 'Ocean University of China'));
  });
});

describe('extractDocument', () => {
  it('gives every mention and relation an evidence span that is exactly the text', async () => {
    const text =
      'The university signed a memorandum of understanding with Heriot-Watt University in the UK.Two joint laboratories followed.';
    const extraction = await extractDocument({ text, owner: 'Ocean University of China' });
    for (const entity of extraction.entities)
      for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const relation of extraction.relations)
      assert.equal(text.slice(relation.evidence.start, relation.evidence.end), relation.evidence.text);
    const heriot = extraction.entities.find((e) => e.name === 'Heriot-Watt University');
    assert.ok(heriot);
    const uk = extraction.entities.find((e) => e.code === 'GB')!;
    assert.ok(
      extraction.relations.some((r) => r.type === 'LOCATED_IN' && r.source === heriot.key && r.target === uk.key),
    );
  });

  it('resolves "we", "our college" and the acronym to the owner given on upload', async () => {
    const text =
      'We signed a cooperation agreement with Lincoln College University, Malaysia. Our college hosted the talks. SVCT will expand.';
    const extraction = await extractDocument({ text, owner: 'Shandong Vocational College of Technology' });
    const owner = extraction.entities.find((e) => e.owner)!;
    assert.equal(owner.name, 'Shandong Vocational College of Technology');
    assert.equal(owner.ownerGuessed, false);
    assert.deepEqual(
      owner.mentions.map((m) => m.text),
      ['We', 'Our college', 'SVCT'],
    );
    assert.equal(extraction.owner?.id, 'shandong-vocational-college-of-technology');
  });

  it('guesses the owner from the first sentence and says it is a guess', async () => {
    const text =
      'Zhejiang Shuren University has established cooperative relations with universities in Japan. The university also hosts forums.';
    const extraction = await extractDocument({ text });
    assert.equal(extraction.owner?.name, 'Zhejiang Shuren University');
    assert.equal(extraction.owner?.guessed, true);
    const owner = extraction.entities.find((e) => e.owner)!;
    assert.ok(owner.mentions.some((m) => m.text === 'The university'));
    const japan = extraction.entities.find((e) => e.code === 'JP')!;
    assert.ok(
      extraction.relations.some(
        (r) => r.type === 'COOPERATES_WITH' && r.source === owner.key && r.target === japan.key,
      ),
    );
  });

  it('merges a surname and transliteration variants into one person', async () => {
    const text =
      'The event was attended by Gusekov, the Chairman of the International Association of Academies of Sciences. In his speech, Gushakov expressed thanks. Gusakov pressed the button.';
    const extraction = await extractDocument({ text });
    const people = extraction.entities.filter((e) => e.type === 'Person');
    assert.equal(people.length, 1);
    assert.deepEqual([people[0]!.name, ...people[0]!.aliases].sort(), ['Gusakov', 'Gusekov', 'Gushakov']);
    const affiliation = extraction.relations.find((r) => r.type === 'AFFILIATED_WITH')!;
    assert.equal(affiliation.properties.title, 'Chairman');
  });

  it('marks a lab between two parties joint and a programme with partners in several countries hub', async () => {
    const text =
      'This includes the joint business intelligence laboratory between Ocean University and SNP, a German company. ' +
      'The faculty runs joint training programs with the University of Aberdeen in the UK, the University of Texas in the US.';
    const extraction = await extractDocument({ text, owner: 'Faculty of Information Science and Engineering' });
    const lab = extraction.entities.find((e) => e.type === 'Agreement' && /business intelligence/i.test(e.name))!;
    assert.equal(lab.properties.topology, 'joint');
    const parties = extraction.relations
      .filter((r) => r.type === 'PARTY_TO' && r.target === lab.key)
      .map((r) => extraction.entities.find((e) => e.key === r.source)!.name);
    assert.deepEqual(parties.sort(), ['Ocean University', 'SNP']);
    const programme = extraction.entities.find((e) => e.type === 'Agreement' && /joint training/i.test(e.name))!;
    assert.equal(programme.properties.topology, 'hub');
  });

  it('resolves a known institution by alias and proposes candidates for a short form', async () => {
    const gazetteer = new Gazetteer([
      {
        id: 'ocean-university-of-china',
        type: 'Institution',
        name: 'Ocean University of China',
        aliases: ['OUC'],
        kind: 'university',
      },
      { id: 'gusakov', type: 'Person', name: 'Gusakov', aliases: [] },
    ]);
    const text =
      'OUC signed an agreement with Ifremer Marine Development Research Institute. Gushakov said the Ocean University team was strong.';
    const extraction = await extractDocument({ text }, { gazetteer });
    const ouc = extraction.entities.find((e) => e.properties.knownId === 'ocean-university-of-china');
    assert.ok(ouc, 'the known alias is recognised');
    assert.equal(extraction.ids.get(ouc.key), 'ocean-university-of-china');
    const person = extraction.entities.find((e) => e.type === 'Person')!;
    assert.deepEqual(extraction.candidates.get(person.key)?.[0], {
      id: 'gusakov',
      name: 'Gusakov',
      type: 'Person',
      score: 0.8,
      reason: 'transliteration variant',
    });
    assert.ok(!extraction.resolved.has(person.key), 'a variant is a candidate, not an automatic merge');
  });

  it('writes loader JSON that the reader and validator accept, with a confidence on everything', async () => {
    const text =
      'The university signed a memorandum of understanding with Heriot-Watt University in the UK. President Wang Jinfu attended the meeting.';
    const extraction = await extractDocument({ text, owner: 'Ocean University of China' });
    const json = toLoaderJson([extraction]);
    const { dataset, errors } = parseJsonDataset(JSON.stringify(json), 'extraction.json');
    assert.deepEqual(errors, []);
    assert.deepEqual(validate(dataset).map(String), []);
    for (const node of json.nodes)
      if (node.type !== 'Document') assert.ok(Number(node.confidence) > 0 && Number(node.confidence) <= 1);
    for (const rel of json.relationships) assert.ok(Number(rel.confidence) > 0 && Number(rel.confidence) <= 1);
    for (const item of [...json.nodes, ...json.relationships]) {
      for (const m of (item.mentions as Array<{ evidence: string }> | undefined) ?? [])
        assert.ok(text.includes(m.evidence));
    }
  });

  it('rejects a confidence outside 0..1', () => {
    const input = {
      nodes: [
        { id: 'doc-1', type: 'Document', name: 'd' },
        { id: 'x', type: 'Person', name: 'X', confidence: 1.5 },
      ],
      relationships: [],
    };
    const { dataset } = parseJsonDataset(JSON.stringify(input), 'bad.json');
    assert.match(validate(dataset).map(String).join('\n'), /field "confidence": must be between 0 and 1, got 1.5/);
  });
});

describe('source texts', () => {
  it('reduces HTML to its text and refuses binary content', () => {
    assert.equal(
      toPlainText('<html><body><h1>Title</h1><p>A <a href="x">link</a>.</p><script>x()</script></body></html>', 'html'),
      'Title\n\nA link.',
    );
    assert.throws(() => toPlainText('abc\u0000def', 'text'), NotTextError);
  });
});
