"""Fresh held-out pages (fifth round, held3): annotated by hand from the text alone, before any rule of that round
changed and before any extractor was run on them."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from lib import Doc

d = Doc('held3-01-sau', 'Universidad Rey Juan Carlos delegation visits SAU')
d.n('Institution', 'shenyang-aerospace-university', 'Shenyang Aerospace University', 'introduced the information of our university', kind='university', aliases=['SAU'])
d.n('Institution', 'universidad-rey-juan-carlos', 'Universidad Rey Juan Carlos', 'Universidad Rey Juan Carlos (Spain)', kind='university')
d.n('Institution', 'sau-international-education-college', 'International Education College', 'Dean of International Education College', kind='faculty')
d.c('ES', 'Universidad Rey Juan Carlos (Spain)')
d.n('Person', 'richard-chen', 'Richard Chen', 'Mr. Richard Chen, Dean of International Education College')
d.n('Event', 'urjc-visit-to-sau', 'Visit of the Universidad Rey Juan Carlos delegation to SAU', 'received the delegation from Universidad Rey Juan Carlos (Spain)', kind='visit')
s = 'shenyang-aerospace-university'; u = 'universidad-rey-juan-carlos'; v = 'urjc-visit-to-sau'
d.r('AFFILIATED_WITH', 'richard-chen', 'sau-international-education-college', 'Mr. Richard Chen, Dean of International Education College', title='Dean')
d.r('PART_OF', 'sau-international-education-college', s, 'Dean of International Education College received the delegation')
d.r('LOCATED_IN', u, 'country-es', 'Universidad Rey Juan Carlos (Spain)')
d.r('HOSTED', s, v, 'This was the first visit of a Spanish university to our university', role='host')
d.r('PARTICIPATED_IN', u, v, 'received the delegation from Universidad Rey Juan Carlos (Spain)')
d.r('PARTICIPATED_IN', 'richard-chen', v, 'Mr. Richard Chen, Dean of International Education College received the delegation')
d.r('COOPERATES_WITH', s, u, 'ushering in the cooperation between our university and Spanish universities')
d.save()

d = Doc('held3-02-gdufs', 'GDUFS Renewed Agreements with UFU to Promote Cooperation')
d.n('Institution', 'guangdong-university-of-foreign-studies', 'Guangdong University of Foreign Studies', 'GDUFS held a cooperation agreement signing ceremony', kind='university', aliases=['GDUFS'])
d.n('Institution', 'ural-federal-university', 'Ural Federal University', 'signing ceremony with Ural Federal University', kind='university', aliases=['UFU'])
d.n('Institution', 'ufu-confucius-institute', 'Confucius Institute', 'the construction of the Confucius Institute', kind='other')
d.c('CN', 'International Strategy Talents of China')
d.n('Person', 'zhong-weihe', 'Zhong Weihe', 'President Zhong Weihe')
d.n('Person', 'victor-koksharov', 'Victor Koksharov', 'President Victor Koksharov')
d.n('Event', 'gdufs-ufu-signing-ceremony', 'Signing ceremony of the GDUFS-UFU cooperation agreement', 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University', kind='ceremony')
d.n('Agreement', 'gdufs-ufu-cooperation-agreement', 'Cooperation agreement between GDUFS and UFU', 'They renewed the cooperation agreement', kind='mou')
g = 'guangdong-university-of-foreign-studies'; f = 'ural-federal-university'; v = 'gdufs-ufu-signing-ceremony'; a = 'gdufs-ufu-cooperation-agreement'
d.r('AFFILIATED_WITH', 'zhong-weihe', g, 'The two University Presidents, President Zhong Weihe', title='President')
d.r('AFFILIATED_WITH', 'victor-koksharov', f, 'The two University Presidents, President Zhong Weihe and President Victor Koksharov', title='President')
d.r('HOSTED', g, v, 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University', role='host')
d.r('PARTICIPATED_IN', f, v, 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University')
d.r('PARTICIPATED_IN', 'zhong-weihe', v, 'President Zhong Weihe and President Victor Koksharov, met on the North campus')
d.r('PARTICIPATED_IN', 'victor-koksharov', v, 'President Zhong Weihe and President Victor Koksharov, met on the North campus')
d.r('PARTY_TO', g, a, 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University', role='partner')
d.r('PARTY_TO', f, a, 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University', role='partner')
d.r('SIGNED_AT', a, v, 'GDUFS held a cooperation agreement signing ceremony with Ural Federal University')
d.r('COOPERATES_WITH', g, f, 'it was honorable to cooperate with Ural Federal University')
d.save()

d = Doc('held3-03-hnu-hcmussh', 'Liu Xiangrong Signs Cooperation Agreement with Vietnam National University')
d.n('Institution', 'hunan-normal-university', 'Hunan Normal University', 'headed a delegation to visit HNU', kind='university', aliases=['HNU'])
d.n('Institution', 'vnu-hcm', 'Vietnam National University, Ho Chi Minh City', 'Rector of Vietnam National University, Ho Chi Minh City', kind='university', aliases=['Vietnam National University'])
d.n('Institution', 'hcmussh', 'Ho Chi Minh City University of Social Sciences and Humanities', 'Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH)', kind='university', aliases=['HCMUSSH', 'University of Social Sciences and Humanities'])
d.c('VN', 'communication with Vietnam education institutions')
people = [('vo-van-sen', 'Vo Van Sen', 'Rector', 'hcmussh', 'Vo Van Sen, Rector of Vietnam National University, Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH)'),
          ('liu-xiangrong', 'Liu Xiangrong', 'President', 'hunan-normal-university', 'President Liu Xiangrong warmly welcomed the guests and signed cooperation agreement with HCMUSSH on behalf of HNU'),
          ('jiang-hongxin', 'Jiang Hongxin', 'Vice President', 'hunan-normal-university', 'Vice President Jiang Hongxin hosted the meeting'),
          ('ha-minh-hong', 'Ha Minh Hong', 'Dean of History and Culture', 'hcmussh', 'Ha Minh Hong, Dean of History and Culture of HCMUSSH'),
          ('boan-le-giang', 'Boan Le Giang', 'Dean of Literature and Linguistics', 'hcmussh', 'Boan Le Giang, Dean of Literature and Linguistics of HCMUSSH')]
for pid, name, title, inst, e in people:
    d.n('Person', pid, name, e)
d.n('Person', 'nguyen-thi-quynh-chi', 'Nguyen Thi Quynh Chi', 'Interpreter Nguyen Thi Quynh Chi')
d.n('Event', 'hcmussh-visit-to-hnu', 'Visit of the HCMUSSH delegation to HNU', 'headed a delegation to visit HNU', kind='visit')
d.n('Agreement', 'hnu-hcmussh-cooperation-agreement', 'Cooperation agreement between HNU and HCMUSSH', 'signed cooperation agreement with HCMUSSH on behalf of HNU', kind='mou')
h = 'hunan-normal-university'; x = 'hcmussh'; v = 'hcmussh-visit-to-hnu'; a = 'hnu-hcmussh-cooperation-agreement'
d.r('PART_OF', x, 'vnu-hcm', 'Vietnam National University, Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH)')
for pid, name, title, inst, e in people:
    d.r('AFFILIATED_WITH', pid, inst, e, title=title)
d.r('HOSTED', h, v, 'headed a delegation to visit HNU', role='host')
d.r('PARTICIPATED_IN', x, v, 'Vo Van Sen, Rector of Vietnam National University, Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH), headed a delegation')
d.r('PARTICIPATED_IN', 'vo-van-sen', v, 'Vo Van Sen, Rector of Vietnam National University, Ho Chi Minh City University of Social Sciences and Humanities (HCMUSSH), headed a delegation', role='head of delegation')
d.r('PARTICIPATED_IN', 'liu-xiangrong', v, 'President Liu Xiangrong warmly welcomed the guests')
d.r('PARTICIPATED_IN', 'jiang-hongxin', v, 'Vice President Jiang Hongxin hosted the meeting')
for pid in ['ha-minh-hong', 'boan-le-giang', 'nguyen-thi-quynh-chi']:
    d.r('PARTICIPATED_IN', pid, v, 'Other guests included: Ha Minh Hong, Dean of History and Culture of HCMUSSH; Boan Le Giang, Dean of Literature and Linguistics of HCMUSSH; and Interpreter Nguyen Thi Quynh Chi.')
d.r('PARTY_TO', h, a, 'signed cooperation agreement with HCMUSSH on behalf of HNU', role='partner')
d.r('PARTY_TO', x, a, 'signed cooperation agreement with HCMUSSH on behalf of HNU', role='partner')
d.r('SIGNED_AT', a, v, 'President Liu Xiangrong warmly welcomed the guests and signed cooperation agreement with HCMUSSH on behalf of HNU')
d.r('COOPERATES_WITH', h, x, 'HNU and our guests reached cooperative agreement in such fields as education and research and established partnership')
d.save()

d = Doc('held3-04-qust', 'Signing ceremony of the QUST-Kwangwoon University cooperation agreement')
d.n('Institution', 'qingdao-university-of-science-and-technology', 'Qingdao University of Science and Technology', 'Qingdao University of Science and Technology(QUST)', kind='university', aliases=['QUST'])
d.n('Institution', 'kwangwoon-university', 'Kwangwoon University', 'Kwangwoon University (Korea)', kind='university')
d.n('Institution', 'cscse', 'CSCSE', 'a strategic cooperation agreement with CSCSE under MOE', kind='government')
d.n('Institution', 'ministry-of-education', 'Ministry of Education', 'CSCSE under MOE', kind='government', aliases=['MOE'])
d.n('Institution', 'qust-international-exchange-and-cooperation-office', 'International Exchange and Cooperation Office', 'The relevant persons of the International Exchange and Cooperation Office', kind='other')
d.c('KR', 'Kwangwoon University (Korea)')
d.c('CN', 'the traditional friendship between China and South Korea')
d.c('DE', 'Sino-GermanCampus')
d.n('Person', 'ma-lianxiang', 'Ma Lianxiang', 'Party Secretary, President Ma Lianxiang')
d.n('Person', 'jisang-yoo', 'Jisang Yoo', 'President Jisang Yoo of Kwangwoon University')
d.n('Event', 'qust-kwangwoon-signing-ceremony', 'Signing ceremony of the QUST-Kwangwoon cooperation agreement', 'the signing ceremony of theCooperationAgreement on Undergraduate Study Abroad Programbetween Qingdao University of Science and Technology(QUST)and Kwangwoon University (Korea) was held', kind='ceremony')
d.n('Agreement', 'qust-kwangwoon-agreement-on-undergraduate-study-abroad-program', 'Cooperation Agreement on Undergraduate Study Abroad Program', 'theCooperationAgreement on Undergraduate Study Abroad Programbetween Qingdao University of Science and Technology(QUST)and Kwangwoon University (Korea)', kind='education-program')
d.n('Agreement', 'qust-cscse-strategic-cooperation-agreement', 'Strategic cooperation agreement between QUST and CSCSE', 'hassigned a strategic cooperation agreement with CSCSE under MOE', kind='mou')
d.n('Field', 'electronic-technology', 'electronic technology', 'electronic technology')
d.n('Field', 'artificial-intelligence', 'artificial intelligence', 'artificial intelligence')
q = 'qingdao-university-of-science-and-technology'; k = 'kwangwoon-university'; v = 'qust-kwangwoon-signing-ceremony'; a = 'qust-kwangwoon-agreement-on-undergraduate-study-abroad-program'; b = 'qust-cscse-strategic-cooperation-agreement'
d.r('LOCATED_IN', k, 'country-kr', 'Kwangwoon University (Korea)')
d.r('PART_OF', 'cscse', 'ministry-of-education', 'CSCSE under MOE')
d.r('PART_OF', 'qust-international-exchange-and-cooperation-office', q, 'The relevant persons of the International Exchange and Cooperation Office attended the signing ceremony.')
d.r('AFFILIATED_WITH', 'ma-lianxiang', q, 'Party Secretary, President Ma Lianxiang', title='Party Secretary, President')
d.r('AFFILIATED_WITH', 'jisang-yoo', k, 'President Jisang Yoo of Kwangwoon University', title='President')
d.r('HOSTED', q, v, 'was held inNo.2015ConferenceRoom of theAdministration Buildingat Laoshan Campus', role='host')
d.r('PARTICIPATED_IN', k, v, 'President Jisang Yoo of Kwangwoon University attended the signing ceremony')
d.r('PARTICIPATED_IN', 'ma-lianxiang', v, 'President Ma Lianxiang, and President Jisang Yoo of Kwangwoon University attended the signing ceremony')
d.r('PARTICIPATED_IN', 'jisang-yoo', v, 'President Jisang Yoo of Kwangwoon University attended the signing ceremony')
d.r('PARTICIPATED_IN', 'qust-international-exchange-and-cooperation-office', v, 'The relevant persons of the International Exchange and Cooperation Office attended the signing ceremony.')
d.r('PARTY_TO', q, a, 'Programbetween Qingdao University of Science and Technology(QUST)and Kwangwoon University (Korea)', role='partner')
d.r('PARTY_TO', k, a, 'Programbetween Qingdao University of Science and Technology(QUST)and Kwangwoon University (Korea)', role='partner')
d.r('SIGNED_AT', a, v, 'the signing ceremony of theCooperationAgreement on Undergraduate Study Abroad Program')
d.r('PARTY_TO', q, b, 'QUST hassigned a strategic cooperation agreement with CSCSE under MOE', role='partner')
d.r('PARTY_TO', 'cscse', b, 'QUST hassigned a strategic cooperation agreement with CSCSE under MOE', role='partner')
for fid in ['electronic-technology', 'artificial-intelligence']:
    d.r('IN_FIELD', a, fid, 'practical cooperation insuchfieldsas electronic technology and artificial intelligence')
d.r('COOPERATES_WITH', q, k, 'Kwangwoon University will enhance mutual trust and work side by side with QUST')
d.save()

d = Doc('held3-05-nankai-cfl', 'Delegation of the College of Foreign Languages Visits European Universities to Promote International Training of Foreign Language Talents')
d.n('Institution', 'nankai-college-of-foreign-languages', 'College of Foreign Languages', 'Professor Yan Guodong, Dean of the College of Foreign Languages', kind='faculty', aliases=['CFL'])
d.n('Institution', 'university-of-paris-est', 'University of Paris-Est', 'the University of Paris-Est', kind='university')
d.n('Institution', 'catholic-university-of-the-west', 'Catholic University of the West', 'the Catholic University of the West (Université Catholique de l’Ouest)', kind='university', aliases=['Université Catholique de l’Ouest'])
d.n('Institution', 'university-of-geneva', 'University of Geneva', 'the University of Geneva', kind='university')
d.n('Institution', 'united-nations', 'United Nations', 'the headquarters of the United Nations in Switzerland', kind='other')
d.n('Institution', 'paris-est-college-of-liberal-arts', 'College of Liberal Arts', 'the College of Liberal Arts of the university', kind='faculty')
d.c('FR', 'visit universities in France and Switzerland')
d.c('CH', 'visit universities in France and Switzerland')
d.n('Person', 'yan-guodong', 'Yan Guodong', 'Professor Yan Guodong, Dean of the College of Foreign Languages')
d.n('Event', 'cfl-delegation-visit-to-france-and-switzerland', 'CFL delegation visit to universities in France and Switzerland', 'led other leaders and department heads of the College to visit universities in France and Switzerland', kind='visit')
d.n('Agreement', 'cfl-paris-est-exchange-agreement', 'Exchange agreement between CFL and the University of Paris-Est', 'renewed the exchange agreement', kind='mou')
d.n('Agreement', 'cfl-geneva-exchange-agreement', 'Exchange agreement between CFL and the University of Geneva', 'signed exchange agreements with representatives of the University of Paris-Est, the Catholic University of the West (Université Catholique de l’Ouest), and the University of Geneva', kind='mou')
d.n('Agreement', 'cfl-uco-framework-agreement-on-cooperation', 'Framework agreement on cooperation between CFL and the Catholic University of the West', 'The two sides signed a framework agreement on cooperation', kind='mou')
d.n('Agreement', 'cfl-uco-student-exchange-agreement', 'Student exchange agreement between CFL and the Catholic University of the West', 'a student exchange agreement', kind='mou')
c = 'nankai-college-of-foreign-languages'; v = 'cfl-delegation-visit-to-france-and-switzerland'; pe = 'university-of-paris-est'; uco = 'catholic-university-of-the-west'; ge = 'university-of-geneva'
d.r('AFFILIATED_WITH', 'yan-guodong', c, 'Professor Yan Guodong, Dean of the College of Foreign Languages', title='Dean')
d.r('PART_OF', 'paris-est-college-of-liberal-arts', pe, 'the College of Liberal Arts of the university')
d.r('PARTICIPATED_IN', c, v, 'Delegation of the College of Foreign Languages Visits European Universities')
d.r('PARTICIPATED_IN', 'yan-guodong', v, 'Professor Yan Guodong, Dean of the College of Foreign Languages, led other leaders and department heads of the College to visit universities', role='head of delegation')
for h, e in [(pe, 'the delegation visited the University of Paris-Est'), (uco, 'the delegation visited the Catholic University of the West'), (ge, 'the University of Geneva'), ('united-nations', 'the delegation visited the headquarters of the United Nations in Switzerland')]:
    d.r('HOSTED', h, v, e, role='host')
d.r('PARTICIPATED_IN', 'paris-est-college-of-liberal-arts', v, 'The delegation held discussions with the Dean of the College of Liberal Arts')
for ag, p, e in [('cfl-paris-est-exchange-agreement', pe, 'The delegation held discussions with the Dean of the College of Liberal Arts on future cooperation and renewed the exchange agreement.'),
                 ('cfl-geneva-exchange-agreement', ge, 'signed exchange agreements with representatives of the University of Paris-Est, the Catholic University of the West (Université Catholique de l’Ouest), and the University of Geneva'),
                 ('cfl-uco-framework-agreement-on-cooperation', uco, 'The two sides signed a framework agreement on cooperation and a student exchange agreement.'),
                 ('cfl-uco-student-exchange-agreement', uco, 'The two sides signed a framework agreement on cooperation and a student exchange agreement.')]:
    d.r('PARTY_TO', c, ag, e, role='partner')
    d.r('PARTY_TO', p, ag, e, role='partner')
    d.r('SIGNED_AT', ag, v, e)
d.r('COOPERATES_WITH', c, 'paris-est-college-of-liberal-arts', 'the establishment of cooperative relations between CFL and the College of Liberal Arts of the university')
d.save()

d = Doc('held3-06-njust-gomel', 'Belarus research center established in east China')
d.n('Institution', 'nanjing-university-of-science-and-technology', 'Nanjing University of Science and Technology', "the Nanjing University of Science and Technology in east China's Jiangsu Province", kind='university')
d.n('Institution', 'gomel-state-university', 'Francisk Skorina Gomel State University', 'Francisk Skorina Gomel State University of Belarus', kind='university')
d.n('Institution', 'njust-belarus-research-center', 'Belarus research center', 'A new Belarus research center has been established at the Nanjing University of Science and Technology', kind='research-institute')
d.c('CN', "in east China's Jiangsu Province")
d.c('BY', 'Francisk Skorina Gomel State University of Belarus')
d.n('Person', 'sergei-khakhomov', 'Sergei Khakhomov', 'Sergei Khakhomov, rector of Francisk Skorina Gomel State University')
d.n('Person', 'fu-mengyin', 'Fu Mengyin', 'Fu Mengyin, president of Nanjing University of Science and Technology')
d.n('Person', 'valeriy-m-matsel', 'Valeriy M. Matsel', 'Valeriy M. Matsel, consul general of Belarus in Shanghai')
d.n('Event', 'belarus-research-center-unveiling', 'Unveiling of the Belarus research center at NJUST', 'The research center, which was unveiled Tuesday', kind='ceremony')
d.n('Agreement', 'njust-gomel-agreement-of-comprehensive-cooperation', 'Agreement of comprehensive cooperation between NJUST and Gomel State University', 'they signed an agreement of comprehensive cooperation in 2005', kind='mou', startYear=2005)
d.n('Agreement', 'njust-gomel-international-laboratory', 'International laboratory of NJUST and Gomel State University', 'the two universities jointly set up an international laboratory', kind='joint-lab')
d.n('Agreement', 'njust-gomel-confucius-institute', 'Confucius Institute of NJUST and Gomel State University', 'an international laboratory and a Confucius Institute', kind='other')
n = 'nanjing-university-of-science-and-technology'; g = 'gomel-state-university'
d.r('LOCATED_IN', n, 'country-cn', "the Nanjing University of Science and Technology in east China's Jiangsu Province")
d.r('LOCATED_IN', g, 'country-by', 'Francisk Skorina Gomel State University of Belarus')
d.r('PART_OF', 'njust-belarus-research-center', n, 'A new Belarus research center has been established at the Nanjing University of Science and Technology')
d.r('AFFILIATED_WITH', 'sergei-khakhomov', g, 'Sergei Khakhomov, rector of Francisk Skorina Gomel State University', title='rector')
d.r('AFFILIATED_WITH', 'fu-mengyin', n, 'Fu Mengyin, president of Nanjing University of Science and Technology', title='president')
d.r('HOSTED', n, 'belarus-research-center-unveiling', 'A new Belarus research center has been established at the Nanjing University of Science and Technology', role='host')
for ag, e in [('njust-gomel-agreement-of-comprehensive-cooperation', 'they signed an agreement of comprehensive cooperation in 2005'), ('njust-gomel-international-laboratory', 'the two universities jointly set up an international laboratory'), ('njust-gomel-confucius-institute', 'the two universities jointly set up an international laboratory and a Confucius Institute')]:
    d.r('PARTY_TO', n, ag, e, role='partner')
    d.r('PARTY_TO', g, ag, e, role='partner')
d.r('COOPERATES_WITH', n, g, 'cooperation between the two universities began much earlier')
d.save()

d = Doc('held3-07-ipp-caas', 'New plaque unveiling ceremony for MARA-CABI Joint Laboratory for Biosafety')
d.n('Institution', 'ipp-caas', 'Institute of Plant Protection, CAAS', 'co-organized by IPP-CAAS', kind='research-institute', aliases=['IPP-CAAS', 'Institute of Plant Protection'])
d.n('Institution', 'caas', 'Chinese Academy of Agricultural Sciences', 'Department of International Cooperation, CAAS', kind='academy', aliases=['CAAS'])
d.n('Institution', 'mara', 'Ministry of Agriculture and Rural Affairs', 'Department of International Cooperation, MARA', kind='government', aliases=['MARA'])
d.n('Institution', 'cabi', 'CABI', 'Executive Director Global Operations, CABI', kind='other')
d.n('Institution', 'mara-department-of-international-cooperation', 'Department of International Cooperation, MARA', 'WANG Hongqian, DDG of Department of International Cooperation, MARA', kind='government')
d.n('Institution', 'mara-european-division', 'European Division', 'Director of European Division, Department of International Cooperation, MARA', kind='government')
d.n('Institution', 'caas-department-of-international-cooperation', 'Department of International Cooperation, CAAS', 'HAO Weiping, DDG of Department of International Cooperation, CAAS', kind='other')
d.c('CN', 'the strategic partnership between China and CABI')
d.n('Agreement', 'mara-cabi-joint-laboratory-for-biosafety', 'MARA-CABI Joint Laboratory for Biosafety', 'MARA-CABI Joint Laboratory for Biosafety', kind='joint-lab', aliases=['MARA-CABI Joint Laboratory', 'MARA-CABI Joint Lab'])
d.n('Event', 'mara-cabi-plaque-unveiling-ceremony', 'New plaque unveiling ceremony for MARA-CABI Joint Laboratory for Biosafety', 'New plaque unveiling ceremony for MARA-CABI Joint Laboratory for Biosafety', kind='ceremony')
d.n('Event', 'mara-cabi-11th-steering-committee-meeting', '11th MARA-CABI Steering committee meeting', '11th MARA-CABI Steering committee meeting', kind='other')
people = [('wang-hongqian', 'WANG Hongqian', 'DDG', 'mara-department-of-international-cooperation', 'WANG Hongqian, DDG of Department of International Cooperation, MARA'),
          ('ulli-kuhlmann', 'Ulli Kuhlmann', 'Executive Director Global Operations', 'cabi', 'Ulli Kuhlmann, Executive Director Global Operations, CABI'),
          ('wu-lifeng', 'WU Lifeng', 'Director', 'mara-european-division', 'WU Lifeng, Director of European Division'),
          ('hao-weiping', 'HAO Weiping', 'DDG', 'caas-department-of-international-cooperation', 'HAO Weiping, DDG of Department of International Cooperation, CAAS'),
          ('zhou-xueping', 'ZHOU Xueping', 'DG', 'ipp-caas', 'ZHOU Xueping, DG of IPP-CAAS')]
for pid, name, title, inst, e in people:
    d.n('Person', pid, name, e)
lab = 'mara-cabi-joint-laboratory-for-biosafety'; cer = 'mara-cabi-plaque-unveiling-ceremony'; meet = 'mara-cabi-11th-steering-committee-meeting'
d.r('PART_OF', 'ipp-caas', 'caas', 'ZHOU Xueping, DG of IPP-CAAS')
d.r('PART_OF', 'mara-department-of-international-cooperation', 'mara', 'Department of International Cooperation, MARA')
d.r('PART_OF', 'mara-european-division', 'mara-department-of-international-cooperation', 'Director of European Division, Department of International Cooperation, MARA')
d.r('PART_OF', 'caas-department-of-international-cooperation', 'caas', 'Department of International Cooperation, CAAS')
for pid, name, title, inst, e in people:
    d.r('AFFILIATED_WITH', pid, inst, e, title=title)
for pid in ['wang-hongqian', 'ulli-kuhlmann']:
    d.r('PARTICIPATED_IN', pid, cer, 'unveiled the new plaque for MARA-CABI Joint Laboratory')
for pid in ['wu-lifeng', 'hao-weiping', 'zhou-xueping']:
    d.r('PARTICIPATED_IN', pid, cer, 'witnessed the plaque unveiling ceremony')
for ev in [cer, meet]:
    d.r('HOSTED', 'ipp-caas', ev, 'was co-organized by IPP-CAAS and MARA-CABI Joint Lab on 27 April 2019', role='host')
d.r('PARTY_TO', 'mara', lab, 'MARA-CABI Joint Laboratory for Biosafety', role='partner')
d.r('PARTY_TO', 'cabi', lab, 'MARA-CABI Joint Laboratory for Biosafety', role='partner')
d.r('COOPERATES_WITH', 'cabi', 'country-cn', 'the strategic partnership between China and CABI')
d.save()
