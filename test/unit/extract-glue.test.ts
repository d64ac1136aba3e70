/**
 * The extraction's sixth round: glued text repaired with exact offsets into the text as published, a name complete
 * once its parenthesis closes, acronyms introduced without parentheses, each on a short text written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { unglue } from '../../server/ingest/extract/glue.js';
import { type Extraction, extractDocument } from '../../server/ingest/extract/pipeline.js';

function lines(extraction: Extraction): string[] {
  const name = (key: string) => extraction.entities.find((e) => e.key === key)!.name;
  return extraction.relations.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

describe('sixth round: glued text', () => {
  it('inserts the lost spaces and maps every offset back to the text as published', () => {
    const text =
      'The signing of theCooperationAgreement on Study Abroad Programbetween Qilu University(QLU)and Kyoto University was held inNo.2015ConferenceRoom of theAdministration Buildingat East Campus. Mr.Barham Madain, President of Kyoto University,Japan and others were present.Both hope to establish aTraining Base.';
    const u = unglue(text);
    assert.equal(u.text.replace(/ /g, ''), text.replace(/ /g, ''), 'only spaces are inserted');
    for (const piece of [
      'of the Cooperation Agreement on',
      'Program between Qilu University (QLU) and Kyoto',
      'in No.2015 Conference Room of the Administration Building at East Campus',
      'Mr. Barham Madain',
      'Kyoto University, Japan',
      'present. Both hope',
      'establish a Training Base',
    ])
      assert.ok(u.text.includes(piece), `${piece}\n${u.text}`);
    // Every span of the repaired text maps back to the same characters of the original.
    for (let a = 0; a < u.text.length; a++)
      for (let b = a + 1; b <= Math.min(u.text.length, a + 40); b++) {
        const published = text.slice(u.start(a), u.end(b));
        assert.equal(published.replace(/\s/g, ''), u.text.slice(a, b).replace(/\s/g, ''), `${a}-${b}`);
      }
  });

  it('leaves names with inner capitals and ordinary words alone', () => {
    for (const text of [
      'McDonald and MacArthur met at the iPhone launch; the format of the areas was a lesson in Hamilton.',
      'Visits to Finland and Thailand were planned by M.B Srinivas on Oct. 21 in the U.S. at 3.5 per cent.',
    ])
      assert.equal(unglue(text).text, text);
  });

  it('extracts from glued text with the evidence verbatim and the names spelt apart', async () => {
    const text =
      'On the afternoon of March 26, the signing ceremony of theCooperationAgreement on Undergraduate Study Abroad Programbetween Qingdao University of Science and Technology(QUST)and Kwangwoon University (Korea) was held inNo.2015ConferenceRoom of theAdministration Buildingat Laoshan Campus.';
    const x = await extractDocument({ text, owner: 'Qingdao University of Science and Technology' });
    const got = lines(x);
    assert.ok(
      got.includes('Kwangwoon University PARTY_TO Cooperation Agreement on Undergraduate Study Abroad Program'),
      got.join('\n'),
    );
    assert.ok(
      got.includes(
        'Qingdao University of Science and Technology PARTY_TO Cooperation Agreement on Undergraduate Study Abroad Program',
      ),
      got.join('\n'),
    );
    assert.equal(x.document.text, text);
    for (const s of x.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    for (const e of x.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const r of x.relations) assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  });
});

describe('sixth round: names and acronyms', () => {
  it('ends a name at "and" once its parenthesis has closed, but not at "of"', async () => {
    const text =
      'A memorandum was signed between Qilu University of Science and Technology (QUST) and Kwangwoon University. ' +
      'The International Centre for Chemical and Biological Sciences (ICCBS) of Karachi University hosted it.';
    const x = await extractDocument({ text, owner: 'Kwangwoon University' });
    const got = lines(x);
    for (const party of ['Qilu University of Science and Technology', 'Kwangwoon University'])
      assert.ok(got.includes(`${party} PARTY_TO Memorandum`), got.join('\n'));
    const names = x.entities.map((e) => e.name);
    assert.ok(!names.some((name) => /\) and/.test(name)), names.join('; '));
    // "of" goes on after the parenthesis: the centre is Karachi University's.
    assert.ok(
      got.some((line) =>
        /^International Centre for Chemical and Biological Sciences.* PART_OF Karachi University$/.test(line),
      ),
      got.join('\n'),
    );
  });

  it('reads a room or a campus where something is held as a venue, not an event or an agreement', async () => {
    const text =
      'The signing ceremony was held in No.2015 Conference Room of the Administration Building at Laoshan Campus.';
    const x = await extractDocument({ text, owner: 'Qingdao University of Science and Technology' });
    const names = x.entities.filter((e) => e.type !== 'Institution').map((e) => `${e.type} ${e.name}`);
    assert.deepEqual(names, ['Event Signing Ceremony']);
  });

  it('reads an acronym the page never introduces as the institution whose initials it spells, or the owner', async () => {
    const text =
      'President Zhong led a delegation to Kazan Federal University. ' +
      'The agreements aim to deepen cooperation between GDUFS and Russian universities. ' +
      'Later, KFU and GDUFS agreed to exchange students.';
    const x = await extractDocument({ text, owner: 'Guangdong University of Foreign Studies' });
    const owner = x.entities.find((e) => e.name === 'Guangdong University of Foreign Studies')!;
    assert.equal(
      owner.mentions.filter((m) => m.text === 'GDUFS').length,
      2,
      owner.mentions.map((m) => m.text).join('; '),
    );
    const kazan = x.entities.filter((e) => /Kazan/.test(e.name) || e.aliases.some((a) => /Kazan/.test(a)));
    assert.equal(kazan.length, 1, x.entities.map((e) => e.name).join('; '));
    assert.ok(kazan[0]!.mentions.some((m) => m.text === 'KFU'));
  });
});

describe('sixth round: titles and names of people', () => {
  it('reads a middle initial, a title after "according to", title abbreviations and no person in a title’s words', async () => {
    const text =
      'The lab was set up in 2005, according to Fu Mengyin, president of Nanjing University of Science and Technology. ' +
      'Education is the basis, said Valeriy M. Matsel, consul general of Belarus in Shanghai. ' +
      'WANG Hongqian, DDG of Department of International Cooperation, MARA, and Ulli Kuhlmann, Executive Director Global Operations, CABI, unveiled the plaque.';
    const x = await extractDocument({ text, owner: 'Gomel State University' });
    const got = lines(x);
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    assert.deepEqual(people.sort(), ['Fu Mengyin', 'Ulli Kuhlmann', 'Valeriy M. Matsel', 'WANG Hongqian']);
    assert.ok(got.includes('Fu Mengyin AFFILIATED_WITH Nanjing University of Science and Technology'), got.join('\n'));
    assert.ok(
      got.includes('WANG Hongqian AFFILIATED_WITH Department of International Cooperation, MARA'),
      got.join('\n'),
    );
    assert.ok(got.includes('Ulli Kuhlmann AFFILIATED_WITH CABI'), got.join('\n'));
    assert.ok(!x.entities.some((e) => /^DDG/.test(e.name)), x.entities.map((e) => e.name).join('; '));
  });

  it('gives the second of "the two presidents" to the other side, and reads no institution in a plural title', async () => {
    const text =
      'On November 14th, GDUFS held a cooperation agreement signing ceremony with Ural Federal University. ' +
      'The two University Presidents, President Zhong Weihe and President Victor Koksharov, met on the North campus. ' +
      'He invited President Zhong to visit Yekaterinburg.';
    const x = await extractDocument({ text, owner: 'Guangdong University of Foreign Studies' });
    const got = lines(x);
    assert.ok(got.includes('Zhong Weihe AFFILIATED_WITH Guangdong University of Foreign Studies'), got.join('\n'));
    assert.ok(got.includes('Victor Koksharov AFFILIATED_WITH Ural Federal University'), got.join('\n'));
    assert.ok(
      !x.entities.some((e) => /Presidents|Yekaterinburg/.test(e.name)),
      x.entities.map((e) => e.name).join('; '),
    );
  });
});

describe('sixth round: an event held with a partner', () => {
  it('reads "X held an agreement signing ceremony with Y" as X’s ceremony, Y taking part, both parties', async () => {
    const text = 'On November 14th, GDUFS held a cooperation agreement signing ceremony with Ural Federal University.';
    const got = lines(await extractDocument({ text, owner: 'Guangdong University of Foreign Studies' }));
    for (const line of [
      'Guangdong University of Foreign Studies HOSTED Cooperation Agreement Signing Ceremony',
      'Ural Federal University PARTICIPATED_IN Cooperation Agreement Signing Ceremony',
      'Guangdong University of Foreign Studies PARTY_TO Cooperation Agreement',
      'Ural Federal University PARTY_TO Cooperation Agreement',
      'Cooperation Agreement SIGNED_AT Cooperation Agreement Signing Ceremony',
    ])
      assert.ok(got.includes(line), `${line}\n${got.join('\n')}`);
  });
});

describe('sixth round: commas inside names and title chains', () => {
  it('keeps one unit name under two parents apart, and reads a division as a unit', async () => {
    const text =
      'WU Lifeng, Director of European Division, Department of International Cooperation, MARA, and HAO Weiping, DDG of Department of International Cooperation, CAAS, witnessed the ceremony.';
    const x = await extractDocument({ text, owner: 'Institute of Plant Protection, CAAS' });
    const got = lines(x);
    for (const line of [
      'Department of International Cooperation, MARA PART_OF MARA',
      'Department of International Cooperation, CAAS PART_OF CAAS',
      'HAO Weiping AFFILIATED_WITH Department of International Cooperation, CAAS',
    ])
      assert.ok(got.includes(line), `${line}\n${got.join('\n')}`);
    assert.ok(
      x.entities.some((e) => e.name === 'European Division'),
      x.entities.map((e) => e.name).join('; '),
    );
  });

  it('gives "Dean of History and Culture of X" to X, and a university written after a university is its member', async () => {
    const text =
      'Vo Van Sen, Rector of Vietnam National University, Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH), headed a delegation to visit HNU. ' +
      'Other guests included: Ha Minh Hong, Dean of History and Culture of HCMUSSH; and Interpreter Nguyen Thi Quynh Chi.';
    const x = await extractDocument({ text, owner: 'Hunan Normal University' });
    const got = lines(x);
    const member = 'Ho Chi Minh City University of Social Sciences and Humanities';
    for (const line of [
      `Vo Van Sen AFFILIATED_WITH ${member}`,
      `${member} PART_OF Vietnam National University`,
      `Ha Minh Hong AFFILIATED_WITH ${member}`,
    ])
      assert.ok(got.includes(line), `${line}\n${got.join('\n')}`);
    assert.ok(!x.entities.some((e) => /History and Culture/.test(e.name)), x.entities.map((e) => e.name).join('; '));
    assert.ok(x.entities.some((e) => e.type === 'Person' && e.name === 'Nguyen Thi Quynh Chi'));
  });
});

describe('sixth round: who takes part, who hosts, who is under whom', () => {
  it('reads "X under Y" as a unit, not a partner, and a room or campus of no institution as the owner’s', async () => {
    const text =
      'The signing ceremony was held in No.2015 Conference Room of the Administration Building at Laoshan Campus. ' +
      'QUST has signed a strategic cooperation agreement with CSCSE under MOE.';
    const got = lines(await extractDocument({ text, owner: 'Qingdao University of Science and Technology' }));
    assert.ok(got.includes('Qingdao University of Science and Technology HOSTED Signing Ceremony'), got.join('\n'));
    assert.ok(got.includes('CSCSE PART_OF MOE'), got.join('\n'));
    assert.ok(got.includes('CSCSE PARTY_TO Strategic Cooperation Agreement'), got.join('\n'));
    assert.ok(!got.includes('MOE PARTY_TO Strategic Cooperation Agreement'), got.join('\n'));
  });

  it('makes the subject who "headed a delegation" its head, their institution a visitor, and "guests included" members', async () => {
    const text =
      'Vo Van Sen, Rector of Lyon Institute of Technology, headed a delegation to visit HNU. ' +
      'Other guests included: Ha Minh Hong, Dean of Lyon Institute of Technology; and Interpreter Nguyen Thi Quynh Chi.';
    const got = lines(await extractDocument({ text, owner: 'Hunan Normal University' }));
    const visit = got.find((line) => line.startsWith('Hunan Normal University HOSTED'))?.split(' HOSTED ')[1];
    assert.ok(visit, got.join('\n'));
    for (const who of ['Vo Van Sen', 'Lyon Institute of Technology', 'Ha Minh Hong', 'Nguyen Thi Quynh Chi'])
      assert.ok(got.includes(`${who} PARTICIPATED_IN ${visit}`), `${who}\n${got.join('\n')}`);
  });
});

describe('sixth round: more titles', () => {
  it('gives a title before "and the Title Name" to the first person, and a titled name after "from X," to X', async () => {
    const text =
      'On March 7, Chen Juexiang, President of Wanli University and the Vice President Ying Min held a friendly talk with the visiting guests from the Delaware State University, President Dr. Williams, the executive vice president and the assistant president.';
    const x = await extractDocument({ text, owner: 'Zhejiang Wanli University' });
    const got = lines(x);
    assert.ok(got.includes('Chen Juexiang AFFILIATED_WITH Zhejiang Wanli University'), got.join('\n'));
    assert.ok(got.includes('Williams AFFILIATED_WITH Delaware State University'), got.join('\n'));
    const williams = x.relations.find((r) => r.rule === 'titled name after the institution');
    assert.equal(williams?.properties.title, 'President');
  });

  it('makes the builders named in a joint lab’s name its parties, and those who witnessed a ceremony its participants', async () => {
    const text =
      'WANG Hongqian, DDG of MARA, and Ulli Kuhlmann, Director of CABI, unveiled the new plaque for the MARA-CABI Joint Laboratory. ' +
      'ZHOU Xueping, DG of IPP-CAAS, witnessed the plaque unveiling ceremony.';
    const got = lines(await extractDocument({ text, owner: 'Institute of Plant Protection, CAAS' }));
    for (const line of [
      'MARA PARTY_TO MARA-CABI Joint Laboratory',
      'CABI PARTY_TO MARA-CABI Joint Laboratory',
      'ZHOU Xueping PARTICIPATED_IN Plaque Unveiling Ceremony',
    ])
      assert.ok(got.includes(line), `${line}\n${got.join('\n')}`);
  });
});
