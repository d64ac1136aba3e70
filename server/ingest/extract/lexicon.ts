/**
 * The rules' vocabulary
 * =====================
 *
 * Head nouns that make a capitalised phrase an institution, an agreement or an event, and the kind each
 * implies (the enumerations of core/model.ts); the titles and roles that anchor people; the words that start a
 * sentence but never a name; Chinese surnames for names written without a title.
 */

/** Institution heads and the Institution.kind they imply. */
export const INSTITUTION_HEADS: Record<string, string> = {
  university: 'university',
  universities: 'university',
  universität: 'university',
  universitat: 'university',
  université: 'university',
  universite: 'university',
  universidad: 'university',
  università: 'university',
  hochschule: 'university',
  polytechnic: 'university',
  ecole: 'university',
  école: 'university',
  college: 'college',
  colleges: 'college',
  school: 'faculty',
  faculty: 'faculty',
  academy: 'academy',
  academies: 'academy',
  institute: 'research-institute',
  institutes: 'research-institute',
  institution: 'research-institute',
  observatory: 'research-institute',
  station: 'research-institute',
  institut: 'research-institute',
  group: 'company',
  company: 'company',
  corporation: 'company',
  corp: 'company',
  ltd: 'company',
  inc: 'company',
  bank: 'company',
  enterprise: 'company',
  gmbh: 'company',
  plc: 'company',
  technologies: 'company',
  ministry: 'government',
  department: 'government',
  bureau: 'government',
  commission: 'government',
  administration: 'government',
  government: 'government',
  authority: 'government',
  agency: 'other',
  office: 'other',
  division: 'other',
  embassy: 'government',
  consulate: 'government',
  municipality: 'government',
  association: 'association',
  society: 'association',
  federation: 'association',
  council: 'association',
  union: 'association',
  chamber: 'association',
  alliance: 'alliance',
  consortium: 'alliance',
  network: 'alliance',
  league: 'alliance',
  laboratory: 'lab',
  lab: 'lab',
  laboratories: 'lab',
  centre: 'centre',
  center: 'centre',
  centres: 'centre',
  centers: 'centre',
  committee: 'other',
  foundation: 'other',
  organisation: 'other',
  organization: 'other',
  museum: 'other',
  library: 'other',
  hospital: 'other',
  market: 'other',
  press: 'other',
  park: 'other',
  club: 'other',
};

/** Agreement heads and the Agreement.kind they imply. */
export const AGREEMENT_HEADS: Record<string, string> = {
  program: 'education-program',
  programme: 'education-program',
  programs: 'education-program',
  programmes: 'education-program',
  project: 'research-project',
  projects: 'research-project',
  platform: 'platform',
  community: 'platform',
  studio: 'platform',
  campus: 'overseas-campus',
  campuses: 'overseas-campus',
  base: 'training-base',
  bases: 'training-base',
  agreement: 'mou',
  memorandum: 'mou',
  mou: 'mou',
  initiative: 'other',
  workshop: 'training-base',
};

/** Event heads and the Event.kind they imply. */
export const EVENT_HEADS: Record<string, string> = {
  conference: 'conference',
  conferences: 'conference',
  congress: 'conference',
  symposium: 'conference',
  seminar: 'conference',
  summit: 'forum',
  forum: 'forum',
  meeting: 'conference',
  expo: 'other',
  exhibition: 'other',
  fair: 'other',
  festival: 'other',
  ceremony: 'ceremony',
  visit: 'visit',
  week: 'other',
  dialogue: 'forum',
};

/** Words of an education agreement's name ("Cooperative Education Project" is a programme, not research). */
export const EDUCATION_WORDS =
  /\b(education|educational|training|degree|teaching|school|schools|students?|talents?|joint training|running schools)\b/i;

/** Words that begin a sentence or a clause and are never the start of a name. */
export const LEADING_STOP = new Set(
  (
    'the a an at in on under from during since between with and or this these those our its his her their both over ' +
    'after before by through for of to as when while currently recently furthermore moreover meanwhile also it he she ' +
    'they we there here that which who whose where according among including such than then thus however besides ' +
    'today yesterday tomorrow now present future past last next each every all some many most ' +
    'more other another several various numerous leading famous renowned well-known relevant respective jointly ' +
    'later upon via into across around about within without ' +
    'i you me us them my your if so but not no yes sincerely dear news home source release time views editor'
  ).split(' '),
);

/** Titles and roles that anchor a person's name; longest first when matched. */
export const TITLES = [
  'Secretary of the Party Leadership Group',
  'Secretary of the Party Committee',
  'Party Secretary',
  'Party Committee Secretary',
  'Executive Vice President',
  'Executive Vice-President',
  'Vice President',
  'Vice-President',
  'Deputy President',
  'President',
  'Vice Chancellor',
  'Vice-Chancellor',
  'Chancellor',
  'Vice Rector',
  'Vice-Rector',
  'Rector',
  'Provost',
  'Vice Chairman',
  'Vice-Chairman',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Co-Chair',
  'Chair',
  'Deputy Director-General',
  'DDG',
  'DG',
  'Director-General',
  'Director General',
  'Deputy Director General',
  'Deputy Director',
  'Deputy-Director',
  'Executive Director',
  'Director',
  'Executive Dean',
  'Vice Dean',
  'Associate Dean',
  'Dean',
  'Secretary-General',
  'Secretary General',
  'Deputy Secretary',
  'Secretary',
  'Associate Professor',
  'Assistant Professor',
  'Professor',
  'Prof.',
  'Prof',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Ms.',
  'Ms',
  'Mrs.',
  'Mrs',
  'Academician',
  'Researcher',
  'Senior Researcher',
  'Research Fellow',
  'Advisor',
  'Adviser',
  'Deputy Governor',
  'Vice Governor',
  'Governor',
  'Deputy Mayor',
  'Vice Mayor',
  'Mayor',
  'Minister',
  'Vice Minister',
  'Deputy Minister',
  'Ambassador',
  'Consul General',
  'Consul-General',
  'Head',
  'Publisher',
  'Editor',
  'General Manager',
  'Manager',
  'CEO',
  'Founder',
  'Principal',
  'Vice Principal',
  'College Master',
  'Counsellor',
  'Counselor',
  'Attaché',
  'Chief Executive',
  'Chief Scientist',
  'Leader',
  'Coordinator',
  'Correspondent',
  'Interpreter',
  'Translator',
  'Lecturer',
  'Senior Lecturer',
];

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title of two words may be written with a hyphen: "vice-president", "deputy-director". */
const spaced = (value: string) => escape(value).replace(/ /g, '[\\s-]');
/** A title at the start of a segment, case-insensitive, with an optional "the", "former", "executive". */
export const TITLE_PATTERN = new RegExp(
  `^(?:the\\s+)?(?:(?:former|then|acting|honorary|founding|first|permanent|new|newly appointed|newly elected)\\s+)?(?:${[
    ...TITLES,
  ]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|')})(?![\\p{L}])`,
  'iu',
);
/** Titles written before a name: "President Zhou Yichun", "Prof. Dr. Ralph Stengler". */
export const TITLE_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])((?:(?:Former|Executive|Deputy|Vice)\\s+)?(?:${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')}))\\s+`,
  'gu',
);

/** Verbs of speech that follow a bare surname: "Chavez said", "Gushakov expressed". */
export const SPEECH_VERBS =
  /^(said|says|stated|noted|expressed|pointed|hoped|hopes|emphasized|emphasised|stressed|added|introduced|extended|highlighted|welcomed|outlined|briefly|spoke|thanked|remarked|believed|mentioned|proposed|delivered|presented|explained|announced|wished|looked|gave)\b/;

/** The common Chinese surnames in pinyin, for names written without a title ("Wang Guiying, Sun Haisheng"). */
export const CHINESE_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin ' +
    'fu zhong tan lv lü cui dai fan fang shi qiu xiong meng qin bai jia yan hou xue lei long duan hao kong shao shao ' +
    'wan mao qian zou yin gu chang kang hong ge niu yi mo ou gong xing wen geng bi qi ni ai nie lan jiao shang ' +
    'zhan tao ji bao hua ning ling mu zhuang yue'
  ).split(' '),
);

/** A pinyin given name: one or two syllables, as one capitalised word ("Guiying", "Yuxia", "Rong"). */
export const PINYIN_GIVEN = /^[A-Z][a-z]*(?:[aeiouü][a-z]*){1,3}$/;

/** Generic words that refer to the page owner: "the university", "our college". */
export const OWNER_NOUNS = 'university|college|school|academy|institute|faculty|institution|centre|center|department';
