/**
 * Relation rules of the extraction's third round, each on a short text of the genre written for the test: "they"
 * and "both sides" read as the visit's parties, coordinated subjects, units met at the visited host, delegation
 * member lists and a country's delegation, talks with institutions, headline agreements, one-word typing slips.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { oneWordSlip } from '../../server/ingest/extract/coref.js';
import { type Extraction, extractDocument } from '../../server/ingest/extract/pipeline.js';

/** The relations of an extraction as "Source TYPE Target" lines, by entity name. */
function lines(extraction: Extraction): string[] {
  const name = (key: string) => extraction.entities.find((e) => e.key === key)!.name;
  return extraction.relations.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
}

describe('relations: the two sides of a visit', () => {
  it('reads "they" and "both sides" as the owner and the institution visited last, not the most mentioned', async () => {
    const text =
      'The delegation of Hunan Normal University visited Kazan Federal University and Tomsk State University. ' +
      'Kazan Federal University is a partner of long standing. Kazan Federal University hosted a dinner. ' +
      'On May 3, the delegation paid a visit to Tomsk State University. They signed a memorandum of cooperation. ' +
      'Both sides reached a cooperation intention.';
    const got = lines(await extractDocument({ text, owner: 'Hunan Normal University' }));
    assert.ok(got.includes('Tomsk State University PARTY_TO Memorandum of Cooperation'), got.join('\n'));
    assert.ok(got.includes('Hunan Normal University PARTY_TO Memorandum of Cooperation'));
    assert.ok(!got.includes('Kazan Federal University PARTY_TO Memorandum of Cooperation'));
    assert.ok(got.includes('Hunan Normal University COOPERATES_WITH Tomsk State University'), got.join('\n'));
  });

  it('gives the units met on a visit abroad to the visited host, and the owner does not host its own visit', async () => {
    const text =
      'HNU President Li Ming headed a delegation to visit Kazan Federal University. A vice rector received the delegation. ' +
      'The HNU delegation paid a visit to Kazan Federal University, where they held talks with heads of the International Office, and professors of the School of Law.';
    const got = lines(await extractDocument({ text, owner: 'Hunan Normal University' }));
    assert.ok(got.includes('School of Law PART_OF Kazan Federal University'), got.join('\n'));
    assert.ok(!got.includes('School of Law PART_OF Hunan Normal University'));
    assert.ok(!got.some((line) => line.startsWith('Hunan Normal University HOSTED')), got.join('\n'));
  });
});

describe('relations: parties and participants', () => {
  it('makes every institution of a coordinated subject a party: "A and the B established"', async () => {
    const text = 'CAS and the University of Leeds established the Joint Laboratory of Plant Genomics in 2012.';
    const got = lines(await extractDocument({ text, owner: 'Chinese Academy of Sciences' }));
    assert.ok(got.includes('Chinese Academy of Sciences PARTY_TO Joint Laboratory of Plant Genomics'), got.join('\n'));
    assert.ok(got.includes('University of Leeds PARTY_TO Joint Laboratory of Plant Genomics'), got.join('\n'));
  });

  it('reads a delegation member list, talks with institutions, and places a country delegation’s institutions', async () => {
    const text =
      'The 3-member French delegation had an in-depth talk with Hunan Normal University and Changsha Medical College on May 4.\n\n' +
      'The delegation members include: Dr. Pierre Martin, Professor of Lyon Institute of Technology; Anne Dubois, Director of Nantes Language Centre.\n\n' +
      'During the talk, Mr. Li Ming, president of Hunan Normal University, welcomed the guests.';
    const got = lines(await extractDocument({ text, owner: 'Hunan Normal University' }));
    const talk = got.find((line) => line.startsWith('Pierre Martin PARTICIPATED_IN'))?.split(' PARTICIPATED_IN ')[1];
    assert.ok(talk, got.join('\n'));
    for (const who of ['Anne Dubois', 'Li Ming', 'Changsha Medical College', 'France'])
      assert.ok(got.includes(`${who} PARTICIPATED_IN ${talk}`), `${who}\n${got.join('\n')}`);
    assert.ok(got.includes('Lyon Institute of Technology LOCATED_IN France'), got.join('\n'));
    assert.ok(got.includes('Nantes Language Centre LOCATED_IN France'), got.join('\n'));
    assert.ok(!got.includes('Hunan Normal University LOCATED_IN France'));
  });
});

describe('mentions and resolution', () => {
  it('joins a headline agreement to the one the body names, whose name runs on in lower case', async () => {
    const text =
      'A MOU on Medical Education Cooperation Was Signed\n\n' +
      'A Memorandum of Understanding on nursing students’ exchange program was signed by Hunan Normal University and Lyon Institute of Technology.';
    const extraction = await extractDocument({ text, owner: 'Hunan Normal University' });
    const agreements = extraction.entities.filter((e) => e.type === 'Agreement');
    assert.equal(agreements.length, 1, agreements.map((e) => e.name).join('; '));
    assert.equal(agreements[0]!.name, 'Memorandum of Understanding on nursing students’ exchange program');
    assert.ok(agreements[0]!.aliases.includes('MOU on Medical Education Cooperation'));
  });

  it('merges a one-word typing slip, ends a headline name at its verb, and drops a kind of institutions', async () => {
    assert.ok(oneWordSlip('ulyanovlev state university', 'ulyanovsk state university'));
    assert.ok(!oneWordSlip('shandong normal university', 'shanghai normal university'));
    const text =
      'President Li Ming Heads Delegation to Visit Russian Universities\n\n' +
      'HNU President Li Ming visited Kazan Federal University.';
    const extraction = await extractDocument({ text, owner: 'Hunan Normal University' });
    const names = extraction.entities.map((e) => e.name);
    assert.ok(!names.includes('Li Ming Heads Delegation'), names.join('; '));
    assert.ok(!names.includes('Russian Universities'), names.join('; '));
  });
});

describe('relations: places and titles', () => {
  it('places a visit abroad in its hosts’ country, and a meeting "held at X in" a Chinese city in China', async () => {
    const abroad = lines(
      await extractDocument({
        text: 'HNU President Li Ming headed a delegation to visit Russia’s Kazan Federal University and Tomsk State University. They signed a memorandum of cooperation thereafter.',
        owner: 'Hunan Normal University',
      }),
    );
    const visit = abroad.find((line) => line.startsWith('Kazan Federal University HOSTED'))?.split(' HOSTED ')[1];
    assert.ok(visit && abroad.includes(`${visit} LOCATED_IN Russia`), abroad.join('\n'));
    assert.ok(abroad.includes('Hunan Normal University PARTY_TO Memorandum of Cooperation'), abroad.join('\n'));
    const home = lines(
      await extractDocument({
        text: 'The annual meeting of the China-France Joint Laboratory of Catalysis was held at DICP in Dalian. CAS and the University of Lille established the China-France Joint Laboratory of Catalysis in 2010.',
        owner: 'Dalian Institute of Chemical Physics (DICP)',
      }),
    );
    assert.ok(
      home.some((line) => / LOCATED_IN China$/.test(line) && !line.startsWith('Dalian')),
      home.join('\n'),
    );
    assert.ok(home.includes('Dalian Institute of Chemical Physics (DICP) LOCATED_IN China'), home.join('\n'));
    // China is no country the lab is "with" once CAS is its party; France still is.
    assert.ok(!home.includes('China-France Joint Laboratory of Catalysis WITH_COUNTRY China'), home.join('\n'));
    assert.ok(home.includes('China-France Joint Laboratory of Catalysis WITH_COUNTRY France'), home.join('\n'));
  });

  it('reads hyphenated titles before a name, and a title phrase that runs over the name', async () => {
    const text =
      'The vice-president of CAS, Wang Lei, and the deputy-director of the Institute of Botany, CAS, Peter Smith, attended the meeting.';
    const got = lines(await extractDocument({ text, owner: 'Institute of Botany' }));
    assert.ok(got.includes('Wang Lei AFFILIATED_WITH CAS'), got.join('\n'));
    assert.ok(got.includes('Peter Smith AFFILIATED_WITH Institute of Botany'), got.join('\n'));
  });
});

describe('relations: visits to the owner', () => {
  it('reads "a visit of delegation from X to our university" and "signed between the two universities"', async () => {
    const text =
      'There was organized a visit of delegation from Nankai University, China to our university. ' +
      'The Vice President of Nankai University, Dr. Zhou Ping introduced the members of the delegation. ' +
      'Then a memorandum of understanding was signed between the two universities.';
    const got = lines(await extractDocument({ text, owner: 'Samarkand State University' }));
    const visit = got.find((line) => line.startsWith('Samarkand State University HOSTED'))?.split(' HOSTED ')[1];
    assert.ok(visit, got.join('\n'));
    assert.ok(got.includes(`Nankai University PARTICIPATED_IN ${visit}`), got.join('\n'));
    assert.ok(got.includes('Zhou Ping AFFILIATED_WITH Nankai University'), got.join('\n'));
    assert.ok(got.includes('Samarkand State University PARTY_TO Memorandum of Understanding'), got.join('\n'));
    assert.ok(got.includes('Nankai University PARTY_TO Memorandum of Understanding'), got.join('\n'));
  });

  it('places "X of the People’s Republic of China", and gives a delegation list’s units to the visitors', async () => {
    const text =
      'A group of staff from Lanzhou University of the People’s Republic of China has visited Baku State University. ' +
      'The delegation included Vice-Rector Professor Ma Lin and Dean of the Faculty of Chemistry Professor Wu Tao. ' +
      'A cooperation forum was held in the main hall, presided over by Ali Hasanov, rector of Baku State University. ' +
      'Ali Hasanov had a discussion with Ma Lin. Finally, an agreement for student exchange was signed.';
    const extraction = await extractDocument({ text, owner: 'Baku State University' });
    const got = lines(extraction);
    assert.ok(
      extraction.entities.some((e) => e.name === 'Lanzhou University'),
      got.join('\n'),
    );
    assert.ok(got.includes('Lanzhou University LOCATED_IN China'), got.join('\n'));
    assert.ok(!extraction.entities.some((e) => e.code === 'TW'), 'not Taiwan’s "Republic of China"');
    const visit = got.find((line) => line.startsWith('Baku State University HOSTED'))?.split(' HOSTED ')[1];
    assert.ok(visit && got.includes(`Lanzhou University PARTICIPATED_IN ${visit}`), got.join('\n'));
    assert.ok(got.includes('Faculty of Chemistry PART_OF Lanzhou University'), got.join('\n'));
    assert.ok(
      got.some((line) => /^Ali Hasanov PARTICIPATED_IN .*Forum$/.test(line)),
      got.join('\n'),
    );
    // The visit named first is the page's event: the agreement is signed at it, not at the forum.
    assert.ok(got.includes(`Agreement for Student Exchange SIGNED_AT ${visit}`), got.join('\n'));
  });
});

describe('relations: agreements and their partners', () => {
  it('stops a programme’s partners at the next programme, and names no kind of programme as one', async () => {
    const text =
      'The faculty has conducted joint training programs with Ecole des Mines in France, the Data Science program in collaboration with Heriot-Watt University in the UK. ' +
      'It has achieved results in Sino foreign cooperative education projects.';
    const extraction = await extractDocument({ text, owner: 'Faculty of Information Science and Engineering' });
    const got = lines(extraction);
    assert.ok(!got.some((line) => /^Heriot-Watt University PARTY_TO Joint Training/i.test(line)), got.join('\n'));
    assert.ok(
      got.some((line) => /^Heriot-Watt University PARTY_TO .*Data Science/i.test(line)),
      got.join('\n'),
    );
    assert.ok(!extraction.entities.some((e) => /cooperative education projects/i.test(e.name)));
  });
});

describe('relations: a trip report and a joint lab', () => {
  it('keeps two agreements of one sentence apart, places a sentence’s institutions in its country, reads "X of CAS"', async () => {
    const text =
      'Li Wei, president of the Chinese Academy of Sciences (CAS) was invited to visit Spain from July 11 to 20.\n\n' +
      'In Spain, Li visited the University of Barcelona and the Institute of Marine Sciences under the Spanish National Research Council.\n\n' +
      'He witnessed the signing ceremony of a cooperation agreement between the University of CAS and the University of Barcelona and a memorandum of understanding between the National Space Science Center of CAS and the Spanish National Research Council.';
    const extraction = await extractDocument({ text, owner: 'Chinese Academy of Sciences' });
    const got = lines(extraction);
    assert.equal(extraction.entities.filter((e) => e.type === 'Agreement').length, 2, got.join('\n'));
    assert.ok(got.includes('University of Barcelona LOCATED_IN Spain'), got.join('\n'));
    assert.ok(got.includes('Institute of Marine Sciences PART_OF Spanish National Research Council'), got.join('\n'));
    assert.ok(got.includes('National Space Science Center of CAS PART_OF Chinese Academy of Sciences'), got.join('\n'));
    assert.ok(
      got.includes('National Space Science Center of CAS PARTY_TO Memorandum of Understanding'),
      got.join('\n'),
    );
    assert.ok(!got.includes('National Space Science Center of CAS PARTY_TO Cooperation Agreement'), got.join('\n'));
  });

  it('reads "a joint lab for ...", its builders, a name with its own country, and "with the attendance of"', async () => {
    const text =
      'China and Laos have inaugurated a joint lab for study of solar energy in Vientiane.\n\n' +
      'The lab was jointly built by China’s Guangxi University and Lao National University.\n\n' +
      'The inauguration ceremony was held Tuesday with the attendance of Ambassador Zhang Ping, among others.';
    const extraction = await extractDocument({ text, owner: 'Guangxi University' });
    const got = lines(extraction);
    assert.ok(got.includes('Lao National University PARTY_TO Joint Lab for Study of Solar Energy'), got.join('\n'));
    assert.ok(got.includes('Guangxi University PARTY_TO Joint Lab for Study of Solar Energy'), got.join('\n'));
    assert.ok(!got.includes('Lao National University LOCATED_IN China'), got.join('\n'));
    assert.ok(got.includes('Zhang Ping PARTICIPATED_IN Inauguration Ceremony'), got.join('\n'));
  });
});

describe('mentions: titles written before names in a delegation list', () => {
  it('gives a title that runs into the next titled name to that name, and the members to the visitors', async () => {
    const text =
      'A group of staff from Lanzhou University has visited Baku State University. ' +
      'The delegation included Vice-Rector Professor Ma Lin, Director of the International Office Associate Professor Wu Tao, and staff member Xu Jie.';
    const got = lines(await extractDocument({ text, owner: 'Baku State University' }));
    assert.ok(got.includes('Wu Tao AFFILIATED_WITH International Office'), got.join('\n'));
    assert.ok(!got.includes('Ma Lin AFFILIATED_WITH International Office'), got.join('\n'));
    assert.ok(got.includes('Ma Lin AFFILIATED_WITH Lanzhou University'), got.join('\n'));
    assert.ok(!got.includes('Ma Lin AFFILIATED_WITH Baku State University'), got.join('\n'));
  });
});

describe('mentions: a delegation that calls on a host', () => {
  it('reads "called on X Vice Chancellor ...", "was comprising", and ends a title at "said"', async () => {
    const text =
      'A delegation of China Association of Higher Education called on Lahore University Vice Chancellor Prof Dr Ali Khan on Wednesday. ' +
      'The delegation was comprising Xiaomei Wang, deputy secretary general of China Association of Higher Education, and Ms Lin Fang, Director of Editing Department. ' +
      'Xiaomei Wang, head of the delegation, said that they were visiting universities to enhance cooperation with regard to CPEC.';
    const extraction = await extractDocument({ text, owner: 'Lahore University' });
    const got = lines(extraction);
    const visit = got.find((line) => line.startsWith('Lahore University HOSTED'))?.split(' HOSTED ')[1];
    assert.equal(visit, 'Visit to Lahore University', got.join('\n'));
    assert.ok(got.includes(`Xiaomei Wang PARTICIPATED_IN ${visit}`), got.join('\n'));
    assert.ok(got.includes('Xiaomei Wang AFFILIATED_WITH China Association of Higher Education'), got.join('\n'));
    assert.ok(!got.some((line) => /^Xiaomei Wang AFFILIATED_WITH CPEC/.test(line)), got.join('\n'));
  });
});

describe('mentions: a visit the owner pays, told after a date', () => {
  it('reads "On <date>, the newly appointed President of X, Professor Y, ... led a delegation to visit Z"', async () => {
    const text =
      'On the afternoon of 8 March, the newly appointed President of Ningbo University, Professor Li Ping, led a delegation of the university to visit the Yongjiang Laboratory. ' +
      'The aim of the visit was to discuss cooperation.';
    const extraction = await extractDocument({ text, owner: 'Ningbo University' });
    const got = lines(extraction);
    assert.ok(got.includes('Li Ping AFFILIATED_WITH Ningbo University'), got.join('\n'));
    assert.ok(got.includes('Yongjiang Laboratory HOSTED Visit to Yongjiang Laboratory'), got.join('\n'));
    assert.ok(!got.some((line) => line.startsWith('Ningbo University HOSTED')), got.join('\n'));
    assert.ok(!extraction.entities.some((e) => /^Aim of/i.test(e.name)));
  });
});

describe('fifth round: name boundaries', () => {
  it('cuts a name at "and" before a name that opens with its head or with "the", and at a date', async () => {
    const text =
      'The delegation met heads of School of Electrical Engineering, Raphael Pomares Tabares and School of Computer Science, Raisa Socorro Llanes. ' +
      'An MoU was reached between Chinese Academy of Sciences (CAS) and the Office of the Iranian Vice-President for Science and Technology Affairs.\n\n' +
      'Signed with Hebei University 2015-07-10';
    const x = await extractDocument({ text, owner: 'Chinese Academy of Sciences' });
    const names = x.entities.filter((e) => e.type === 'Institution').map((e) => e.name);
    assert.ok(names.includes('School of Computer Science'), names.join('\n'));
    assert.ok(
      names.includes('Office of the Iranian Vice-President for Science and Technology Affairs'),
      names.join('\n'),
    );
    assert.ok(names.includes('Hebei University'), names.join('\n'));
    assert.ok(!names.some((name) => / and School| and the Office|2015/.test(name)), names.join('\n'));
    // "Science and Technology" stays one name: its right part opens with no head of its own.
    assert.ok(!names.includes('Technology Affairs'), names.join('\n'));
  });

  it('ends a headline name at a capitalised "-ing" word after its head, and knows the owner without its province', async () => {
    const text =
      'Collaboration between Wanli and the Delaware State University Being Established\n\n' +
      'On March 7, Chen Juexiang, President of Wanli University, held a friendly talk with the guests from the Delaware State University.';
    const x = await extractDocument({ text, owner: 'Zhejiang Wanli University' });
    const names = x.entities.filter((e) => e.type === 'Institution').map((e) => e.name);
    assert.ok(names.includes('Delaware State University'), names.join('\n'));
    assert.ok(!names.some((name) => /Being/.test(name)), names.join('\n'));
    // "Wanli University" is the owner "Zhejiang Wanli University", not a second institution.
    assert.ok(!names.includes('Wanli University'), names.join('\n'));
    assert.ok(lines(x).includes('Chen Juexiang AFFILIATED_WITH Zhejiang Wanli University'), lines(x).join('\n'));
  });
});

describe('fifth round: who is whose on a trip with several hosts', () => {
  it('makes each stop a sentence opens at a host, gives it the officials met there, and the owner its head', async () => {
    const text =
      'From October 16th to 24th, a delegation of four led by President LI Yuxia visited Universidad Tecnológica de La Habana (CUJAE), Wayne State University (WSU) and Kyoto University.\n' +
      'At CUJAE, President LI Yuxia met with Vice-Chancellor Daniel Alfonso Robaina and discussed cooperation.\n' +
      'In WSU, President LI Yuxia and Chancellor Luis Oliveira changed views on student exchange. Both sides signed a cooperative agreement.';
    const got = lines(await extractDocument({ text, owner: 'Shandong University of Technology' }));
    const visit = got.find((line) => line.startsWith('Shandong University of Technology PARTICIPATED_IN'));
    assert.ok(visit, got.join('\n'));
    const event = visit.split(' PARTICIPATED_IN ')[1];
    for (const host of ['Universidad Tecnológica de La Habana', 'Wayne State University'])
      assert.ok(got.includes(`${host} HOSTED ${event}`), `${host}\n${got.join('\n')}`);
    assert.ok(got.includes('LI Yuxia AFFILIATED_WITH Shandong University of Technology'), got.join('\n'));
    assert.ok(
      got.includes('Daniel Alfonso Robaina AFFILIATED_WITH Universidad Tecnológica de La Habana'),
      got.join('\n'),
    );
    assert.ok(got.includes('Luis Oliveira AFFILIATED_WITH Wayne State University'), got.join('\n'));
    assert.ok(!got.some((line) => /^(Daniel|Luis).* AFFILIATED_WITH Shandong/.test(line)), got.join('\n'));
    // "Both sides" at the WSU stop: the owner and WSU, not the first host.
    const agreement = got.find((line) => line.startsWith('Wayne State University PARTY_TO'));
    assert.ok(agreement, got.join('\n'));
    assert.ok(!got.some((line) => line.startsWith('Universidad Tecnológica de La Habana PARTY_TO')), got.join('\n'));
  });

  it('gives no institution to heads of state at a signing', async () => {
    const text =
      'On January 23, CAS President Bai Chunli signed the MOU with the University of Tehran at a ceremony attended by Chinese President Xi Jinping and Iranian President Hassan Rouhani.';
    const got = lines(await extractDocument({ text, owner: 'Chinese Academy of Sciences' }));
    assert.ok(!got.some((line) => /^(Xi Jinping|Hassan Rouhani) AFFILIATED_WITH/.test(line)), got.join('\n'));
    assert.ok(got.includes('Bai Chunli AFFILIATED_WITH Chinese Academy of Sciences'), got.join('\n'));
    // "signed ... at a ceremony attended by": the signing ceremony, its attendees, the MOU signed at it.
    for (const who of ['Bai Chunli', 'Xi Jinping', 'Hassan Rouhani'])
      assert.ok(got.includes(`${who} PARTICIPATED_IN Signing ceremony`), `${who}\n${got.join('\n')}`);
    assert.ok(
      got.some((line) => /SIGNED_AT Signing ceremony$/.test(line)),
      got.join('\n'),
    );
  });

  it('gives a "visiting" official to the visitors, not to the owner', async () => {
    const text =
      'A delegation from Chengxi University visited our university on March 5. ' +
      'Vice President Liu Fengguang met with visiting Vice President Yu Yang and his delegation.';
    const got = lines(await extractDocument({ text, owner: 'Dalian University of Foreign Languages' }));
    assert.ok(got.includes('Yu Yang AFFILIATED_WITH Chengxi University'), got.join('\n'));
    assert.ok(got.includes('Liu Fengguang AFFILIATED_WITH Dalian University of Foreign Languages'), got.join('\n'));
  });
});

describe('fifth round: events, agreements and units of a visit', () => {
  it('joins a headline event to the fuller body name it begins, and reads "the agreement of collaboration"', async () => {
    const text =
      'Signing Ceremony held with Hebei University\n\n' +
      'The signing ceremony of collaboration between Hebei University and our university was held on July 9th. ' +
      'Secretary of the Party Committee Wang Hongrui and President Gong Huili attended the ceremony. Secretary Zheng Hua was the monitor of the ceremony. ' +
      'President Gong Huili and Fu Guangsheng signed the agreement of collaboration during the ceremony.';
    const x = await extractDocument({ text, owner: 'Capital Normal University' });
    const events = x.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    assert.deepEqual(events, ['Signing Ceremony of Collaboration Between Hebei University and Our University']);
    const agreements = x.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    assert.deepEqual(agreements, ['Agreement of Collaboration']);
    const names = x.entities.filter((e) => e.type === 'Institution').map((e) => e.name);
    assert.ok(!names.includes('Party Committee'), names.join('\n'));
    const got = lines(x);
    assert.ok(got.includes(`Wang Hongrui PARTICIPATED_IN ${events[0]}`), got.join('\n'));
    assert.ok(got.includes(`Gong Huili PARTICIPATED_IN ${events[0]}`), got.join('\n'));
  });

  it('reads a talk with "the visiting guests from X" as X’s visit, and a "frame-work agreement"', async () => {
    const text =
      'On March 7, President Chen Juexiang held a friendly talk with the visiting guests from the Delaware State University. ' +
      'After the talk, a frame-work agreement was signed.';
    const got = lines(await extractDocument({ text, owner: 'Zhejiang Wanli University' }));
    const visit = got.find((line) => line.startsWith('Delaware State University PARTICIPATED_IN'));
    assert.ok(visit, got.join('\n'));
    const event = visit.split(' PARTICIPATED_IN ')[1];
    assert.ok(got.includes(`Zhejiang Wanli University HOSTED ${event}`), got.join('\n'));
    assert.ok(got.includes(`Chen Juexiang PARTICIPATED_IN ${event}`), got.join('\n'));
    assert.ok(
      got.some((line) => /^Frame-work Agreement|^Frame-Work Agreement/.test(line)),
      got.join('\n'),
    );
  });

  it('gives the units met later in a paragraph that opens at a stop of the owner’s trip to that host', async () => {
    const text =
      'A delegation led by President LI Yuxia visited Wayne State University (WSU) and Kyoto University.\n' +
      'At WSU, President LI Yuxia met with Provost Laurie Krabo. The delegation held meetings with heads of School of Computer Science.\n' +
      'In Kyoto University, the delegation met with Dean Sato Kenji.';
    const got = lines(await extractDocument({ text, owner: 'Shandong University of Technology' }));
    assert.ok(got.includes('School of Computer Science PART_OF Wayne State University'), got.join('\n'));
    assert.ok(!got.includes('School of Computer Science PART_OF Shandong University of Technology'), got.join('\n'));
    assert.ok(got.includes('Sato Kenji AFFILIATED_WITH Kyoto University'), got.join('\n'));
  });
});

describe('fifth round: news items and received visits', () => {
  it('reads a dateline as no institution, drops "(MoU)" from the name, keeps "Centre for A and B Sciences" whole', async () => {
    const text =
      'KARACHI - International Centre for Chemical and Biological Sciences (ICCBS) of Karachi University has signed a Memorandum of Understanding (MoU) with Tianjin Institute of Industrial Biotechnology (TIB).';
    const x = await extractDocument({ text, owner: 'International Centre for Chemical and Biological Sciences' });
    const names = x.entities.filter((e) => e.type === 'Institution').map((e) => e.name);
    assert.ok(!names.includes('KARACHI'), names.join('\n'));
    assert.ok(!names.some((name) => /^Biological Sciences/.test(name)), names.join('\n'));
    const agreements = x.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    assert.deepEqual(agreements, ['Memorandum of Understanding']);
    const got = lines(x);
    assert.ok(
      got.includes('International Centre for Chemical and Biological Sciences PART_OF Karachi University'),
      got.join('\n'),
    );
    assert.ok(
      got.includes('International Centre for Chemical and Biological Sciences PARTY_TO Memorandum of Understanding'),
      got.join('\n'),
    );
  });

  it('reads "Led by X, a group of visitors was received by Y" as a visit, and a headline agreement as the body’s', async () => {
    const text =
      'A cooperative agreement signed between NTUA & SICAU\n\n' +
      'Led by Prof. Xie Yongcheng, President of National Taiwan University of Arts (NTUA), a group of educational visitors was warmly received by SICAU’s Party Secretary Deng Liangji. ' +
      'In a very good atmosphere, a frame-work agreement was signed for the future academic cooperation.';
    const x = await extractDocument({ text, owner: 'Sichuan Agricultural University' });
    const got = lines(x);
    const visit = got.find((line) => line.startsWith('Xie Yongcheng PARTICIPATED_IN'));
    assert.ok(visit, got.join('\n'));
    const event = visit.split(' PARTICIPATED_IN ')[1];
    assert.ok(got.includes(`Sichuan Agricultural University HOSTED ${event}`), got.join('\n'));
    // The university is named by its acronym, the full name an alias.
    assert.ok(got.includes(`NTUA PARTICIPATED_IN ${event}`), got.join('\n'));
    assert.equal(x.entities.filter((e) => e.type === 'Agreement').length, 1, got.join('\n'));
  });
});

describe('fifth round: people met at a stop of the trip', () => {
  it('gives a title written after the name to the stop’s host, and makes the people met there take part', async () => {
    const text =
      'A delegation led by President LI Yuxia visited Kyoto University and Wayne State University (WSU).\n' +
      'In WSU, the delegation met with Laurie Krabo, the Provost and Senior Executive Vice President.';
    const got = lines(await extractDocument({ text, owner: 'Shandong University of Technology' }));
    assert.ok(got.includes('Laurie Krabo AFFILIATED_WITH Wayne State University'), got.join('\n'));
    const visit = got.find((line) => line.startsWith('Shandong University of Technology PARTICIPATED_IN'));
    assert.ok(visit, got.join('\n'));
    assert.ok(got.includes(`Laurie Krabo PARTICIPATED_IN ${visit.split(' PARTICIPATED_IN ')[1]}`), got.join('\n'));
  });
});
