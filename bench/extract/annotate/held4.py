"""Fresh held-out pages (sixth round, held4): annotated by hand from the text alone, before any rule of that round
changed and before any extractor was run on them."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from lib import Doc

d = Doc('held4-01-shupl', "SHUPL's delegation visits the United Arab Emirates and Turkey")
d.n('Institution', 'shupl', 'Shanghai University of Political Science and Law', 'SHUPL’s delegation Visited the United Arab Emirates and Turkey', kind='university', aliases=['SHUPL'])
d.n('Institution', 'shupl-department-of-international-exchange-and-cooperation', 'Department of International Exchange and Cooperation', 'Director of the Department of International Exchange and Cooperation', kind='other')
d.n('Institution', 'shupl-international-students-affairs-office', 'International Students Affairs Office', 'the International Students Affairs Office', kind='other')
d.n('Institution', 'shupl-commission-for-discipline-inspection', 'Commission for Discipline Inspection', 'Deputy Secretary of the Commission for Discipline Inspection', kind='other')
d.n('Institution', 'bits-dubai', 'Birla Institute of Technology and Science, Dubai campus', 'the Dubai campus of Birla Institute of Technology and Science', kind='university', aliases=['Birla Institute of Technology and Science'])
d.n('Institution', 'bits-graduates-school', 'Graduates School', 'Dean of the Graduates School', kind='faculty')
d.n('Institution', 'bits-international-affairs-office', 'International Affairs Office', 'Head of International Affairs Office', kind='other')
d.n('Institution', 'biruni-university', 'Biruni University', 'Biruni University', kind='university')
d.n('Institution', 'altinbas-university', 'Altinbas University', 'Altinbas University', kind='university')
d.n('Institution', 'istanbul-university', 'Istanbul University', 'Istanbul University', kind='university')
d.c('AE', 'visited the United Arab Emirates and Turkey')
d.c('TR', 'visited the United Arab Emirates and Turkey')
people = [('ouyang-meihe', 'Ouyang Meihe', 'Director', 'shupl-department-of-international-exchange-and-cooperation', 'Ouyang Meihe, Director of the Department of International Exchange and Cooperation'),
          ('deng-jun', 'Deng Jun', 'Deputy Secretary', 'shupl-commission-for-discipline-inspection', 'Deng Jun, Deputy Secretary of the Commission for Discipline Inspection'),
          ('srinivasan-madapusi', 'Srinivasan Madapusi', 'President', 'bits-dubai', 'the President of the Dubai campus of Birla Institute of Technology and Science, Dr. Srinivasan Madapusi'),
          ('mb-srinivas', 'M.B Srinivas', 'Dean', 'bits-graduates-school', 'Dr. M.B Srinivas, Dean of the Graduates School'),
          ('vincent-shantha-kumar', 'Vincent Shantha Kumar', 'Head', 'bits-international-affairs-office', 'Dr. Vincent Shantha Kumar, Head of International Affairs Office')]
for pid, name, title, inst, e in people:
    d.n('Person', pid, name, e)
d.n('Event', 'shupl-visit-to-uae-and-turkey', 'SHUPL delegation visit to the United Arab Emirates and Turkey', 'SHUPL’s delegation Visited the United Arab Emirates and Turkey', kind='visit')
s = 'shupl'; b = 'bits-dubai'; v = 'shupl-visit-to-uae-and-turkey'
for u in ['shupl-department-of-international-exchange-and-cooperation', 'shupl-international-students-affairs-office', 'shupl-commission-for-discipline-inspection']:
    d.r('PART_OF', u, s, 'Director of the Department of International Exchange and Cooperation and the International Students Affairs Office, and Deng Jun, Deputy Secretary of the Commission for Discipline Inspection')
d.r('PART_OF', 'bits-graduates-school', b, 'Dean of the Graduates School')
d.r('PART_OF', 'bits-international-affairs-office', b, 'Head of International Affairs Office')
for pid, name, title, inst, e in people:
    d.r('AFFILIATED_WITH', pid, inst, e, title=title)
d.r('AFFILIATED_WITH', 'ouyang-meihe', 'shupl-international-students-affairs-office', 'Director of the Department of International Exchange and Cooperation and the International Students Affairs Office', title='Director')
d.r('LOCATED_IN', b, 'country-ae', 'In the United Arab Emirates, Ouyang Meihe and his delegation met with the President of the Dubai campus of Birla Institute of Technology and Science')
for u in ['biruni-university', 'altinbas-university', 'istanbul-university']:
    d.r('LOCATED_IN', u, 'country-tr', 'In Turkey, the delegation visited three universities: Biruni University, Altinbas University, and Istanbul University')
    d.r('HOSTED', u, v, 'In Turkey, the delegation visited three universities: Biruni University, Altinbas University, and Istanbul University', role='host')
    d.r('COOPERATES_WITH', s, u, 'The three universities above expressed their commitment to promoting deeper cooperation in various fields with SHUPL')
d.r('HOSTED', b, v, 'Ouyang Meihe and his delegation met with the President of the Dubai campus of Birla Institute of Technology and Science', role='host')
d.r('PARTICIPATED_IN', s, v, 'SHUPL’s delegation Visited the United Arab Emirates and Turkey')
d.r('PARTICIPATED_IN', 'ouyang-meihe', v, 'Ouyang Meihe and his delegation met with', role='head of delegation')
d.r('PARTICIPATED_IN', 'deng-jun', v, 'Deng Jun, Deputy Secretary of the Commission for Discipline Inspection, visited the United Arab Emirates and Turkey')
for pid in ['srinivasan-madapusi', 'mb-srinivas', 'vincent-shantha-kumar']:
    d.r('PARTICIPATED_IN', pid, v, 'Ouyang Meihe and his delegation met with the President of the Dubai campus of Birla Institute of Technology and Science, Dr. Srinivasan Madapusi, Senior Professor, Dr. M.B Srinivas, Dean of the Graduates School, and Dr. Vincent Shantha Kumar, Head of International Affairs Office')
d.r('COOPERATES_WITH', s, b, 'Both sides agreed that in the future they would strengthen exchanges and cooperation through joint training and scientific research')
d.save()

d = Doc('held4-02-upc-russia', 'UPC delegation visits Russian universities')
d.n('Institution', 'upc', 'China University of Petroleum (East China)', 'a delegation led by Vice-President Zha Ming took visits to Russian universities', kind='university', aliases=['UPC', 'China University of Petroleum'])
d.n('Institution', 'gubkin-university', 'Gubkin Russian State Oil and Gas University', 'Gubkin Russian State Oil and Gas University', kind='university')
d.n('Institution', 'perm-polytechnic', 'Perm National Research Polytechnic University', 'Perm National Research Polytechnic University', kind='university')
d.n('Institution', 'perm-state-university', 'Perm State University', 'Perm State University', kind='university')
d.n('Institution', 'chinese-embassy-in-russia', 'Chinese Embassy in Russia', 'Education Departments of the Chinese Embassy in Russia', kind='government')
d.n('Institution', 'perm-municipal-government', 'Perm municipal government', 'the Perm municipal government', kind='government')
d.n('Institution', 'perm-no2-confucius-classroom', 'Confucius Classroom at Perm No.2 middle school', 'the Confucius Classroom at Perm No.2 middle school', kind='other', aliases=['Confucius Classroom'])
d.c('RU', 'took visits to Russian universities')
d.c('CN', 'the Chinese Embassy in Russia')
d.n('Person', 'zha-ming', 'Zha Ming', 'Vice-President Zha Ming')
d.n('Event', 'upc-visit-to-russia', 'UPC delegation visit to Russian universities', 'a delegation led by Vice-President Zha Ming took visits to Russian universities', kind='visit')
d.n('Event', 'gubkin-85th-anniversary', 'Eighty-fifth anniversary celebration of Gubkin Russian State Oil and Gas University', 'the eighty-fifth anniversary celebration of Gubkin Russian State Oil and Gas University', kind='ceremony')
u = 'upc'; v = 'upc-visit-to-russia'; c = 'gubkin-85th-anniversary'
d.r('AFFILIATED_WITH', 'zha-ming', u, 'a delegation led by Vice-President Zha Ming', title='Vice-President')
d.r('PARTICIPATED_IN', u, v, 'a delegation led by Vice-President Zha Ming took visits to Russian universities')
d.r('PARTICIPATED_IN', 'zha-ming', v, 'a delegation led by Vice-President Zha Ming took visits to Russian universities', role='head of delegation')
for h in ['gubkin-university', 'perm-polytechnic', 'perm-state-university']:
    d.r('HOSTED', h, v, 'took visits to Russian universities, including Gubkin Russian State Oil and Gas University, Perm National Research Polytechnic University and Perm State University', role='host')
    d.r('LOCATED_IN', h, 'country-ru', 'Russian universities, including Gubkin Russian State Oil and Gas University, Perm National Research Polytechnic University and Perm State University')
    d.r('COOPERATES_WITH', u, h, 'they held talks about faculty and researcher exchange, scientific project cooperation, student exchange visits')
for h in ['chinese-embassy-in-russia', 'perm-municipal-government', 'perm-no2-confucius-classroom']:
    d.r('HOSTED', h, v, 'the delegation also visited Education Departments of the Chinese Embassy in Russia, the Perm municipal government, the Confucius Classroom at Perm No.2 middle school', role='host')
d.r('LOCATED_IN', 'perm-municipal-government', 'country-ru', 'the Perm municipal government')
d.r('HOSTED', 'gubkin-university', c, 'the eighty-fifth anniversary celebration of Gubkin Russian State Oil and Gas University', role='host')
d.r('PARTICIPATED_IN', u, c, 'the delegation was invited to the eighty-fifth anniversary celebration of Gubkin Russian State Oil and Gas University')
d.save()

d = Doc('held4-03-shnu-kent', 'Cooperation Affairs Discussed with Kent State University')
d.n('Institution', 'shnu', 'Shanghai Normal University', 'paid a visit to SHNU on June 16', kind='university', aliases=['SHNU'])
d.n('Institution', 'kent-state-university', 'Kent State University', 'Kent State University (KSU) of America', kind='university', aliases=['KSU'])
d.n('Institution', 'ksu-confucius-institute', 'Confucius Institute', 'the establishment of Confucius Institute (CI) in KSU', kind='other', aliases=['CI'])
d.n('Institution', 'hanban', 'Hanban', 'officials from Hanban', kind='government')
d.n('Institution', 'consulate-of-china-in-new-york', 'Consulate of China in New York', 'Consulate of China in New York', kind='government')
d.c('US', 'Kent State University (KSU) of America')
d.c('CN', 'Consulate of China in New York')
d.n('Person', 'robert-g-frank', 'Robert G. Frank', 'its Vice President Robert\nG. Frank')
d.n('Person', 'lu-jianfei', 'Lu Jianfei', 'SHNU Vice President Lu Jianfei')
d.n('Event', 'ksu-visit-to-shnu', 'Visit of the Kent State University delegation to SHNU', 'A delegation from Kent State University (KSU) of America', kind='visit')
d.n('Event', 'ksu-ci-opening-ceremony', 'Opening ceremony of the Confucius Institute in KSU', 'an opening ceremony for CI in KSU', kind='ceremony')
s = 'shnu'; k = 'kent-state-university'; v = 'ksu-visit-to-shnu'
d.r('LOCATED_IN', k, 'country-us', 'Kent State University (KSU) of America')
d.r('LOCATED_IN', 'consulate-of-china-in-new-york', 'country-us', 'Consulate of China in New York')
d.r('PART_OF', 'ksu-confucius-institute', k, 'the establishment of Confucius Institute (CI) in KSU')
d.r('AFFILIATED_WITH', 'robert-g-frank', k, 'headed by its Vice President Robert\nG. Frank', title='Vice President')
d.r('AFFILIATED_WITH', 'lu-jianfei', s, 'SHNU Vice President Lu Jianfei', title='Vice President')
d.r('HOSTED', s, v, 'paid a visit to SHNU on June 16', role='host')
d.r('PARTICIPATED_IN', k, v, 'A delegation from Kent State University (KSU) of America')
d.r('PARTICIPATED_IN', 'robert-g-frank', v, 'headed by its Vice President Robert\nG. Frank, paid a visit to SHNU', role='head of delegation')
d.r('PARTICIPATED_IN', 'lu-jianfei', v, 'SHNU Vice President Lu Jianfei received the guests')
d.r('HOSTED', k, 'ksu-ci-opening-ceremony', 'agreed to hold an opening ceremony for CI in KSU', role='host')
d.r('COOPERATES_WITH', s, k, 'The two sides exchanged ideas about the establishment of Confucius Institute (CI) in KSU')
d.save()

d = Doc('held4-04-scau-donga', 'Dong-A University delegates visit SCAU')
d.n('Institution', 'scau', 'South China Agricultural University', 'the International Office of SCAU', kind='university', aliases=['SCAU'])
d.n('Institution', 'scau-international-office', 'International Office', 'the International Office of SCAU', kind='other')
d.n('Institution', 'scau-college-of-public-management', 'College of Public Management', 'Deputy Dean of College of Public Management', kind='faculty')
d.n('Institution', 'scau-sfs', 'SFS', 'Onbehalf of SFS', kind='faculty', aliases=['School of Foreign Studies'])
d.n('Institution', 'dong-a-university', 'Dong-A University', 'visiting delegates fromDong-A University', kind='university')
d.n('Institution', 'dong-a-office-of-public-relations', 'Office of Public Relations', 'Dean ofOffice of Public Relations', kind='other')
d.n('Institution', 'dong-a-office-of-international-affairs', 'Office of International Affairs', 'Dean of Office of InternationalAffairs', kind='other', aliases=['Officie of International Affaris'])
people = [('suk-jung-han', 'Suk-Jung Han', 'President', 'dong-a-university', 'President Suk-Jung Han'),
          ('kyuhong-hwang', 'Kyuhong Hwang', 'Dean', 'dong-a-office-of-public-relations', 'Dean ofOffice of Public Relations Kyuhong Hwang'),
          ('cheolju-mun', 'Cheolju Mun', 'Dean', 'dong-a-office-of-international-affairs', 'Dean of Office of InternationalAffairs Cheolju Mun'),
          ('jung-dae-kim', 'Jung Dae Kim', None, 'dong-a-office-of-international-affairs', 'Jung Dae Kim of Officie of International Affaris'),
          ('feng-lixin', 'Feng Lixin', 'Director', 'scau-international-office', 'Prof.Feng Lixin, Director of the International Office of SCAU'),
          ('yang-zhou', 'Yang Zhou', 'Vice President', 'scau', 'Vice President Yang Zhou'),
          ('wang-ru', 'Wang Ru', 'Deputy Dean', 'scau-college-of-public-management', 'Deputy Dean of College of Public Management Wang Ru'),
          ('peng-ying', 'Peng Ying', 'Foreign Affairs Secretary', 'scau-sfs', 'Foreign Affairs Secretaries Peng Ying and Qin Jianhua and Mz Cui Xuemei of SFS'),
          ('qin-jianhua', 'Qin Jianhua', 'Foreign Affairs Secretary', 'scau-sfs', 'Onbehalf of SFS, Foreign Affairs Secretary Qin Jianhua'),
          ('cui-xuemei', 'Cui Xuemei', None, 'scau-sfs', 'Mz Cui Xuemei of SFS')]
for pid, name, title, inst, e in people:
    d.n('Person', pid, name, e)
d.n('Field', 'business-english', 'Business English', 'Business English')
d.n('Field', 'english-language-and-literature', 'English Language and Literature', 'English Language andLiterature')
d.n('Event', 'dong-a-visit-to-scau', 'Visit of the Dong-A University delegates to SCAU', 'the International Office of SCAU welcomed visiting delegates fromDong-A University', kind='visit')
s = 'scau'; g = 'dong-a-university'; v = 'dong-a-visit-to-scau'
for u, e in [('scau-international-office', 'the International Office of SCAU'), ('scau-college-of-public-management', 'Deputy Dean of College of Public Management Wang Ru'), ('scau-sfs', 'Mz Cui Xuemei of SFS')]:
    d.r('PART_OF', u, s, e)
d.r('PART_OF', 'dong-a-office-of-public-relations', g, 'The delegates included President Suk-Jung Han, Dean ofOffice of Public Relations')
d.r('PART_OF', 'dong-a-office-of-international-affairs', g, 'Dean of Office of InternationalAffairs')
for pid, name, title, inst, e in people:
    d.r('AFFILIATED_WITH', pid, inst, e, **({'title': title} if title else {}))
d.r('HOSTED', s, v, 'the International Office of SCAU welcomed visiting delegates fromDong-A University', role='host')
d.r('PARTICIPATED_IN', g, v, 'welcomed visiting delegates fromDong-A University')
for pid in ['suk-jung-han', 'kyuhong-hwang', 'cheolju-mun', 'jung-dae-kim']:
    d.r('PARTICIPATED_IN', pid, v, 'The delegates included President Suk-Jung Han, Dean ofOffice of Public Relations Kyuhong Hwang, Dean of Office of InternationalAffairs Cheolju Mun and Jung Dae Kim of Officie of International Affaris.')
d.r('PARTICIPATED_IN', 'feng-lixin', v, 'Prof.Feng Lixin, Director of the International Office of SCAU chaired the meeting')
for pid in ['yang-zhou', 'wang-ru', 'peng-ying', 'qin-jianhua', 'cui-xuemei']:
    d.r('PARTICIPATED_IN', pid, v, 'Vice President Yang Zhou, Deputy Dean of College of Public Management Wang Ru,Foreign Affairs Secretaries Peng Ying and Qin Jianhua and Mz Cui Xuemei of SFSwere also present.')
for f in ['business-english', 'english-language-and-literature']:
    d.r('IN_FIELD', v, f, 'possible cooperation between SFS andDong-A University in such majors as Business English and English Language andLiterature')
d.r('COOPERATES_WITH', 'scau-sfs', g, 'possible cooperation between SFS andDong-A University')
d.save()

d = Doc('held4-05-iue-cas', 'Young Japanese scientists visit IUE, CAS')
d.n('Institution', 'iue', 'Institute of Urban Environment', 'visited Institute of Urban Environment(IUE)', kind='research-institute', aliases=['IUE'])
d.n('Institution', 'cas', 'Chinese Academy of Sciences', 'Chinese Academy of Sciences(CAS)', kind='academy', aliases=['CAS'])
d.n('Institution', 'cstec', 'China Science and Technology Exchange Center', 'China Science and Technology Exchange Center', kind='government')
d.n('Institution', 'cstec-japan-branch', 'Japan Branch of China Science and Technology Exchange Center', 'the Japan Branch of China Science and Technology Exchange Center', kind='government', aliases=['Japan Branch'])
d.n('Institution', 'xiamen-stec', 'Xiamen Science and Technology Exchange Center', 'Xiamen Science and Technology Exchange Center', kind='government')
d.n('Institution', 'iue-science-and-technology-department', 'Science and Technology Department', 'Director of Science and Technology Department LU Xin', kind='other')
d.c('JP', 'a group of young Japanese scientists')
d.c('CN', 'the cooperation between China and Japan in science and technology')
people = [('bai-yanqiu', 'BAI Yanqiu', 'Director', 'cstec-japan-branch', 'BAI Yanqiu, Director of the Japan Branch of China Science and Technology Exchange Center'),
          ('sun-kang', 'SUN Kang', 'Deputy General Manager', 'xiamen-stec', 'SUN Kang, Deputy General Manager of Xiamen Science and Technology Exchange Center'),
          ('zhu-yongguan', 'ZHU Yongguan', 'Party Secretary', 'iue', 'ZHU Yongguan, Party Secretary of IUE'),
          ('lu-xin', 'LU Xin', 'Director', 'iue-science-and-technology-department', 'Director of Science and Technology Department LU Xin')]
for pid, name, title, inst, e in people:
    d.n('Person', pid, name, e)
d.n('Person', 'miyamura', 'Miyamura', 'Miyamura expressed her sincere gratitude to IUE for the opportunity of exchange on behalf of the delegation')
d.n('Event', 'japanese-scientists-visit-to-iue', 'Visit of a group of young Japanese scientists to IUE', 'a group of young Japanese scientists, accompanied by', kind='visit')
i = 'iue'; v = 'japanese-scientists-visit-to-iue'
d.r('PART_OF', i, 'cas', 'Institute of Urban Environment(IUE), Chinese Academy of Sciences(CAS)')
d.r('PART_OF', 'cstec-japan-branch', 'cstec', 'the Japan Branch of China Science and Technology Exchange Center')
d.r('PART_OF', 'iue-science-and-technology-department', i, 'Director of Science and Technology Department LU Xin made a detailed introduction of IUE')
for pid, name, title, inst, e in people:
    d.r('AFFILIATED_WITH', pid, inst, e, title=title)
d.r('HOSTED', i, v, 'visited Institute of Urban Environment(IUE), Chinese Academy of Sciences(CAS)', role='host')
for pid, e in [('bai-yanqiu', 'accompanied by BAI Yanqiu'), ('sun-kang', 'SUN Kang, Deputy General Manager of Xiamen Science and Technology Exchange Center, visited Institute of Urban Environment'),
               ('cstec-japan-branch', 'accompanied by BAI Yanqiu, Director of the Japan Branch of China Science and Technology Exchange Center'), ('xiamen-stec', 'Deputy General Manager of Xiamen Science and Technology Exchange Center, visited Institute of Urban Environment'),
               ('zhu-yongguan', 'ZHU Yongguan, Party Secretary of IUE, extended a warm welcome to the guests'), ('miyamura', 'Miyamura expressed her sincere gratitude to IUE for the opportunity of exchange on behalf of the delegation'),
               ('lu-xin', 'Director of Science and Technology Department LU Xin made a detailed introduction of IUE to the delegation')]:
    d.r('PARTICIPATED_IN', pid, v, e)
d.r('COOPERATES_WITH', i, 'country-jp', 'the past collaboration couducted between IUE and Japanese scientific institutions')
d.save()

d = Doc('held4-06-cas-serbia', 'CAS President Bai Chunli visits Serbia, South Korea and the Philippines')
d.n('Institution', 'cas', 'Chinese Academy of Sciences', 'A delegation led by CAS President Bai Chunli', kind='academy', aliases=['CAS'])
d.n('Institution', 'sasa', 'Serbian Academy of Science and Arts', 'President of the Serbian Academy of Science and Arts', kind='academy')
d.n('Institution', 'anso', 'Alliance of International Science Organizations in the Belt and Road Region', 'the Alliance of International Science Organizations in the Belt and Road Region', kind='other')
d.n('Institution', 'ph-dost', "Department of Science and Technology", "the Philippines' Department of Science and Technology", kind='government')
d.n('Institution', 'united-nations', 'United Nations', 'former UN Secretary-General Ban Ki-Moon', kind='other', aliases=['UN'])
d.c('RS', 'visited Serbia, South Korea, and the Philippines')
d.c('KR', 'visited Serbia, South Korea, and the Philippines')
d.c('PH', 'visited Serbia, South Korea, and the Philippines')
d.c('CN', 'China’s achievements in scientific research')
d.n('Person', 'bai-chunli', 'Bai Chunli', 'CAS President Bai Chunli')
d.n('Person', 'aleksandar-vucic', 'Aleksandar Vucic', 'Serbian President Aleksandar Vucic')
d.n('Person', 'vladimir-kostic', 'Vladimir Kostic', 'Vladimir Kostic, President of the Serbian Academy of Science and Arts')
d.n('Person', 'fortunato-dela', 'Fortunato dela', "Fortunato dela  ,Secretary of Science and Technology at the Philippines' Department of Science and Technology")
d.n('Person', 'ban-ki-moon', 'Ban Ki-Moon', 'former UN Secretary-General Ban Ki-Moon')
d.n('Event', 'cas-visit-to-serbia-korea-philippines', 'CAS delegation visit to Serbia, South Korea and the Philippines', 'A delegation led by CAS President Bai Chunli visited Serbia, South Korea, and the Philippines', kind='visit')
d.n('Agreement', 'cas-sasa-agreement', 'Agreement on scientific and technological cooperation between CAS and the Serbian Academy of Science and Arts', 'signed an agreement on scientific and technological cooperation between the two academies', kind='mou')
for fid, name in [('smart-cities', 'smart cities'), ('intelligent-rail-transit-technology', 'intelligent rail transit technology'), ('low-cost-medical-equipment', 'low cost medical equipment')]:
    d.n('Field', fid, name, name)
c = 'cas'; v = 'cas-visit-to-serbia-korea-philippines'; a = 'cas-sasa-agreement'
d.r('LOCATED_IN', 'sasa', 'country-rs', 'the Serbian Academy of Science and Arts')
d.r('LOCATED_IN', 'ph-dost', 'country-ph', "the Philippines' Department of Science and Technology")
d.r('AFFILIATED_WITH', 'bai-chunli', c, 'CAS President Bai Chunli', title='President')
d.r('AFFILIATED_WITH', 'vladimir-kostic', 'sasa', 'Vladimir Kostic, President of the Serbian Academy of Science and Arts', title='President')
d.r('AFFILIATED_WITH', 'fortunato-dela', 'ph-dost', "Secretary of Science and Technology at the Philippines' Department of Science and Technology", title='Secretary of Science and Technology')
d.r('AFFILIATED_WITH', 'ban-ki-moon', 'united-nations', 'former UN Secretary-General Ban Ki-Moon', title='former Secretary-General')
d.r('PARTICIPATED_IN', c, v, 'A delegation led by CAS President Bai Chunli visited Serbia')
d.r('PARTICIPATED_IN', 'bai-chunli', v, 'A delegation led by CAS President Bai Chunli visited Serbia', role='head of delegation')
d.r('PARTICIPATED_IN', 'aleksandar-vucic', v, 'In Serbia Bai met with Serbian President Aleksandar Vucic')
d.r('PARTICIPATED_IN', 'vladimir-kostic', v, 'Bai Chunli also held talks with Vladimir Kostic')
d.r('PARTICIPATED_IN', 'fortunato-dela', v, 'In the Philippines, Bai met with Fortunato dela')
d.r('PARTICIPATED_IN', 'ban-ki-moon', v, 'At their meeting in South Korea Bai and former UN Secretary-General Ban Ki-Moon exchanged views')
d.r('HOSTED', 'sasa', v, 'Bai Chunli also held talks with Vladimir Kostic, President of the Serbian Academy of Science and Arts', role='host')
d.r('HOSTED', 'ph-dost', v, "In the Philippines, Bai met with Fortunato dela  ,Secretary of Science and Technology at the Philippines' Department of Science and Technology", role='host')
d.r('PARTY_TO', c, a, 'signed an agreement on scientific and technological cooperation between the two academies', role='partner')
d.r('PARTY_TO', 'sasa', a, 'signed an agreement on scientific and technological cooperation between the two academies', role='partner')
d.r('SIGNED_AT', a, v, 'Bai Chunli also held talks with Vladimir Kostic, President of the Serbian Academy of Science and Arts, and signed an agreement')
for fid in ['smart-cities', 'intelligent-rail-transit-technology', 'low-cost-medical-equipment']:
    d.r('IN_FIELD', v, fid, 'They agreed to boost cooperation on smart cities, intelligent rail transit technology and low cost medical equipment.')
d.r('COOPERATES_WITH', c, 'sasa', 'signed an agreement on scientific and technological cooperation between the two academies')
d.r('COOPERATES_WITH', c, 'ph-dost', 'They agreed to boost cooperation on smart cities')
d.save()

d = Doc('held4-07-hrbeu', 'President SONG Yingdong Leads Delegation Visiting Russian Universities, Signing Cooperation Agreements')
d.n('Institution', 'heu', 'Harbin Engineering University', "HEU's global partnerships", kind='university', aliases=['HEU'])
d.n('Institution', 'smtu', 'Saint Petersburg State Marine Technical University', 'Saint Petersburg State Marine Technical University', kind='university')
d.n('Institution', 'itmo', 'Saint Petersburg National University of Information Technologies, Mechanics, and Optics', 'Saint Petersburg National University of Information Technologies, Mechanics, and Optics', kind='university')
d.n('Institution', 'moe', 'Ministry of Education', 'Minister HUAI Jinping of the Ministry of Education', kind='government')
d.c('RU', 'led a delegation to Russia')
d.c('CN', 'Chinese Minister of Education HUAI Jinping')
d.n('Person', 'song-yingdong', 'SONG Yingdong', 'President SONG Yingdong')
d.n('Person', 'huai-jinping', 'HUAI Jinping', 'Minister HUAI Jinping of the Ministry of Education')
d.n('Person', 'vasilyev', 'Vasilyev', 'university President Mr. Vasilyev')
d.n('Person', 'peterlova', 'Peterlova', 'Russian Deputy Minister of Education Peterlova')
d.n('Person', 'saykin', 'Saykin', 'First Vice President Mr. Saykin')
d.n('Event', 'heu-visit-to-russia', 'HEU delegation visit to Russian universities', 'President SONG Yingdong led a delegation to Russia', kind='visit')
d.n('Agreement', 'heu-itmo-cooperation-agreement', 'Cooperation agreement between HEU and ITMO', 'signing a cooperation agreement in the presence of', kind='mou')
d.n('Agreement', 'heu-smtu-cooperation-agreement', 'Cooperation agreement between HEU and Saint Petersburg State Marine Technical University', 'culminating in the signing of cooperation agreements', kind='mou')
h = 'heu'; v = 'heu-visit-to-russia'
d.r('LOCATED_IN', 'smtu', 'country-ru', 'Delegation Visiting Russian Universities')
d.r('LOCATED_IN', 'itmo', 'country-ru', 'Delegation Visiting Russian Universities')
d.r('LOCATED_IN', 'moe', 'country-cn', 'Chinese Minister of Education HUAI Jinping')
d.r('AFFILIATED_WITH', 'song-yingdong', h, 'President SONG Yingdong led a delegation', title='President')
d.r('AFFILIATED_WITH', 'huai-jinping', 'moe', 'Minister HUAI Jinping of the Ministry of Education', title='Minister')
d.r('AFFILIATED_WITH', 'vasilyev', 'itmo', 'At Saint Petersburg National University of Information Technologies, Mechanics, and Optics, President SONG Yingdong and university President Mr. Vasilyev', title='President')
d.r('AFFILIATED_WITH', 'saykin', 'smtu', 'At Saint Petersburg State Marine Technical University, President SONG Yingdong met with First Vice President Mr. Saykin', title='First Vice President')
d.r('PARTICIPATED_IN', h, v, 'President SONG Yingdong led a delegation to Russia')
d.r('PARTICIPATED_IN', 'song-yingdong', v, 'President SONG Yingdong led a delegation to Russia', role='head of delegation')
d.r('PARTICIPATED_IN', 'huai-jinping', v, 'participating in activities alongside Minister HUAI Jinping of the Ministry of Education')
d.r('PARTICIPATED_IN', 'vasilyev', v, 'President SONG Yingdong and university President Mr. Vasilyev attended exchange activities')
d.r('PARTICIPATED_IN', 'peterlova', v, 'in the presence of Chinese Minister of Education HUAI Jinping and Russian Deputy Minister of Education Peterlova')
d.r('PARTICIPATED_IN', 'saykin', v, 'President SONG Yingdong met with First Vice President Mr. Saykin')
d.r('HOSTED', 'itmo', v, 'At Saint Petersburg National University of Information Technologies, Mechanics, and Optics, President SONG Yingdong and university President Mr. Vasilyev attended exchange activities', role='host')
d.r('HOSTED', 'smtu', v, 'At Saint Petersburg State Marine Technical University, President SONG Yingdong met with First Vice President Mr. Saykin', role='host')
for ag, p, e in [('heu-itmo-cooperation-agreement', 'itmo', 'signing a cooperation agreement in the presence of Chinese Minister of Education HUAI Jinping'),
                 ('heu-smtu-cooperation-agreement', 'smtu', 'The visit included negotiations with Saint Petersburg State Marine Technical University and Saint Petersburg National University of Information Technologies, Mechanics, and Optics, culminating in the signing of cooperation agreements')]:
    d.r('PARTY_TO', h, ag, e, role='partner')
    d.r('PARTY_TO', p, ag, e, role='partner')
    d.r('SIGNED_AT', ag, v, e)
d.r('COOPERATES_WITH', h, 'itmo', 'Mr. Vasilyev, in turn, appreciated the cooperative achievements and expressed willingness to expand cooperation with HEU')
d.r('COOPERATES_WITH', h, 'smtu', 'discussing the history of cooperation between the two universities')
d.r('COOPERATES_WITH', h, 'country-ru', 'deepen comprehensive cooperation between HEU and Russian universities')
d.save()
