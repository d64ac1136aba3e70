/**
 * Relations by rules
 * ==================
 *
 * Reads each sentence's clauses for the relationships of core/model.ts, each with a confidence, the rule that
 * found it and its evidence (the sentence): PARTY_TO with the role and the agreement's topology (`joint` when
 * the parties work together, "a joint lab between A and B"; `hub` when one lead runs it with separate partners,
 * "programmes with A in X, B in Y"), COOPERATES_WITH only within a clause that says so, MEMBER_OF with the
 * stated role, HOSTED and PARTICIPATED_IN around events and visits, SIGNED_AT, LOCATED_IN, WITH_COUNTRY and
 * IN_FIELD. The links the mention step found inside names are turned into relations here too.
 */
import { RELATIONSHIPS, type RelationshipType } from '../../../../core/model.js';
import type { Resolved } from '../coref.js';
import { chinesePlace } from '../gazetteer/china.js';
import { countryOf } from '../gazetteer/countries.js';
import { isAcronymOf } from '../similarity.js';
import { isAllCaps } from '../text.js';
import type { Entity, Mention, Relation, Sentence } from '../types.js';
import type { Link } from './mentions.js';

export interface RelationContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  links: Link[];
  resolved: Resolved;
}

const ESTABLISH =
  /\b(established|establish|establishing|set up|setting up|built|build|building|launched|launch|founded|opened|signed|sign|has|have|holds|held|hosts|runs|created|create|approved|developed|heads|started|undertaken|undertook|conducted|carried out|implemented|jointly built)\b/i;
const COOPERATE =
  /\b(cooperat\w*|co-operat\w*|collaborat\w*|partnership\w*|relations with|relationships with|working with|work with|exchanges? (?:and cooperation )?with|ties with)\b/i;
const MEMBER =
  /\b(joined|(?:a |the )?member(?: unit)? of|(?:vice[- ])?chairman unit of|initiator unit of|founding member of|council member of|director unit of|vice president unit of)\b/i;

export function findRelations(ctx: RelationContext): Relation[] {
  const { resolved, text } = ctx;
  const out = new Map<string, Relation>();
  const entityOf = (m: Mention) => resolved.byMention.get(m);
  const add = (
    type: RelationshipType,
    source: Entity | undefined,
    target: Entity | undefined,
    sentence: Sentence,
    rule: string,
    confidence: number,
    properties: Record<string, unknown> = {},
  ) => {
    if (!source || !target || source === target) return;
    const spec = RELATIONSHIPS[type];
    if (!spec.from.includes(source.type) || !spec.to.includes(target.type)) return;
    const key = `${source.key}|${type}|${target.key}`;
    const existing = out.get(key);
    if (existing) {
      if (confidence > existing.confidence)
        Object.assign(existing, { confidence, rule, properties: { ...existing.properties, ...properties } });
      return;
    }
    out.set(key, {
      type,
      source: source.key,
      target: target.key,
      properties,
      confidence,
      rule,
      evidence: { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text },
    });
  };

  // A member listed for a binational agreement ("Sino-US park ... including Rice University") is in that country.
  const joinAgreement = (member: Mention, agreement: Entity, sentence: Sentence) => {
    const entity = entityOf(member);
    add('PARTY_TO', entity, agreement, sentence, 'listed member', 0.65, { role: 'partner' });
    const foreign = binationalCountry(agreement, resolved.entities);
    if (foreign && entity && entity !== resolved.owner && !member.owner)
      add('LOCATED_IN', entity, foreign, sentence, 'member of a binational agreement', 0.5);
  };

  // Has the text already placed this institution in a country (its name, "X, Country")?
  const placed = (m: Mention) =>
    ctx.links.some((l) => l.type === 'LOCATED_IN' && l.from === m) ||
    [...out.values()].some((r) => r.type === 'LOCATED_IN' && r.source === entityOf(m)?.key);

  for (const link of ctx.links)
    add(link.type, entityOf(link.from), entityOf(link.to), link.sentence, link.rule, link.confidence, link.properties);

  const bySentence = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const owner = resolved.owner;
  const events = resolved.entities.filter((e) => e.type === 'Event');
  // The page's main event: the first conference, forum or visit it names (a forum held during a visit is not it).
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  const mainEvent =
    [...events]
      .filter(
        (e) =>
          e.kind === 'conference' || e.kind === 'forum' || (e.kind === 'visit' && !e.mentions[0]?.properties?.during),
      )
      .sort((a, b) => firstAt(a) - firstAt(b))[0] ?? events[0];
  // The counterpart of a bilateral page: the most mentioned institution that is not the owner.
  const counterpart = resolved.entities
    .filter((e) => e.type === 'Institution' && e !== owner && !e.mentions.every((m) => m.nested))
    .sort((a, b) => b.mentions.length - a.mentions.length)[0];

  // The country a place word names: a country mentioned there, or China for a Chinese city the page's China is.
  const placeOf = (word: string, end: number): Entity | undefined => {
    const country = ctx.mentions.find((m) => m.type === 'Country' && m.end === end);
    if (country) return entityOf(country);
    return chinesePlace(word) ? resolved.entities.find((e) => e.type === 'Country' && e.code === 'CN') : undefined;
  };
  // "They signed", "both sides": the owner and the institution of the visit named last before `at` (a unit, an
  // association or an institution outside the visit only when nothing else is there), else the page's counterpart.
  const recentParty = (at: number): Entity | undefined => {
    const inVisit = new Set(
      [...out.values()]
        .filter((r) => (r.type === 'HOSTED' || r.type === 'PARTICIPATED_IN') && r.target === mainEvent?.key)
        .map((r) => r.source),
    );
    const before = ctx.mentions
      .filter((m) => m.type === 'Institution' && !m.nested && !m.owner && m.start < at)
      .sort((a, b) => b.start - a.start)
      .map(entityOf)
      .filter(
        (e): e is Entity =>
          e !== undefined && e !== owner && e.kind !== 'faculty' && !GENERIC_UNIT.test(e.name) && !GROUP.test(e.name),
      );
    return before.find((e) => inVisit.has(e.key)) ?? before[0] ?? counterpart;
  };

  // "At CUJAE, President Li met with Vice-Chancellor Robaina", "In WSU, the delegation met with ...": the
  // institution a sentence opens at, by sentence (see atInstitution).
  const locusOf = new Map<number, Entity>();

  let cooperating: { subject: Entity | undefined; sentence: number } | null = null;
  // The country whose delegation takes part in an event ("The 4-member German delegation had a talk").
  const delegationCountry = new Map<string, Entity>();
  // The events named in the previous sentence, for the people who act in the next one.
  let previousEvents: { sentence: number; events: Entity[] } = { sentence: -1, events: [] };
  for (const sentence of ctx.sentences) {
    const mentions = (bySentence.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    // A sentence that names nobody may still speak of the two sides: "Both sides reached a cooperation intention".
    if (mentions.length === 0 && !TWO_PARTIES.test(sentence.text)) continue;
    const fromInstitution = peopleFrom(text, mentions, ctx.links);
    // A sentence that opens at an institution of a visit ("At CUJAE, ...", "In UCLV, ...") is a stop of the visit:
    // that institution hosts it (a trip with several hosts gives each its own), and the titles met there are its.
    const locus = atInstitution(text, sentence, mentions);
    const locusEntity = locus && entityOf(locus);
    if (locusEntity && locusEntity !== owner && !locus!.owner) {
      locusOf.set(sentence.index, locusEntity);
      if (mainEvent?.kind === 'visit' && !(owner && out.has(`${owner.key}|HOSTED|${mainEvent.key}`)))
        add('HOSTED', locusEntity, mainEvent, sentence, 'the sentence opens at the host', 0.6, { role: 'host' });
    }
    const affiliationsOf = (person: Mention) => [
      ...ctx.links.filter((l) => l.type === 'AFFILIATED_WITH' && l.from === person).map((l) => l.to),
      ...(fromInstitution.has(person) ? [fromInstitution.get(person)!] : []),
    ];

    // "... has established cooperative relations with 70 universities in 19 countries. This includes Japan, ..."
    if (
      cooperating &&
      cooperating.sentence === sentence.index - 1 &&
      /^(?:this|these|they|which|it) includes?\b|^(?:including|such as|among them)\b/i.test(sentence.text) &&
      // A list of agreements ("This includes the HP software laboratory between A and B") names their parties.
      !mentions.some((m) => m.type === 'Agreement')
    ) {
      for (const m of mentions.filter(
        (x) => (x.type === 'Country' || x.type === 'Institution') && !x.nested && !x.owner,
      )) {
        add('COOPERATES_WITH', cooperating.subject, entityOf(m), sentence, 'list after cooperation', 0.65);
      }
    }
    const clauses = splitClauses(sentence);
    for (const clause of clauses) {
      const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const local = (m: Mention) => text.slice(clause.start, m.start);
      const institutions = inClause.filter((m) => m.type === 'Institution' && !m.nested);
      const topLevel = inClause.filter((m) => !m.nested);
      const agreements = topLevel.filter((m) => m.type === 'Agreement');
      const clauseText = text.slice(clause.start, clause.end);
      // The clause's subject: the first institution before its verb, or the owner when the sentence is about it.
      const verb = ESTABLISH.exec(clauseText);
      const verbAt = verb ? clause.start + verb.index : clause.end;
      // "... projects have all been granted": what is granted is the subject, the page owner its holder.
      const granted = GRANTED.test(clauseText);
      const subjectMention = granted
        ? undefined
        : institutions.find(
            (m) => m.end <= verbAt && !/\b(with|between|by|of|from|and)\s+(?:the\s+)?$/i.test(local(m)),
          );
      const subject =
        (subjectMention && entityOf(subjectMention)) ??
        (/^(it|we|our|the (college|university|school|academy|faculty|institute))\b/i.test(sentence.text)
          ? owner
          : undefined);

      // PARTY_TO and the agreement's topology.
      for (const agreementMention of agreements) {
        const agreement = entityOf(agreementMention);
        if (!agreement) continue;
        const after = text.slice(agreementMention.end, clause.end);
        const between =
          /^\s*(?:\([^)]*\)\s*)?(?:(?:was|is|has been)\s+)?(?:jointly\s+)?(?:(?:signed|built|developed|established|set up|founded|co-founded|run)\s+)?(?:jointly\s+)?(?:between|by)\s+/i.exec(
            after,
          );
        const withMatch = /^\s*(?:\([^)]*\)\s*)?(?:in collaboration |in cooperation |jointly )?with\s+/i.exec(after);
        const followers = institutions.filter((m) => m.start >= agreementMention.end);
        // "A Sino-US park sponsored by SDU has attracted universities, including A, B and C".
        const backer =
          /^\s*(?:\([^)]*\)\s*)?(?:(?:was|is|has been)\s+)?(sponsored|funded|supported|granted|approved)\s+by\s+/i.exec(
            after,
          );
        if (backer) {
          const role = /fund|grant|approv/i.test(backer[1]!) ? 'funder' : 'sponsor';
          add('PARTY_TO', entityOf(followers[0]!), agreement, sentence, 'sponsored by', 0.75, { role });
          for (const partner of listedMembers(text, agreementMention.end, clause.end, followers))
            joinAgreement(partner, agreement, sentence);
          continue;
        }
        // "a reproductive medicine lab at the Chinese University of Hong Kong": the host.
        const hostedAt = /^\s*at\s+(?:the\s+)?/i.exec(after);
        if (hostedAt && followers[0] && followers[0].start === agreementMention.end + hostedAt[0].length)
          add('PARTY_TO', entityOf(followers[0]), agreement, sentence, 'hosted at', 0.7, { role: 'host' });
        if (between) {
          const parties = followers
            .slice(0, 4)
            .filter(
              (m) =>
                /^[\s,]*(?:and\s+)?(?:the\s+)?$/i.test(
                  text
                    .slice(agreementMention.end + between[0].length, m.start)
                    .replace(/\s*\b[\p{L}\s’'-]*?(?:,|\band\b)\s*/gu, ''),
                ) || true,
            );
          // Two mentions of one institution ("X ... (X's acronym)") are one party.
          const pair = parties
            .filter((m, i) => parties.findIndex((n) => entityOf(n) === entityOf(m)) === i)
            .slice(0, 2);
          // "a memorandum of understanding was signed between the two universities": the visit's two sides.
          if (pair.length === 0 && TWO_PARTIES.test(after) && owner) {
            add('PARTY_TO', owner, agreement, sentence, 'between the two parties', 0.65, { role: 'partner' });
            add('PARTY_TO', recentParty(agreementMention.start), agreement, sentence, 'between the two parties', 0.6, {
              role: 'partner',
            });
            agreement.properties.topology = 'joint';
            continue;
          }
          for (const party of pair)
            add('PARTY_TO', entityOf(party), agreement, sentence, 'between parties', 0.8, { role: 'partner' });
          if (pair.length >= 2) agreement.properties.topology = 'joint';
          continue;
        }
        if (withMatch) {
          // The partners of this agreement stop where the clause names the next one ("programs with A in France,
          // the X program in collaboration with B in the UK").
          const next = agreements.find((m) => m.start >= agreementMention.end);
          // "... with CSCSE under MOE": the body a partner is under is no partner.
          const partners = followers.filter(
            (m) =>
              m.start - agreementMention.end < 220 &&
              (!next || m.start < next.start) &&
              !/\bunder\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start)),
          );
          for (const partner of partners)
            add('PARTY_TO', entityOf(partner), agreement, sentence, 'with partner', 0.75, { role: 'partner' });
          const lead = subject ?? owner;
          if (lead) add('PARTY_TO', lead, agreement, sentence, 'subject leads', 0.7, { role: 'lead' });
          const located = partners.filter((m) => /^\s*in\s+(?:the\s+)?[\p{Lu}]/u.test(text.slice(m.end, m.end + 20)));
          agreement.properties.topology = partners.length >= 2 && located.length >= 2 ? 'hub' : 'joint';
          continue;
        }
        // Signed by the two named parties, or "X and Y signed".
        if (/\bsigned\b/i.test(clauseText)) {
          const signedBy = /\bsigned by\s+/i.exec(after);
          // People who sign for their units ("Yin Xuefeng, executive dean of Tongji University’s Guohao College")
          // sign for the universities: the units named in their titles are not the parties.
          const titled = new Set(ctx.links.filter((l) => l.type === 'AFFILIATED_WITH').map((l) => l.to));
          const parties = signedBy
            ? followers.slice(0, 2)
            : institutions
                .filter((m) => m.end <= agreementMention.start && !(titled.has(m) && UNIT_HEAD.test(m.name)))
                .slice(-2);
          if (parties.length >= 2) {
            for (const party of parties)
              add('PARTY_TO', entityOf(party), agreement, sentence, 'signed by', 0.75, { role: 'partner' });
            agreement.properties.topology = 'joint';
            continue;
          }
          // "A, dean of X at U1, and B, president of U2, signed the MoU": the signatories' institutions.
          const signatories = mentions.filter(
            (m) => m.type === 'Person' && m.start >= clause.start && m.end <= agreementMention.start,
          );
          // On the owner's page, a signatory the sentence gives no institution signs for the owner.
          const signers = [
            ...signingBodies(signatories, affiliationsOf, ctx.links).map(entityOf),
            ...(signatories.some((p) => affiliationsOf(p).length === 0) ? [owner] : []),
          ].filter((e, i, all): e is Entity => e !== undefined && all.indexOf(e) === i);
          if (signers.length >= 2) {
            for (const party of signers)
              add('PARTY_TO', party, agreement, sentence, "signatories' institutions", 0.65, { role: 'partner' });
            agreement.properties.topology = 'joint';
            continue;
          }
          if (
            /\b(two|both) (parties|sides|universities|institutions|schools)\b|\bthey\b/i.test(clauseText) &&
            owner &&
            counterpart
          ) {
            add('PARTY_TO', owner, agreement, sentence, 'two parties signed', 0.65, { role: 'partner' });
            add('PARTY_TO', recentParty(agreementMention.start), agreement, sentence, 'two parties signed', 0.6, {
              role: 'partner',
            });
            agreement.properties.topology = 'joint';
            continue;
          }
        }
        if (granted && owner && !agreement.mentions.some((m) => m.nested)) {
          add('PARTY_TO', owner, agreement, sentence, 'granted to the owner', 0.55, { role: 'partner' });
          continue;
        }
        const lead = subject && subject.type === 'Institution' ? subject : undefined;
        if (lead && !agreement.mentions.some((m) => m.nested)) {
          const before = text.slice(clause.start, agreementMention.start);
          let role = 'lead';
          if (/\bsponsor/i.test(before)) role = 'sponsor';
          else if (agreement.kind === 'test-centre' || agreement.kind === 'training-base') role = 'host';
          else if (/\bone of\b|\bunder\b/i.test(before)) role = 'member';
          else if (/\bfund/i.test(before)) role = 'funder';
          add('PARTY_TO', lead, agreement, sentence, 'subject establishes', verb ? 0.7 : 0.55, { role });
          // "CAS and the University of Tokyo established ...": every institution of the subject.
          const together = subjectMention ? coordinatedAfter(text, subjectMention, institutions, verbAt) : [];
          for (const other of together)
            add('PARTY_TO', entityOf(other), agreement, sentence, 'subjects establish', verb ? 0.65 : 0.5, { role });
          if (together.length > 0 && role === 'lead') agreement.properties.topology = 'joint';
        }
        // "two overseas campuses in Australia and Thailand": the countries of an agreement.
        const inCountry = /^\s*(?:\([^)]*\)\s*)?in\s+/i.exec(after);
        if (inCountry) {
          for (const country of topLevel.filter(
            (m) => m.type === 'Country' && m.start >= agreementMention.end && m.start - agreementMention.end < 60,
          )) {
            add('WITH_COUNTRY', agreement, entityOf(country), sentence, 'agreement in country', 0.7);
          }
        }
      }

      // COOPERATES_WITH, only where the clause says so.
      // A list of granted projects names cooperation in their titles, not between parties.
      const cue = granted ? null : cooperationCue(text, clause.start, clauseText, inClause);
      if (
        cue &&
        !/\b(hoped|hope|willing|wish|wished|will|would|look(?:ed|s)? forward)\b/i.test(clauseText.slice(0, cue.index))
      ) {
        const cueAt = clause.start + cue.index;
        cooperating = {
          subject: subjectMention && subjectMention.start < cueAt ? entityOf(subjectMention) : (subject ?? owner),
          sentence: sentence.index,
        };
        const betweenPair = /\bbetween\s+/i.exec(clauseText.slice(cue.index));
        // Partners named after an agreement of the clause are its parties, linked through it, not stated partners.
        const firstAgreement = agreements.find((m) => m.start > cueAt);
        const objects = topLevel.filter(
          (m) =>
            (m.type === 'Institution' || m.type === 'Country') &&
            m.start > cueAt &&
            !(firstAgreement && m.start > firstAgreement.start),
        );
        const pair = objects.length === 0 ? statedPair(text, clause, cueAt, institutions) : null;
        if (pair) {
          add('COOPERATES_WITH', entityOf(pair[0]), entityOf(pair[1]), sentence, 'pair cooperates', 0.65);
        } else if (objects.length === 0 && TWO_PARTIES.test(clauseText) && owner && counterpart) {
          add('COOPERATES_WITH', owner, recentParty(cueAt), sentence, 'the two parties cooperate', 0.6);
        } else if (betweenPair && objects.length >= 2 && objects[0]!.type === 'Institution') {
          add('COOPERATES_WITH', entityOf(objects[0]!), entityOf(objects[1]!), sentence, 'cooperation between', 0.7);
        } else {
          const from = subjectMention && subjectMention.start < cueAt ? entityOf(subjectMention) : (subject ?? owner);
          for (const object of objects) {
            const target = entityOf(object);
            if (target?.type === 'Country' && target.code === 'CN') continue;
            add(
              'COOPERATES_WITH',
              from,
              target,
              sentence,
              'stated cooperation',
              object.type === 'Country' ? 0.7 : 0.65,
            );
          }
        }
      }

      // MEMBER_OF with the stated role.
      for (const match of clauseText.matchAll(new RegExp(MEMBER.source, 'gi'))) {
        const at = clause.start + match.index + match[0].length;
        const role = /joined/i.test(match[0])
          ? 'member'
          : match[0]
              .replace(/\s+of$/i, '')
              .replace(/^(a|the)\s+/i, '')
              .toLowerCase();
        const groups = institutions.filter(
          (m) =>
            m.start >= at &&
            m.start - at < 120 &&
            /alliance|association|consortium|league|network|society|federation|union|council|conference/i.test(m.name),
        );
        const member =
          subjectMention && subjectMention.start < at - match[0].length ? entityOf(subjectMention) : (subject ?? owner);
        for (const group of groups.slice(0, /joined/i.test(match[0]) ? 4 : 1))
          add('MEMBER_OF', member, entityOf(group), sentence, 'membership', 0.75, { role });
      }
    }

    // Events: hosts, sponsors, guides, participants, and agreements signed at them.
    const eventMentions = mentions.filter((m) => m.type === 'Event');
    if (eventMentions.length === 0 && previousEvents.sentence === sentence.index - 1) {
      for (const person of actors(sentence, mentions))
        for (const previous of previousEvents.events)
          add('PARTICIPATED_IN', entityOf(person), previous, sentence, 'acts at the event just named', 0.6);
    }
    previousEvents = {
      sentence: sentence.index,
      events: eventMentions.map(entityOf).filter((e): e is Entity => e !== undefined),
    };
    const signedOnVisit =
      /\bsign(ed|ing)\b/i.test(sentence.text) &&
      mainEvent?.kind === 'visit' &&
      mentions.some((m) => m.type === 'Agreement');
    // "Vice President Qiu received guests", "was received by Rector Song": the visit of the page.
    const receivedOnVisit = mainEvent?.kind === 'visit' && RECEIVED_GUESTS.test(sentence.text);
    // "The event was attended by ...", "Experts from A, B ... delivered presentations": the page's main event.
    const attendedEvent =
      /\b(?:was|were) attended by\b/i.test(sentence.text) ||
      (/\bexperts?\b.*\bfrom\b/i.test(sentence.text) &&
        /\b(attended|delivered|participated|took part)\b/i.test(sentence.text));
    const event =
      (eventMentions[0] && entityOf(eventMentions[0])) ??
      (/\b(at the (meeting|talks?|conference|ceremony|event|forum)|during the (conference|visit|meeting|forum|talks?)|attended the (meeting|conference|forum|ceremony|symposium|seminar|event))\b/i.test(
        sentence.text,
      ) ||
      signedOnVisit ||
      receivedOnVisit ||
      DELEGATION_MEMBERS.test(sentence.text) ||
      attendedEvent
        ? mainEvent
        : undefined);
    if (event) {
      const s = sentence.text;
      const institutionsIn = mentions.filter((m) => m.type === 'Institution' && !m.nested);
      const after = (pattern: RegExp) => {
        const match = pattern.exec(s);
        return match ? sentence.start + match.index + match[0].length : -1;
      };
      const firstAfter = (at: number) => institutionsIn.find((m) => m.start >= at && m.start - at < 12);
      const sponsor = after(/\b(?:sponsored|organi[sz]ed|co-organi[sz]ed|hosted|held) by\s+(?:the\s+)?/i);
      if (sponsor >= 0)
        add('HOSTED', entityOf(firstAfter(sponsor)!), event, sentence, 'sponsored by', 0.8, {
          role: /hosted|held/i.test(s) ? 'host' : 'sponsor',
        });
      // "The School of Economics hosted the forum": the clause's first institution, before the verb.
      // "GDUFS held a signing ceremony with Ural Federal University": the subject holds it, the partner takes part.
      const hostedBy = /\b(?:hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|sponsored|held)\s+(?:the|a|an|this)\b/i.exec(
        s,
      );
      if (hostedBy && /^held/i.test(hostedBy[0])) {
        const heldEvent = eventMentions.find(
          (m) => m.start >= sentence.start + hostedBy.index && m.start - (sentence.start + hostedBy.index) < 60,
        );
        const withWhom = heldEvent && /^\s+with\s+(?:the\s+)?/i.exec(text.slice(heldEvent.end, heldEvent.end + 12));
        const partner = withWhom && institutionsIn.find((m) => m.start === heldEvent.end + withWhom[0].length);
        if (partner) {
          add('PARTICIPATED_IN', entityOf(partner), entityOf(heldEvent), sentence, 'held with', 0.65);
          // "... held a cooperation agreement signing ceremony with X": X is a party of the agreement signed there.
          const inside = mentions.find(
            (m) => m.type === 'Agreement' && m.start >= heldEvent.start && m.end < heldEvent.end,
          );
          if (inside)
            add('PARTY_TO', entityOf(partner), entityOf(inside), sentence, 'signing ceremony held with', 0.6, {
              role: 'partner',
            });
        }
      }
      const activeHost = hostedBy
        ? institutionsIn.find((m) => m.end <= sentence.start + hostedBy.index && !m.owner)
        : undefined;
      if (activeHost && hostedBy)
        add('HOSTED', entityOf(activeHost), event, sentence, 'hosted the event', 0.7, {
          role: /sponsor|organi/i.test(hostedBy[0]) ? 'sponsor' : 'host',
        });
      const guide = after(/\bunder the guidance of\s+(?:the\s+)?/i);
      if (guide >= 0) add('HOSTED', entityOf(firstAfter(guide)!), event, sentence, 'guidance', 0.8, { role: 'guide' });
      const heldAt = after(/\b(?:was |were |has been |have been )?held (?:at|in)\s+(?:the\s+)?/i);
      if (heldAt >= 0) {
        // "held in No.2015 Conference Room of the Administration Building at Laoshan Campus": a room, hall or
        // campus named by no institution is the page owner's own.
        const venue = /^[^;\n]{0,60}?\b(?:Room|Hall|Building|Campus|Auditorium)\b/.test(
          text.slice(heldAt, heldAt + 90),
        );
        const hostMention =
          firstAfter(heldAt) ?? mentions.find((m) => m.owner && m.start >= heldAt - 4 && m.start - heldAt < 12);
        const hostEntity = hostMention
          ? entityOf(hostMention)
          : venue && !institutionsIn.some((m) => m.start >= heldAt)
            ? owner
            : undefined;
        for (const each of eventMentions.length > 0 ? eventMentions.map(entityOf) : [event])
          add('HOSTED', hostEntity, each, sentence, 'held at', 0.7, { role: 'host' });
      }
      // Visits: the visited institutions host; the delegation's people and institution take part.
      for (const visit of eventMentions.filter((m) => m.properties?.visit)) {
        const visitEntity = entityOf(visit);
        const hostMentions = mentions.filter(
          (m) => m.type === 'Institution' && m.start >= visit.start && m.start < visit.end + 2 && !m.nested,
        );
        for (const host of hostMentions.slice(0, 3))
          add('HOSTED', entityOf(host), visitEntity, sentence, 'visited', 0.75, { role: 'host' });
        for (const host of visitedList(text, mentions, hostMentions[0]))
          add('HOSTED', entityOf(host), visitEntity, sentence, 'visited, listed', 0.65, { role: 'host' });
        const toUs =
          /\bvisited (?:our|the) (university|college|school|academy|institute)\b/i.test(visit.text) ||
          visit.properties?.received === true;
        if (toUs && owner) add('HOSTED', owner, visitEntity, sentence, 'visited us', 0.7, { role: 'host' });
        // "and so on": "A and B visited SCAU" ... people before the verb take part.
        for (const person of mentions.filter((m) => m.type === 'Person' && m.end <= visit.start))
          add('PARTICIPATED_IN', entityOf(person), visitEntity, sentence, 'visitor', 0.7);
        // "met with Gusekov and his delegation": the head of the delegation received.
        for (const person of mentions.filter(
          (m) => m.type === 'Person' && m.start >= visit.start && m.end <= visit.end,
        ))
          add('PARTICIPATED_IN', entityOf(person), visitEntity, sentence, 'delegation received', 0.7);
        for (const inst of mentions.filter(
          (m) =>
            m.type === 'Institution' &&
            m.end <= visit.start &&
            !m.nested &&
            /delegation/i.test(text.slice(m.end, m.end + 14)),
        ))
          add('PARTICIPATED_IN', entityOf(inst), visitEntity, sentence, 'delegation of', 0.7);
        // "A delegation from the University of Leeds, UK, ... visited", "met with a delegation of X".
        for (const inst of mentions.filter(
          (m) =>
            m.type === 'Institution' &&
            !m.nested &&
            /\b(?:delegations?|group of (?:staff|teachers|experts|scholars)|staff|team|visiting (?:guests|visitors|delegates))\s+(?:from|of)\s+(?:the\s+)?$/i.test(
              text.slice(Math.max(sentence.start, m.start - 30), m.start),
            ),
        ))
          if (!out.has(`${entityOf(inst)?.key}|HOSTED|${visitEntity?.key}`))
            add('PARTICIPATED_IN', entityOf(inst), visitEntity, sentence, 'delegation from', 0.7);
      }
      // "attended by A; B; C", "A attended the meeting", "delegation led by P".
      const attendedBy = after(/\b(?:was |were )?attended by\s+|\bwith the (?:attendance|presence) of\s+/i);
      // "... attended", "witnessed the plaque unveiling ceremony": the subjects take part.
      const attendedAt = /\b(?:attended|witnessed)\b(?! by)/i.exec(s);
      // "Led by Prof. Xie, President of NTUA, a group of visitors was received": the phrase may open the sentence.
      const ledFirst = /\b(?:delegation|visitors|guests|group)\b/i.test(s)
        ? after(/^(?:led|headed) by\s+(?:the\s+)?/i)
        : -1;
      const led =
        ledFirst >= 0 ? ledFirst : after(/\b(?:delegation|party|team)\b[^.;]{0,80}?\b(?:led|headed) by\s+(?:the\s+)?/i);
      for (const m of mentions) {
        if (m.type !== 'Person' && m.type !== 'Institution' && m.type !== 'Country') continue;
        if (m.nested) continue;
        const entity = entityOf(m);
        if (attendedBy >= 0 && m.start >= attendedBy && m.type === 'Person') {
          add('PARTICIPATED_IN', entity, event, sentence, 'attended by', 0.8, { role: 'attended' });
          // The bodies the attendees' titles name take part too, unless they host the event.
          for (const institution of affiliationsOf(m)) {
            const body = entityOf(topOf(ctx.links, institution));
            if (body && !out.has(`${body.key}|HOSTED|${event.key}`))
              add('PARTICIPATED_IN', body, event, sentence, "attendee's institution", 0.6);
          }
        }
        if (attendedAt && m.end <= sentence.start + attendedAt.index && attends(text, m, mentions, ctx.links))
          add('PARTICIPATED_IN', entity, event, sentence, 'attended', 0.7, { role: 'attended' });
        if (led >= 0 && m.type === 'Person' && m.start >= led && m.start - led < 40) {
          add('PARTICIPATED_IN', entity, event, sentence, 'delegation led by', 0.75, { role: 'head of delegation' });
          for (const institution of affiliationsOf(m))
            if (entityOf(institution) !== owner)
              add('PARTICIPATED_IN', entityOf(institution), event, sentence, "head's institution", 0.65);
        }
      }
      // "Vo Van Sen, Rector of X, headed a delegation to visit HNU": the subject heads it, their institution visits.
      const leads = /\b(?:headed|led|leads|heads)\s+(?:a|an|the|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}delegation\b/iu.exec(
        s,
      );
      const leader = leads && mentions.find((m) => m.type === 'Person' && m.end <= sentence.start + leads.index);
      if (leader && event.kind === 'visit') {
        add('PARTICIPATED_IN', entityOf(leader), event, sentence, 'headed the delegation', 0.7, {
          role: 'head of delegation',
        });
        for (const institution of affiliationsOf(leader))
          if (entityOf(institution) !== owner)
            add('PARTICIPATED_IN', entityOf(institution), event, sentence, "head's institution", 0.65);
      }
      for (const person of counterparts(s, sentence.start, mentions))
        add('PARTICIPATED_IN', entityOf(person), event, sentence, 'talks with', 0.6);
      // "A cooperation forum was held ..., presided over by Zhang Rongjun": the chair takes part.
      const chairedBy = after(/\b(?:presided over|chaired|moderated|hosted) by\s+(?:the\s+)?/i);
      const chair = mentions.find((m) => m.type === 'Person' && m.start >= chairedBy && m.start - chairedBy < 40);
      if (chairedBy >= 0 && chair)
        add('PARTICIPATED_IN', entityOf(chair), event, sentence, 'presided over by', 0.65, { role: 'chair' });
      // "During the talk, Mr. Yue, president of X, mentioned ...": the sentence's subject takes part.
      const speaker = /^(?:during|at) the (?:talks?|meeting|visit|ceremony|conference|forum)\b/i.test(s)
        ? mentions.find((m) => m.type === 'Person')
        : undefined;
      if (speaker) add('PARTICIPATED_IN', entityOf(speaker), event, sentence, 'speaks at the event', 0.6);
      // "had an in-depth talk with Xuchang University and Xuchang Vocational and Technical College".
      const talkWith = after(/\b(?:had|held)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?talks?\s+with\s+(?:the\s+)?/iu);
      const talked = talkWith >= 0 ? institutionsIn.find((m) => m.start === talkWith) : undefined;
      for (const inst of talked ? [talked, ...visitedList(text, mentions, talked)] : [])
        if (!out.has(`${entityOf(inst)?.key}|HOSTED|${event.key}`))
          add('PARTICIPATED_IN', entityOf(inst), event, sentence, 'talk with', 0.65);
      // "The 4 delegation members include: Mr. A, ...; Dr. B, Professor of U": the delegation's people.
      const members = DELEGATION_MEMBERS.exec(s);
      if (members) {
        for (const person of mentions.filter(
          (m) => m.type === 'Person' && m.start >= sentence.start + members.index + members[0].length,
        )) {
          add('PARTICIPATED_IN', entityOf(person), event, sentence, 'delegation member', 0.65, {
            role: 'delegation member',
          });
          // A country's delegation ("The 4-member German delegation"): its members' institutions are there.
          const country = delegationCountry.get(event.key);
          for (const institution of country ? affiliationsOf(person) : []) {
            const top = topOf(ctx.links, institution);
            if (!top.owner && entityOf(top) !== owner && !placed(top))
              add('LOCATED_IN', entityOf(top), country, sentence, "member of a country's delegation", 0.55);
          }
        }
      }
      for (const person of receivers(s, sentence.start, mentions))
        add('PARTICIPATED_IN', entityOf(person), event, sentence, 'received the guests', 0.65);
      for (const person of signatories(s, sentence.start, mentions, event))
        add('PARTICIPATED_IN', entityOf(person), event, sentence, 'signatory', 0.6, { role: 'signatory' });
      // A country's delegation or experts: "The 4-member German delegation", "experts from China, Russia ...".
      for (const country of mentions.filter((m) => m.type === 'Country')) {
        const near = text.slice(country.end, country.end + 12);
        if (/^\s+delegation/i.test(near)) {
          add('PARTICIPATED_IN', entityOf(country), event, sentence, 'country delegation', 0.7);
          const entity = entityOf(country);
          if (entity && !delegationCountry.has(event.key)) delegationCountry.set(event.key, entity);
        }
      }
      if (/\bexperts?\b.*\bfrom\b/i.test(s) && /\b(attended|delivered|participated|took part)\b/i.test(s)) {
        for (const country of mentions.filter((m) => m.type === 'Country' && !m.nested))
          add('PARTICIPATED_IN', entityOf(country), event, sentence, 'experts from', 0.7, { role: 'experts attended' });
      }
      // Agreements signed here.
      if (/\bsign(ed|ing)\b/i.test(s)) {
        for (const agreement of mentions.filter((m) => m.type === 'Agreement' && !m.nested))
          add('SIGNED_AT', entityOf(agreement), event, sentence, 'signed at', 0.65);
      }
      // "was held at IBP in Beijing": the event and the institution are in that city's country.
      const heldAtIn = /\bheld at\s+(?:the\s+)?[^,.;]+?\s+in\s+([\p{Lu}][\p{L}’'-]+)/u.exec(s);
      const place = heldAtIn ? placeOf(heldAtIn[1]!, sentence.start + heldAtIn.index + heldAtIn[0].length) : undefined;
      if (heldAtIn && place) {
        const cityAt = sentence.start + heldAtIn.index + heldAtIn[0].length - heldAtIn[1]!.length;
        const site = institutionsIn.find(
          (m) => m.start > sentence.start + heldAtIn.index && /^\s+in\s+$/.test(text.slice(m.end, cityAt)),
        );
        for (const each of eventMentions.length > 0 ? eventMentions.map(entityOf) : [event])
          add('LOCATED_IN', each, place, sentence, 'held at a site in a place', 0.65);
        if (site) add('LOCATED_IN', entityOf(site), place, sentence, 'site in a place', 0.6);
      }
      // An event held in a Chinese city or in a country.
      const heldIn = /\b(?:held|took place|was convened) in\s+([\p{Lu}][\p{L}’'-]+)/u.exec(s);
      if (heldIn) {
        const country = mentions.find(
          (m) =>
            m.type === 'Country' && m.start === sentence.start + heldIn.index + heldIn[0].length - heldIn[1]!.length,
        );
        if (country) add('LOCATED_IN', event, entityOf(country), sentence, 'held in country', 0.75);
        else if (chinesePlace(heldIn[1]!)) {
          event.properties.city = heldIn[1];
          const china = resolved.entities.find((e) => e.type === 'Country' && e.code === 'CN');
          if (china) add('LOCATED_IN', event, china, sentence, 'held in chinese city', 0.7);
          else event.properties.locatedInChina = true;
        }
      }
    }

    // LOCATED_IN: "Chihuahua Autonomous University, Mexico", "Heriot-Watt University in the UK", "SNP, a German company".
    for (const m of mentions) {
      if (m.type !== 'Institution' || m.nested) continue;
      const rest = text.slice(m.end, Math.min(sentence.end, m.end + 40));
      const country = mentions.find((c) => c.type === 'Country' && c.start > m.end && c.start - m.end <= 24);
      if (!country) continue;
      const gap = text.slice(m.end, country.start);
      // "Institute of Botany, Chinese Academy of Sciences": an adjective after a comma starts the next name.
      const adjective = countryOf(text.slice(country.start, country.end))?.form === 'adjective';
      if (
        /^\s*,\s*(?:a|an)?\s*$/.test(gap) &&
        (!adjective || /^\s*,\s*(?:a|an)\s*$/.test(gap)) &&
        (/^,\s*(a|an)\s/.test(rest) ? true : !/^\s*,\s*[\p{Lu}][\p{L}]+\s+(and|&)\s/u.test(rest))
      ) {
        add('LOCATED_IN', entityOf(m), entityOf(country), sentence, 'institution, country', 0.8);
      } else if (/^\s*(?:\([^)]*\)\s*)?(?:in|from)\s+(?:the\s+)?$/i.test(gap)) {
        add('LOCATED_IN', entityOf(m), entityOf(country), sentence, 'institution in country', 0.8);
        // "Kazan Federal University and Tomsk State University in Russia": the list shares the place.
        for (const earlier of coordinatedBefore(text, m, mentions))
          if (!placed(earlier))
            add('LOCATED_IN', entityOf(earlier), entityOf(country), sentence, 'list in country', 0.65);
      } else if (/^\s+of\s+(?:the\s+)?$/.test(gap) && /^People[’']s Republic/.test(country.text)) {
        add('LOCATED_IN', entityOf(m), entityOf(country), sentence, 'institution of the republic', 0.8);
      } else if (/^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(country.end))) {
        add('LOCATED_IN', entityOf(m), entityOf(country), sentence, 'institution (country)', 0.8);
      }
    }

    // "In Spain, Bai visited the Polytechnic University of Catalonia ...": the sentence's institutions are there.
    const inCountry = /^In (?:the )?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?),/u.exec(sentence.text);
    const where = inCountry
      ? mentions.find((m) => m.type === 'Country' && m.start === sentence.start + inCountry[0].indexOf(inCountry[1]!))
      : undefined;
    if (where)
      for (const m of mentions.filter((x) => x.type === 'Institution' && !x.nested && !x.owner && x.start > where.end))
        if (!placed(m) && entityOf(m) !== owner)
          add('LOCATED_IN', entityOf(m), entityOf(where), sentence, 'in the country the sentence opens with', 0.55);

    // PART_OF: "the School of Economics at Xiangtan University".
    for (const [unit, parent] of unitsAt(text, mentions))
      add('PART_OF', entityOf(unit), entityOf(parent), sentence, 'unit at institution', 0.7);

    // AFFILIATED_WITH: "Professor Li from Tsinghua University", "Dr. Ma of the Foundation".
    for (const [m, institution] of fromInstitution) {
      const title = m.properties?.titleBefore as string | undefined;
      add('AFFILIATED_WITH', entityOf(m), entityOf(institution), sentence, 'person from institution', 0.7, {
        ...(title && !/^(?:mr|ms|mrs|dr|prof)\.?$/i.test(title) ? { title } : {}),
      });
    }

    // IN_FIELD: the fields a sentence lists belong to its agreement, else its event, else its subject.
    const fieldMentions = mentions.filter((m) => m.type === 'Field' && !m.nested);
    if (fieldMentions.length > 0) {
      const agreement = mentions.find((m) => m.type === 'Agreement' && !m.nested);
      const subjectInstitution = mentions.find(
        (m) => m.type === 'Institution' && !m.nested && m.start < fieldMentions[0]!.start,
      );
      // On a conference's page, the fields its speakers and experts name are the conference's.
      const conference = mainEvent?.kind === 'conference' || mainEvent?.kind === 'forum' ? mainEvent : undefined;
      const holder =
        (agreement && entityOf(agreement)) ??
        event ??
        conference ??
        (subjectInstitution && entityOf(subjectInstitution)) ??
        owner;
      for (const field of fieldMentions) add('IN_FIELD', holder, entityOf(field), sentence, 'fields listed', 0.6);
    }
  }
  // The one institution whose delegation visits the page's main event, if there is one.
  const visitorOf = (): Entity | undefined => {
    const visitors = [...out.values()].filter(
      (r) =>
        r.type === 'PARTICIPATED_IN' &&
        r.target === mainEvent?.key &&
        r.source !== owner?.key &&
        resolved.entities.find((e) => e.key === r.source)?.type === 'Institution',
    );
    return visitors.length === 1 ? resolved.entities.find((e) => e.key === visitors[0]!.source) : undefined;
  };
  // On the owner's page, a visit that other institutions host and no other institution makes, led by someone the
  // text gives no other institution ("a delegation of four led by President Li visited A, B and C"), is the
  // owner's delegation's.
  if (owner && mainEvent?.kind === 'visit') {
    const around = [...out.values()].filter((r) => r.target === mainEvent.key);
    const hosts = around.filter((r) => r.type === 'HOSTED');
    const visitors = around.filter(
      (r) => r.type === 'PARTICIPATED_IN' && resolved.entities.find((e) => e.key === r.source)?.type === 'Institution',
    );
    const heads = around.filter((r) => r.type === 'PARTICIPATED_IN' && r.properties.role === 'head of delegation');
    const ownHeads = heads.every(
      (h) =>
        ![...out.values()].some((r) => r.type === 'AFFILIATED_WITH' && r.source === h.source && r.target !== owner.key),
    );
    if (
      hosts.length > 0 &&
      hosts.every((r) => r.source !== owner.key) &&
      visitors.length === 0 &&
      heads.length > 0 &&
      ownHeads
    ) {
      const first = mainEvent.mentions[0]!;
      add('PARTICIPATED_IN', owner, mainEvent, ctx.sentences[first.sentence]!, "the owner's delegation", 0.55);
    }
  }
  // A title written before a name with no institution ("President Wang Jinfu") is the owner's, as a guess.
  const affiliated = new Set([...out.values()].filter((r) => r.type === 'AFFILIATED_WITH').map((r) => r.source));
  // When the owner's delegation is the visitor, the officials it meets are its hosts', not the owner's.
  const ownerVisits =
    owner !== undefined && mainEvent !== undefined && out.has(`${owner.key}|PARTICIPATED_IN|${mainEvent.key}`);
  // The stop of the visit a paragraph opens at: "At CUJAE, ... . The delegation held meetings with heads of School
  // of Electrical Engineering": the sentences after it, up to the paragraph's end, are at that host.
  const paragraphLocus = (index: number): Entity | undefined => {
    for (let i = index; i >= 0; i--) {
      const here = locusOf.get(i);
      if (here) return here;
      const previous = ctx.sentences[i - 1];
      if (!previous || text.slice(previous.end, ctx.sentences[i]!.start).includes('\n')) return undefined;
    }
    return undefined;
  };
  const headsTheVisit = (person: Entity) =>
    [...out.values()].some(
      (r) => r.source === person.key && r.target === mainEvent?.key && r.properties.role === 'head of delegation',
    );
  for (const m of ctx.mentions) {
    const title = m.properties?.titleBefore as string | undefined;
    const person = entityOf(m);
    // "In WSU, the delegation met with Laurie Krabo, the Provost and ...": a title after the name that names no
    // institution, at a stop of the visit, is the host's.
    const titleAfter = m.type === 'Person' ? (m.properties?.title as string | undefined) : undefined;
    const stop = locusOf.get(m.sentence) ?? (ownerVisits ? paragraphLocus(m.sentence) : undefined);
    const honorificOnly = title !== undefined && /^(?:mr|ms|mrs|dr|prof)\.?$/i.test(title);
    if (
      (!title || honorificOnly) &&
      titleAfter &&
      stop &&
      person &&
      !affiliated.has(person.key) &&
      !headsTheVisit(person)
    ) {
      if (/president|rector|dean|chancellor|secretary|principal|director|chairman|provost|head/i.test(titleAfter)) {
        const clean = titleAfter.replace(/^(?:the|a|an)\s+/i, '');
        add('AFFILIATED_WITH', person, stop, ctx.sentences[m.sentence]!, 'title met at the host', 0.5, {
          title: clean,
        });
        affiliated.add(person.key);
      }
      continue;
    }
    if (!title || !person || !owner || affiliated.has(person.key)) continue;
    if (!/president|rector|dean|chancellor|secretary|principal|director|chairman|provost/i.test(title)) continue;
    const before = titleContext(text, m.start, title);
    // "Chinese President Xi Jinping", "Iranian President Hassan Rouhani": a head of state or government, whose
    // country the title names, is no official of an institution of the page.
    if (before.country) continue;
    // "At CUJAE, President Li met with Vice-Chancellor Robaina": the official met at a stop of the visit is the
    // host's, unless they head the visiting delegation.
    const locusHost = locusOf.get(m.sentence) ?? (ownerVisits ? paragraphLocus(m.sentence) : undefined);
    if (locusHost && !headsTheVisit(person)) {
      add('AFFILIATED_WITH', person, locusHost, ctx.sentences[m.sentence]!, 'title met at the host', 0.55, { title });
      affiliated.add(person.key);
      continue;
    }
    // "met with visiting Vice President Yu Yang": the visitors' official.
    if (before.visiting) {
      const visitor = visitorOf();
      if (visitor)
        add('AFFILIATED_WITH', person, visitor, ctx.sentences[m.sentence]!, 'title of a visitor', 0.55, { title });
      affiliated.add(person.key);
      continue;
    }
    // The owner's delegation abroad: only its head is the owner's by title; the officials it meets are its hosts'.
    if (ownerVisits && !headsTheVisit(person)) continue;
    // A member of the visiting delegation ("The delegation included Vice-Rector Gao Rong") is the visitors'.
    const visitor =
      out.has(`${person.key}|PARTICIPATED_IN|${mainEvent?.key}`) &&
      [...out.values()].some((r) => r.source === person.key && r.rule === 'delegation member')
        ? visitorOf()
        : undefined;
    // "The two University Presidents, President Zhong Weihe and President Victor Koksharov": one per side, the
    // owner's named first; the second is the other side's (the institution the page deals with last).
    const sentenceOf = ctx.sentences[m.sentence]!;
    const pair = /\b(?:the two|both)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s,\s*/iu.exec(
      text.slice(sentenceOf.start, m.start),
    );
    const second =
      pair &&
      /^[^,;.]*?\s(?:and|&)\s+[^,;.]*$/.test(text.slice(sentenceOf.start + pair.index + pair[0].length, m.start));
    const otherSide = second ? recentParty(m.start) : undefined;
    if (visitor)
      add('AFFILIATED_WITH', person, visitor, ctx.sentences[m.sentence]!, 'title of a visitor', 0.5, { title });
    else if (otherSide)
      add('AFFILIATED_WITH', person, otherSide, sentenceOf, 'the second of the two sides', 0.5, { title });
    else add('AFFILIATED_WITH', person, owner, ctx.sentences[m.sentence]!, 'title of the owner', 0.55, { title });
    affiliated.add(person.key);
  }
  // The people named at a stop of the visit ("In UCLV, President Li and Chancellor Oliveira changed views") take part.
  if (mainEvent?.kind === 'visit')
    for (const m of ctx.mentions.filter((x) => x.type === 'Person')) {
      const stop = locusOf.get(m.sentence) ?? (ownerVisits ? paragraphLocus(m.sentence) : undefined);
      if (stop)
        add('PARTICIPATED_IN', entityOf(m), mainEvent, ctx.sentences[m.sentence]!, 'met at a stop of the visit', 0.55);
    }
  const hostBefore = (unit: Mention): Entity | undefined =>
    (bySentence.get(unit.sentence) ?? [])
      .filter((x) => x.type === 'Institution' && !x.nested && !x.owner && x.end <= unit.start)
      .sort((a, b) => b.start - a.start)
      .map(entityOf)
      .find((e) => e !== undefined && e !== owner && out.has(`${e.key}|HOSTED|${mainEvent!.key}`)) ??
    paragraphLocus(unit.sentence);
  // "MARA-CABI Joint Laboratory", "CUHK-SIMM Joint Laboratory": an agreement named by its builders, joined by a
  // hyphen, has each of them that the page names as a party.
  for (const agreement of resolved.entities) {
    if (agreement.type !== 'Agreement') continue;
    const builders = /^([\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)+)\s/u.exec(agreement.name)?.[1]?.split('-') ?? [];
    const parties = builders.map((part) =>
      resolved.entities.find(
        (e) =>
          e.type === 'Institution' &&
          (e.name === part || e.aliases.includes(part) || (isAllCaps(part) && isAcronymOf(part, e.name))),
      ),
    );
    if (builders.length < 2 || parties.some((e) => e === undefined)) continue;
    const m = agreement.mentions[0]!;
    for (const party of parties)
      add('PARTY_TO', party, agreement, ctx.sentences[m.sentence]!, 'named by its builders', 0.65, { role: 'partner' });
    agreement.properties.topology = 'joint';
  }
  // A unit named only by its field ("College of Art", "Graduate School") with no parent is the owner's.
  const hasParent = new Set([...out.values()].filter((r) => r.type === 'PART_OF').map((r) => r.source));
  for (const entity of resolved.entities) {
    if (entity.type !== 'Institution' || entity === owner || !owner || hasParent.has(entity.key)) continue;
    const m = entity.mentions[0]!;
    const parent = acronymParent(entity, resolved.entities);
    if (parent)
      add('PART_OF', entity, parent, ctx.sentences[m.sentence]!, "unit named after its parent's acronym", 0.7);
    else if (GENERIC_UNIT.test(entity.name)) {
      // "the XTU delegation paid a visit to the Moscow State University, where they held talks with heads of the
      // International Exchange Office": when the owner is the visitor, the units met are the visited host's.
      const host = ownerVisits ? hostBefore(m) : undefined;
      // "The delegation included ..., Dean of the Faculty of History ...": the units of the visitors' institution.
      const visitor =
        !ownerVisits && DELEGATION_MEMBERS.test(ctx.sentences[m.sentence]!.text) ? visitorOf() : undefined;
      if (host) add('PART_OF', entity, host, ctx.sentences[m.sentence]!, 'generic unit of the host visited', 0.5);
      else if (visitor) add('PART_OF', entity, visitor, ctx.sentences[m.sentence]!, "a delegation member's unit", 0.5);
      else add('PART_OF', entity, owner, ctx.sentences[m.sentence]!, 'generic unit of the owner', 0.5);
    }
  }
  // A test centre, campus or office the page names without a party is the owner's: "There is an IELTS test center".
  const withParty = new Set([...out.values()].filter((r) => r.type === 'PARTY_TO').map((r) => r.target));
  for (const agreement of resolved.entities) {
    const role = agreement.type === 'Agreement' && agreement.kind ? OWNER_KINDS[agreement.kind] : undefined;
    if (!role || !owner || withParty.has(agreement.key)) continue;
    const m = agreement.mentions[0]!;
    add('PARTY_TO', owner, agreement, ctx.sentences[m.sentence]!, "the owner's by its kind", 0.5, { role });
  }
  const kept = new Set(withoutOwnVisitHost([...out.values()], owner));
  for (const [key, relation] of out) if (!kept.has(relation)) out.delete(key);
  // A visit abroad: every host the text places in one country places the visit there.
  for (const visit of events.filter((e) => e.kind === 'visit')) {
    const hosts = [...out.values()].filter((r) => r.type === 'HOSTED' && r.target === visit.key);
    if (hosts.length === 0 || hosts.some((h) => h.source === owner?.key)) continue;
    const places = hosts.map((h) => [...out.values()].find((r) => r.type === 'LOCATED_IN' && r.source === h.source));
    const country = places[0]?.target;
    if (!country || places.some((p) => p?.target !== country)) continue;
    const entity = resolved.entities.find((e) => e.key === country);
    add('LOCATED_IN', visit, entity, ctx.sentences[places[0]!.evidence.sentence]!, "the hosts' country", 0.55);
  }
  return withoutUnitHosts(withoutHomeCountry([...out.values()], resolved.entities));
}

/**
 * "China-Japan Joint Laboratories" of CAS and the University of Tokyo: China is no country the agreement is with
 * when an institution is its party (the seed's references give China only to country-level agreements).
 */
function withoutHomeCountry(relations: Relation[], entities: Entity[]): Relation[] {
  const china = entities.find((e) => e.type === 'Country' && e.code === 'CN')?.key;
  const withParty = new Set(relations.filter((r) => r.type === 'PARTY_TO').map((r) => r.target));
  return relations.filter(
    (r) =>
      !(r.type === 'WITH_COUNTRY' && r.target === china && r.rule === 'country in name' && withParty.has(r.source)),
  );
}

/** The owner's delegation visits: the owner does not host its own visit ("A vice president received the delegation"). */
function withoutOwnVisitHost(relations: Relation[], owner: Entity | undefined): Relation[] {
  if (!owner) return relations;
  const visiting = new Set(
    relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.source === owner.key).map((r) => r.target),
  );
  return relations.filter(
    (r) => !(r.type === 'HOSTED' && r.source === owner.key && r.rule === 'visited us' && visiting.has(r.target)),
  );
}

/** The institutions joined to `first` by "and" or commas before the clause's verb: "CAS and the University of Tokyo". */
function coordinatedAfter(text: string, first: Mention, institutions: Mention[], verbAt: number): Mention[] {
  const out: Mention[] = [];
  let previous = first;
  for (const next of institutions.filter((m) => m.start > first.end && m.end <= verbAt)) {
    if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/.test(text.slice(previous.end, next.start))) break;
    out.push(next);
    previous = next;
  }
  return out;
}

/** "The 4 delegation members include:", "The delegation included", "members of the delegation were". */
const DELEGATION_MEMBERS =
  /\bdelegation\s+(?:members?\s+)?(?:include[sd]?|including|(?:was |is )?compris(?:ed|ing)|consist(?:s|ed) of|(?:was |is )?composed of)\b:?|\bmembers of the delegation (?:include[sd]?|were|are)\b:?|\b(?:other\s+)?(?:guests|visitors|delegates)\s+(?:include[sd]?|including)\b:?/i;

/** Names of groups that do not sign for one side of a visit: "the Sino-Russian Association of Economic Universities". */
const GROUP = /\b(?:Alliance|Association|Consortium|League|Network|Society|Federation|Union|Council)\b/;

/** A visited unit of a host ("the delegation visited Choi Kai Yau College") does not host the visit: its parent does. */
function withoutUnitHosts(relations: Relation[]): Relation[] {
  const parentOf = new Map(relations.filter((r) => r.type === 'PART_OF').map((r) => [r.source, r.target]));
  const hosts = new Set(relations.filter((r) => r.type === 'HOSTED').map((r) => `${r.source}|${r.target}`));
  return relations.filter(
    (r) => !(r.type === 'HOSTED' && parentOf.has(r.source) && hosts.has(`${parentOf.get(r.source)}|${r.target}`)),
  );
}

/** The institutions an agreement is said to gather: "has attracted dozens of universities, including A, B and C". */
function listedMembers(text: string, from: number, to: number, followers: Mention[]): Mention[] {
  const list =
    /\b(?:attracted|gathered|brought together|involv(?:es|ed|ing)|includ(?:es|ed))\b[^.;]{0,60}?\b(?:including|such as|among them)\s+/i.exec(
      text.slice(from, to),
    );
  if (!list) return [];
  const at = from + list.index + list[0].length;
  return followers.filter((m) => m.start >= at);
}

/** The one foreign country of a "Sino-X" / "China-X" agreement's name, as an entity of the document. */
function binationalCountry(agreement: Entity, entities: Entity[]): Entity | undefined {
  const pair = /\b(?:sino|china)-([\p{L}]+)/iu.exec(agreement.name);
  if (!pair) return undefined;
  const code = countryOf(pair[1]!)?.code;
  if (!code || code === 'CN') return undefined;
  return entities.find((e) => e.type === 'Country' && e.code === code);
}

/**
 * The institution a sentence opens at: "At CUJAE, President Li met ...", "In WSU, the delegation met ...", "At the
 * University of Geneva (UNIGE), ...". A country ("In Spain, ...") is no institution and is read elsewhere.
 */
export function atInstitution(text: string, sentence: Sentence, mentions: Mention[]): Mention | undefined {
  const open = /^(?:At|In)\s+(?:the\s+)?/.exec(sentence.text);
  if (!open) return undefined;
  const m = mentions.find((x) => x.type === 'Institution' && !x.nested && x.start === sentence.start + open[0].length);
  if (!m || !/^\s*(?:\([^()]*\))?\s*,/.test(text.slice(m.end, m.end + 20))) return undefined;
  return m;
}

/** What a title written before a name is preceded by: a country ("Iranian President"), "visiting". */
export function titleContext(text: string, nameStart: number, title: string): { country: boolean; visiting: boolean } {
  const window = text.slice(Math.max(0, nameStart - title.length - 40), nameStart);
  const at = window.lastIndexOf(title);
  const before = at >= 0 ? window.slice(0, at) : '';
  // The word just before the title, on the same line and in the same phrase ("Iranian President", not "Mexico\n\nPresident").
  const word = /([\p{L}-]+) $/u.exec(before)?.[1];
  return { country: word !== undefined && countryOf(word) !== undefined, visiting: /\bvisiting\s+$/i.test(before) };
}

/**
 * The places a visit lists after its first host: "visited Shandong Science and Technology Market, National
 * Supercomputing Center in Jinan, ..., etc." A gallery or a library toured is no host.
 */
function visitedList(text: string, mentions: Mention[], first: Mention | undefined): Mention[] {
  if (!first) return [];
  const candidates = mentions
    .filter((m) => m.type === 'Institution' && !m.nested && m.start > first.end)
    .sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let previous = first;
  for (const next of candidates) {
    if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/.test(text.slice(previous.end, next.start))) break;
    if (!/\b(?:Gallery|Library|Museum|Stadium|Hall|Campus)\b/.test(next.name)) out.push(next);
    previous = next;
  }
  return out.slice(0, 6);
}

/**
 * The first word of cooperation that states it: not inside a name ("Economic Cooperation Project", "Cooperation
 * Alliance") and not a modifier of a kind of agreement ("international cooperation projects").
 */
function cooperationCue(text: string, offset: number, clauseText: string, mentions: Mention[]): RegExpExecArray | null {
  for (const cue of clauseText.matchAll(new RegExp(COOPERATE.source, 'gi'))) {
    const at = offset + cue.index;
    if (mentions.some((m) => m.start <= at && at < m.end)) continue;
    if (
      /^\s+(?:and exchange\s+)?(?:projects?|programs?|programmes?|bases?|agreements?|platforms?)\b/i.test(
        text.slice(at + cue[0].length),
      )
    )
      continue;
    return cue;
  }
  return null;
}

/** The institutions joined to `last` by commas and "and" just before it: "A, B and last". */
function coordinatedBefore(text: string, last: Mention, mentions: Mention[]): Mention[] {
  const before = mentions
    .filter((m) => m.type === 'Institution' && !m.nested && !m.owner && m.end <= last.start)
    .sort((a, b) => b.start - a.start);
  const out: Mention[] = [];
  let next = last;
  for (const m of before) {
    if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/.test(text.slice(m.end, next.start))) break;
    out.push(m);
    next = m;
  }
  return out;
}

/** A unit followed by "at" or "in" and a university or academy: the unit's parent. */
function unitsAt(text: string, mentions: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  for (const unit of mentions) {
    // "CSCSE under MOE": any body written "under" another is its unit, whatever its name.
    const under = /^\s+under\s/i.test(text.slice(unit.end, unit.end + 8));
    if (unit.type !== 'Institution' || unit.nested || (!UNIT_HEAD.test(unit.name) && !under)) continue;
    const parent = mentions.find(
      (m) =>
        m.type === 'Institution' &&
        !m.nested &&
        m.start > unit.end &&
        /^\s+(?:at|in|under)\s+(?:the\s+)?$/i.test(text.slice(unit.end, m.start)) &&
        // "the Institute of Marine Sciences under the Spanish National Research Council": any body it is under.
        (m.owner ||
          m.kind === 'university' ||
          m.kind === 'academy' ||
          m.kind === 'college' ||
          /^\s+under\s/i.test(text.slice(unit.end, m.start))),
    );
    if (parent) out.push([unit, parent]);
  }
  return out;
}

/** Agreements a university runs itself, and its role in them, when the page names no party. */
const OWNER_KINDS: Record<string, string> = {
  'test-centre': 'host',
  'overseas-campus': 'lead',
  'overseas-office': 'lead',
  'training-base': 'host',
};

/** The two sides of a bilateral page, named by a phrase: "between the two universities", "both sides". */
const TWO_PARTIES = /\b(?:the two|both|their two) (?:universities|sides|parties|institutions|schools|colleges)\b/i;

/** "UM and Tongji University have established ... collaboration": two institutions joined by "and" before the cue. */
function statedPair(
  text: string,
  clause: { start: number; end: number },
  cueAt: number,
  institutions: Mention[],
): [Mention, Mention] | null {
  const before = institutions.filter((m) => m.start >= clause.start && m.end <= cueAt);
  for (let i = 0; i + 1 < before.length; i++) {
    const [a, b] = [before[i]!, before[i + 1]!];
    // The pair is the clause's subject: not after a preposition, and a verb follows it.
    const joined = /^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start));
    const afterPreposition = /\b(?:by|with|of|from|to|under|between|for|at|in)\s+(?:the\s+)?$/i.test(
      text.slice(clause.start, a.start),
    );
    const verb = /^\s+(?:have|has|had|jointly|established|signed|set up|launched|built|maintain|enjoy)\b/i.test(
      text.slice(b.end, cueAt),
    );
    if (joined && !afterPreposition && verb) return [a, b];
  }
  return null;
}

/** A passive grant without its giver: "... have all been granted", "has been approved". */
const GRANTED = /\b(?:has|have)\s+(?:all\s+)?been\s+(?:granted|approved|awarded|funded)\b(?!\s+by\b)/i;

const RECEIVED_GUESTS =
  /\b(?:received|welcomed|met with|had (?:a |an )?(?:\w+ )?(?:discussion|meeting|talks?) with)\b|\b(?:was|were) (?:\w+ )?received by\b/i;

/**
 * Who "attended": a person or a country, or an institution that is no unit and is not named in a title; a country
 * that only places an institution ("Seoul National University from South Korea") does not attend itself.
 */
function attends(text: string, m: Mention, mentions: Mention[], links: Link[]): boolean {
  const places = mentions.some(
    (x) =>
      x.type === 'Institution' &&
      x.end <= m.start &&
      /^\s*(?:,|\(|in|from)\s*(?:the\s+)?$/i.test(text.slice(x.end, m.start)),
  );
  if (m.type === 'Country') return !places;
  if (m.type === 'Person') return true;
  // Named in a title, or the parent of a unit named in one ("the deputy-director of the Beijing Institutes ..., CAS").
  const titles = links.filter((l) => l.type === 'AFFILIATED_WITH').map((l) => l.to);
  const titled = titles.some((t) => t === m || links.some((l) => l.type === 'PART_OF' && l.from === t && l.to === m));
  return !titled && !m.owner && !UNIT_HEAD.test(m.name);
}

/** People followed by "from", "of" or "at" an institution, when their title gave none: "Professor Li from X". */
function peopleFrom(text: string, mentions: Mention[], links: Link[]): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (m.type !== 'Person' || links.some((l) => l.type === 'AFFILIATED_WITH' && l.from === m)) continue;
    const institution = mentions.find(
      (x) =>
        x.type === 'Institution' &&
        !x.nested &&
        x.start > m.end &&
        /^\s+(?:from|of|at)\s+(?:the\s+)?$/i.test(text.slice(m.end, x.start)),
    );
    if (institution) out.set(m, institution);
  }
  return out;
}

/** The top of a unit's PART_OF links in its sentence: "Department of ... at the Ministry of ..." takes part as the ministry. */
function topOf(links: Link[], unit: Mention): Mention {
  let current = unit;
  for (let depth = 0; depth < 3; depth++) {
    const up = links.find((l) => l.type === 'PART_OF' && l.from === current);
    if (!up) break;
    current = up.to;
  }
  return current;
}

/** The institutions signatories sign for: the top of each one's affiliation (a dean's faculty signs as its university). */
function signingBodies(people: Mention[], affiliationsOf: (person: Mention) => Mention[], links: Link[]): Mention[] {
  return people.flatMap((person) => affiliationsOf(person).slice(0, 1)).map((m) => topOf(links, m));
}

/** People who open a sentence and act on stage: "Gusakov and Sun Haisheng pressed the start button". */
function actors(sentence: Sentence, mentions: Mention[]): Mention[] {
  const verb =
    /\b(?:pressed|unveiled|launched|cut the ribbon|presided over|jointly (?:unveiled|launched|released))\b/i.exec(
      sentence.text,
    );
  const first = mentions[0];
  if (!verb || !first || first.type !== 'Person' || first.start !== sentence.start) return [];
  return mentions.filter((m) => m.type === 'Person' && m.end <= sentence.start + verb.index);
}

/** People the visitors meet: "held talks with Rector Ivan Petrov", "had a meeting with P". */
function counterparts(s: string, offset: number, mentions: Mention[]): Mention[] {
  const cue = /\b(?:(?:held|had)\s+(?:talks|a talk|a meeting|discussions|a discussion)|met|meeting)\s+with\s+/i.exec(s);
  if (!cue) return [];
  const at = offset + cue.index + cue[0].length;
  return mentions.filter((m) => m.type === 'Person' && m.start >= at && m.start - at < 40).slice(0, 1);
}

/** People who receive a visit: "Vice President Qiu received guests", "was warmly received by UM Rector Song". */
function receivers(s: string, offset: number, mentions: Mention[]): Mention[] {
  const people = mentions.filter((m) => m.type === 'Person');
  const by = /\b(?:was|were) (?:\w+ )?received by\s+/i.exec(s);
  if (by) {
    const at = offset + by.index + by[0].length;
    return people.filter((m) => m.start >= at && m.start - at < 30).slice(0, 1);
  }
  const verb = /\b(?:received|welcomed|met with|had (?:a |an )?(?:\w+ )?(?:discussion|meeting|talks?) with)\b/i.exec(s);
  if (!verb) return [];
  const at = offset + verb.index;
  // The subject: the person just before the verb, nothing but a title or a name between.
  return people.filter((m) => m.end <= at && /^\s*$/.test(s.slice(m.end - offset, verb.index))).slice(-1);
}

/** The people who sign an agreement at a visit or ceremony: "A, dean of X, and B, ..., signed the MOU". */
function signatories(s: string, offset: number, mentions: Mention[], event: Entity): Mention[] {
  if (event.kind !== 'visit' && event.kind !== 'ceremony') return [];
  const verb = /\bsigned\b/.exec(s);
  if (!verb || !mentions.some((m) => m.type === 'Agreement' && m.start > offset + verb.index)) return [];
  return mentions.filter((m) => m.type === 'Person' && m.end <= offset + verb.index);
}

/** "College of Economics and Management", "Office of International Relations", "Graduate School", "Business School". */
const GENERIC_UNIT =
  /^(?:(?:College|School|Faculty|Department|Office|Division|Institute) of (?:[A-Z][a-z]+(?:,? (?:and )?| and | of )?){1,6}|(?:Graduate|Business|Law|Medical|Engineering|International) (?:School|College)|International Office|(?:[A-Z][a-z]+ ){1,3}(?:Affairs|Cooperation|Exchange|Relations) Office|(?:[A-Z][a-z]+ ){0,2}(?:Cent(?:er|re)|Hall|Building|Library|Gallery|Museum|Stadium) of [A-Z][a-z]+ Campus)$/;

/** "UM Library", "SDU School of Medicine": a unit named after its parent's acronym. */
function acronymParent(unit: Entity, entities: Entity[]): Entity | undefined {
  // "UM Library", or "National Space Science Center of CAS".
  const named = /^([\p{Lu}]{2,8})\s+(.+)$/u.exec(unit.name);
  const after = /^(.+)\s+of\s+([\p{Lu}]{2,8})$/u.exec(unit.name);
  const [acronym, rest] = named ? [named[1]!, named[2]!] : after ? [after[2]!, after[1]!] : [];
  if (!acronym || !rest || !(UNIT_HEAD.test(rest) || (after && /\b(?:University|Academy)\b/.test(rest))))
    return undefined;
  return entities.find(
    (e) =>
      e !== unit &&
      e.type === 'Institution' &&
      (e.name === acronym || e.aliases.includes(acronym) || isAcronymOf(acronym, e.name)),
  );
}
const UNIT_HEAD =
  /\b(?:College|School|Faculty|Department|Office|Library|Gallery|Museum|Hospital|Cent(?:er|re)|Institute)\b/;

/** Clauses: a sentence cut at semicolons and at ", and" / ", while" between independent parts. */
function splitClauses(sentence: Sentence): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = sentence.start;
  for (const match of sentence.text.matchAll(
    /;\s*|,\s+(?:and|while|but|whereas)\s+(?=(?:it|we|the|they|he|she|has|have|is|was)\b)/gi,
  )) {
    const at = sentence.start + match.index;
    out.push({ start: from, end: at });
    from = at + match[0].length;
  }
  out.push({ start: from, end: sentence.end });
  return out;
}
