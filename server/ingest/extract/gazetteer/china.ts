/**
 * Chinese provinces and cities
 * ============================
 *
 * The provincial-level divisions and the larger cities, in pinyin as the English pages write them, so that
 * "held in Jinan" or "Shandong Province" place an institution or an event in China (LOCATED_IN) and give the
 * city property. No maintained npm package ships this list in English; it is short and stable.
 */
export const PROVINCES = [
  'Anhui',
  'Beijing',
  'Chongqing',
  'Fujian',
  'Gansu',
  'Guangdong',
  'Guangxi',
  'Guizhou',
  'Hainan',
  'Hebei',
  'Heilongjiang',
  'Henan',
  'Hubei',
  'Hunan',
  'Inner Mongolia',
  'Jiangsu',
  'Jiangxi',
  'Jilin',
  'Liaoning',
  'Ningxia',
  'Qinghai',
  'Shaanxi',
  'Shandong',
  'Shanghai',
  'Shanxi',
  'Sichuan',
  'Tianjin',
  'Tibet',
  'Xinjiang',
  'Yunnan',
  'Zhejiang',
];

export const CITIES = [
  'Beijing',
  'Shanghai',
  'Tianjin',
  'Chongqing',
  'Guangzhou',
  'Shenzhen',
  'Wuhan',
  'Chengdu',
  'Nanjing',
  "Xi'an",
  'Xian',
  'Hangzhou',
  'Jinan',
  'Qingdao',
  'Dalian',
  'Shenyang',
  'Harbin',
  'Changchun',
  'Zhengzhou',
  'Changsha',
  'Hefei',
  'Fuzhou',
  'Xiamen',
  'Kunming',
  'Nanning',
  'Guiyang',
  'Lanzhou',
  'Xining',
  'Yinchuan',
  'Urumqi',
  'Lhasa',
  'Hohhot',
  'Taiyuan',
  'Shijiazhuang',
  'Nanchang',
  'Haikou',
  'Sanya',
  'Suzhou',
  'Wuxi',
  'Ningbo',
  'Wenzhou',
  'Yantai',
  'Weifang',
  'Jining',
  'Zibo',
  'Linyi',
  'Weihai',
  'Rizhao',
  "Tai'an",
  'Dezhou',
  'Liaocheng',
  'Binzhou',
  'Heze',
  'Zaozhuang',
  'Dongying',
  'Luoyang',
  'Kaifeng',
  'Xuchang',
  'Xiangtan',
  'Zhuzhou',
  'Yichang',
  'Xiangyang',
  'Foshan',
  'Dongguan',
  'Zhuhai',
  'Shantou',
  'Zhanjiang',
  'Guilin',
  'Baoding',
  'Tangshan',
  'Qinhuangdao',
  'Handan',
  'Datong',
  'Baotou',
  'Anshan',
  'Jilin City',
  'Daqing',
  'Mudanjiang',
  'Changzhou',
  'Nantong',
  'Xuzhou',
  'Yangzhou',
  'Zhenjiang',
  'Jiaxing',
  'Shaoxing',
  'Jinhua',
  'Taizhou',
  'Quanzhou',
  'Zhangzhou',
  'Ganzhou',
  'Jiujiang',
  'Mianyang',
  'Leshan',
  'Zunyi',
  'Dali',
  'Lijiang',
  'Kashgar',
  "Yan'an",
  'Baoji',
  'Xianyang',
  'Tianshui',
  'Wuhu',
  'Bengbu',
  'Anqing',
  'Huainan',
];

const PLACES = new Map<string, 'province' | 'city'>();
for (const name of PROVINCES) PLACES.set(name.toLowerCase(), 'province');
for (const name of CITIES) if (!PLACES.has(name.toLowerCase())) PLACES.set(name.toLowerCase(), 'city');
const CITY_SET = new Set(CITIES.map((name) => name.toLowerCase()));

/** "province", "city" or undefined for a word of the text. */
export const chinesePlace = (word: string) => PLACES.get(word.toLowerCase().replace(/’/g, "'"));
export const isChineseCity = (word: string) => CITY_SET.has(word.toLowerCase().replace(/’/g, "'"));

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\p{L}])(?:${[...PLACES.keys()].map(escape).join('|')})(?![\\p{L}])`, 'giu');

export interface PlaceMatch {
  start: number;
  end: number;
  name: string;
  level: 'province' | 'city';
}

export function findChinesePlaces(text: string, offset = 0): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const match of text.matchAll(PATTERN)) {
    if (!/^[\p{Lu}]/u.test(match[0])) continue;
    out.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      name: match[0],
      level: chinesePlace(match[0])!,
    });
  }
  return out;
}
