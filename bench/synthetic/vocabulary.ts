/**
 * Vocabulary of the synthetic dataset
 * ===================================
 *
 * Word lists the name builders draw from: research fields (in rough order of popularity, so a Zipf pick makes
 * the first ones common), syllables for place names by world region, and personal names. Nothing here is a
 * real institution or person; the lists only make generated names read like the curated seed.
 */

/** Research fields, most common first. */
export const FIELDS = [
  'Artificial Intelligence',
  'Materials Science',
  'Marine Science',
  'New Energy',
  'Biomedicine',
  'Information Technology',
  'Mechanical Engineering',
  'Environmental Science',
  'Agriculture',
  'Chemical Engineering',
  'Economics and Management',
  'Education',
  'Civil Engineering',
  'Electronic Engineering',
  'Food Science',
  'Public Health',
  'Biotechnology',
  'Data Science',
  'Robotics',
  'Physics',
  'Mathematics',
  'Traditional Chinese Medicine',
  'Textile Engineering',
  'Transportation',
  'Water Resources',
  'Geosciences',
  'Aerospace',
  'Language and Culture',
  'Tourism and Hospitality',
  'Law',
  'Architecture',
  'Fisheries',
  'Forestry',
  'Nursing',
  'Logistics',
  'Finance',
  'Art and Design',
  'Semiconductors',
  'Smart Manufacturing',
  'Climate Change',
] as const;

/** A field's common shortening, used as an alias ("AI"). */
export const FIELD_ALIASES: Record<string, string[]> = {
  'Artificial Intelligence': ['AI'],
  'Information Technology': ['IT', 'information'],
  'New Energy': ['renewable energy'],
  'Biomedicine': ['biomedical science'],
  'Traditional Chinese Medicine': ['TCM'],
  'Data Science': ['big data'],
  'Marine Science': ['ocean science', 'ocean'],
};

export type NameStyle = 'chinese' | 'east-asian' | 'south-asian' | 'germanic' | 'romance' | 'slavic' | 'arabic' | 'african' | 'english';

/** Place-name parts per style: a city is one head and one tail. */
export const PLACE_PARTS: Record<NameStyle, { heads: string[]; tails: string[] }> = {
  chinese: {
    heads: ['Jin', 'Nan', 'Qing', 'Hai', 'Shan', 'Guang', 'Xi', 'Dong', 'Ning', 'Hua', 'Cheng', 'Wu', 'Su', 'Tai', 'Lan', 'Fu', 'Chang', 'Kun', 'Gui', 'Bao', 'Tian', 'Shen', 'He', 'Yan', 'Lin'],
    tails: ['zhou', 'yang', 'an', 'ning', 'chang', 'du', 'hai', 'ming', 'sha', 'tan', 'yuan', 'jiang', 'kou', 'yi', 'feng', 'de', 'xing', 'ping'],
  },
  'east-asian': {
    heads: ['Naka', 'Yama', 'Kawa', 'Taka', 'Hiro', 'Ota', 'Sai', 'Chung', 'Dae', 'Gwang', 'Seo', 'Kita', 'Mina', 'Asa'],
    tails: ['moto', 'saki', 'shima', 'oka', 'gawa', 'no', 'cheon', 'ju', 'san', 'won', 'hara', 'ta'],
  },
  'south-asian': {
    heads: ['Ban', 'Cha', 'Kha', 'Ram', 'Sur', 'Jaya', 'Kota', 'Hyder', 'Mada', 'Pat', 'Lak', 'Chan', 'Bandar', 'Surya'],
    tails: ['pur', 'abad', 'nagar', 'garh', 'wati', 'karta', 'buri', 'pura', 'lam', 'kot', 'pattana', 'rin'],
  },
  germanic: {
    heads: ['Ash', 'Bran', 'Dun', 'Els', 'Fal', 'Gren', 'Hol', 'Kirk', 'Lind', 'Nor', 'Ost', 'Ros', 'Sand', 'Stein', 'Wal', 'Ham', 'Fried', 'Linden'],
    tails: ['burg', 'heim', 'stadt', 'berg', 'dorf', 'hafen', 'holm', 'sund', 'dam', 'hoven', 'feld', 'brück'],
  },
  romance: {
    heads: ['Val', 'Mont', 'Bel', 'Castel', 'Ter', 'Sant', 'Vill', 'Port', 'Alba', 'Roca', 'Mar', 'Ciud'],
    tails: ['encia', 'pellier', 'mira', 'franco', 'ona', 'ana', 'ello', 'ade', 'ier', 'ona', 'eira', 'oso'],
  },
  slavic: {
    heads: ['Novo', 'Bela', 'Kras', 'Vol', 'Zlat', 'Yar', 'Pol', 'Ros', 'Mir', 'Kamen', 'Svet', 'Bor'],
    tails: ['grad', 'insk', 'ovo', 'sk', 'ograd', 'opol', 'ets', 'ino', 'ava', 'nik', 'ice', 'ov'],
  },
  arabic: {
    heads: ['Al ', 'Dar ', 'Ras ', 'Wadi ', 'Bani ', 'Jabal ', 'Qasr ', 'Sidi ', 'Bir ', 'Umm ', 'Tal ', 'Khor '],
    tails: ['Nahr', 'Salam', 'Khaima', 'Qamar', 'Farah', 'Hamra', 'Bayda', 'Marsa', 'Zahra', 'Nour'],
  },
  african: {
    heads: ['Ka', 'Mba', 'Lu', 'Nai', 'Ade', 'Oku', 'Tam', 'Kisu', 'Bu', 'Ngo', 'Aba', 'Mwa'],
    tails: ['mbe', 'nda', 'saka', 'robi', 'wale', 'mu', 'tenga', 'lolo', 'zana', 'dugu', 'ika', 'ngo'],
  },
  english: {
    heads: ['Ash', 'Brook', 'Carl', 'Dover', 'Fair', 'Glen', 'Hart', 'Kings', 'Maple', 'New', 'Oak', 'Red', 'Spring', 'West', 'Elm'],
    tails: ['ford', 'ton', 'field', 'wood', 'ville', 'bridge', 'haven', 'mouth', 'dale', 'port', 'view', 'ridge'],
  },
};

export const PERSON_NAMES: Record<NameStyle, { given: string[]; family: string[] }> = {
  chinese: {
    given: ['Wei', 'Fang', 'Jun', 'Lei', 'Min', 'Hong', 'Jing', 'Tao', 'Yan', 'Qiang', 'Haisheng', 'Xiaoming', 'Lihua', 'Jianguo', 'Yufei', 'Zhiwei'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo'],
  },
  'east-asian': {
    given: ['Hiroshi', 'Yuki', 'Kenji', 'Aiko', 'Min-jun', 'Ji-woo', 'Seo-yeon', 'Takeshi', 'Haruka', 'Dong-hyun'],
    family: ['Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Kim', 'Park', 'Lee', 'Choi', 'Nakamura', 'Yamamoto'],
  },
  'south-asian': {
    given: ['Arjun', 'Priya', 'Rahul', 'Ananya', 'Budi', 'Siti', 'Nguyen', 'Somchai', 'Anh', 'Ravi'],
    family: ['Kumar', 'Singh', 'Sharma', 'Patel', 'Santoso', 'Tran', 'Pham', 'Srisuk', 'Rahman', 'Das'],
  },
  germanic: {
    given: ['Anna', 'Lukas', 'Sophie', 'Jonas', 'Lena', 'Felix', 'Erik', 'Ingrid', 'Pieter', 'Sanne'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Jansen', 'de Vries', 'Johansson', 'Larsen', 'Berg'],
  },
  romance: {
    given: ['Marie', 'Lucas', 'Giulia', 'Marco', 'Sofia', 'Carlos', 'Ana', 'Pierre', 'Lucia', 'João'],
    family: ['Martin', 'Dubois', 'Rossi', 'Bianchi', 'García', 'Fernández', 'Silva', 'Santos', 'Moreau', 'Romano'],
  },
  slavic: {
    given: ['Ivan', 'Olga', 'Dmitry', 'Elena', 'Sergei', 'Natalia', 'Piotr', 'Katarzyna', 'Milan', 'Vladimir'],
    family: ['Ivanov', 'Petrova', 'Smirnov', 'Kuznetsova', 'Kowalski', 'Nowak', 'Novák', 'Popović', 'Gusakov', 'Sokolov'],
  },
  arabic: {
    given: ['Ahmed', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noor', 'Hassan', 'Amina'],
    family: ['Al-Sayed', 'Haddad', 'Nasser', 'Khoury', 'Mansour', 'Aziz', 'Farouk', 'Saleh', 'Karimi', 'Yilmaz'],
  },
  african: {
    given: ['Kwame', 'Amara', 'Chidi', 'Zanele', 'Tendai', 'Fatou', 'Kofi', 'Nia', 'Sipho', 'Abebe'],
    family: ['Okafor', 'Mensah', 'Diallo', 'Ndlovu', 'Kamau', 'Traoré', 'Banda', 'Mwangi', 'Osei', 'Tesfaye'],
  },
  english: {
    given: ['John', 'Emma', 'David', 'Sarah', 'James', 'Olivia', 'Michael', 'Grace', 'Daniel', 'Chloe'],
    family: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Wright', 'Thompson', 'Evans'],
  },
};

export const TITLES = ['Professor', 'Associate Professor', 'Dean', 'President', 'Vice President', 'Director', 'Researcher', 'Lecturer', 'Chief Engineer', 'Chairman'];

export const UNIVERSITY_TOPICS = ['Technology', 'Science and Technology', 'Agriculture', 'Medicine', 'Finance and Economics', 'Foreign Studies', 'Ocean Studies', 'Engineering'];
export const COMPANY_SECTORS = ['Technology', 'Energy', 'Pharmaceutical', 'Electronics', 'Machinery', 'Logistics', 'Software', 'Materials', 'Automotive', 'Biotech'];
export const COMPANY_SUFFIXES = ['Co., Ltd.', 'Group', 'Inc.', 'GmbH', 'Holdings', 'Corporation'];
export const DEGREES = ['Bachelor', 'Master', 'Doctoral', 'Diploma', 'Summer'];
