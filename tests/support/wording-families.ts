/**
 * The families of wordings real reports use for each catalogue indicator (docs/indicators.md), gathered from real pages
 * (the `pages` corpus, the real-pages fixtures) and rewritten in places and numbers of our own: for each indicator the
 * sentences that state the reported year's own result, and beside them the traps a careless reader takes for it (targets,
 * other years' figures, changes, a higher level's figure, a part of the year, another matter's count, a flow for a stock).
 * src/extract/indicators/wording-families.test.ts runs the extractor over every sentence.
 */
import type { IndicatorId } from '../../src/extract/catalogue';
import type { JurisdictionLevel } from '../../src/extract/types';

/** A sentence and the value it states for the family's indicator; the level of the report it is read in (县 unless said). */
export type Positive = readonly [sentence: string, value: number, level?: JurisdictionLevel];
/** A sentence that states no value of the family's indicator, and why. */
export type Trap = readonly [sentence: string, why: string, level?: JurisdictionLevel];

export interface WordingFamily {
  readonly indicator: IndicatorId;
  readonly positives: readonly Positive[];
  readonly traps: readonly Trap[];
}

/** The year every sentence is read as reporting on. */
export const FAMILY_REPORT_YEAR = 2023;

export const WORDING_FAMILIES: readonly WordingFamily[] = [
  {
    indicator: 'litigation.head_appearance_rate',
    positives: [
      ['行政机关负责人出庭应诉率达100%。', 100],
      ['全年行政机关负责人出庭应诉率为96.8%。', 96.8],
      ['行政机关负责人出庭应诉47件,出庭应诉率100%。', 100],
      ['落实行政机关负责人出庭应诉制度,负责人出庭率达到98.5%。', 98.5],
      ['全县行政诉讼案件行政机关负责人出庭应诉比例达92%。', 92],
      ['全年行政机关负责人100%出庭应诉。', 100],
      ['行政机关负责人出庭应诉率连续三年保持100%。', 100],
      ['行政机关负责人出庭应诉率达100%,较上年提高5个百分点。', 100],
    ],
    traps: [
      ['力争行政机关负责人出庭应诉率达到100%。', 'a target'],
      ['行政机关负责人出庭应诉率同比提高12.5%。', 'the size of a change'],
      ['2022年,行政机关负责人出庭应诉率为88%。', 'another year'],
      ['全市行政机关负责人出庭应诉率达99.1%。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'litigation.cases',
    positives: [
      ['全年共发生行政诉讼案件36件。', 36],
      ['全县新收一审行政诉讼案件58件,审结52件。', 58],
      ['以县政府为被告的行政诉讼案件17件。', 17],
      ['全年办理行政应诉案件124件。', 124],
      ['县政府及其部门作为被告的行政诉讼案件共43件。', 43],
      ['全年行政诉讼案件收案89件,上年为71件。', 89],
      ['全年全县行政机关共应诉行政案件48件。', 48],
      ['全年共办理行政诉讼案件68件(其中一审52件、二审16件)。', 68],
      ['全年审结行政复议案件和行政诉讼案件分别为41件、36件。', 36],
    ],
    traps: [
      ['法院调撤行政诉讼案件102件。', 'the share withdrawn or settled'],
      ['全年办理法律援助案件320件,其中民事案件210件、行政案件12件。', 'legal aid by kind of case'],
      ['派出所全年办理行政案件326起。', 'the police’s administrative cases'],
      ['2022年,全县行政诉讼案件为64件。', 'another year'],
      ['全市共发生行政诉讼案件1260件。', 'the city’s figure in a district’s report', '区'],
      ['2019年以来累计办理行政应诉案件310件。', 'a total over several years'],
    ],
  },
  {
    indicator: 'litigation.loss_rate',
    positives: [
      ['行政诉讼败诉率为3.2%。', 3.2],
      ['全年行政机关败诉率降至2.1%。', 2.1],
      ['一审审结行政诉讼案件84件,败诉4件,败诉率4.8%。', 4.8],
    ],
    traps: [
      ['行政诉讼败诉率同比下降2.3%。', 'the size of a change'],
      ['力争行政诉讼败诉率低于5%。', 'a target'],
      ['全市行政机关败诉率为6.5%。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'review.received',
    positives: [
      ['全年共收到行政复议申请88件。', 88],
      ['县政府受理行政复议案件46件,审结41件。', 46],
      ['新收行政复议案件152件,同比增长21%。', 152],
      ['全年行政复议立案73件。', 73],
      ['县司法局行政复议收案64件。', 64],
      ['与去年同期相比,受理行政复议案件增加12件,达到58件。', 58],
      ['全县行政复议机关共受理复议申请219件。', 219],
      ['受理、审结行政复议案件分别为46件、41件。', 46],
    ],
    traps: [
      ['以县政府为被申请人的复议案件17件。', 'the respondent’s cases'],
      ['行政处罚被申请行政复议9宗。', 'one kind of act reviewed'],
      ['协助市政府受理行政复议案件6件。', 'another body’s cases'],
      ['全市共收到行政复议申请1200件。', 'the city’s figure in a district’s report', '区'],
      ['2021—2023年共受理行政复议案件260件。', 'a total over several years'],
      ['近三年共受理行政复议案件260件。', 'a total over several years'],
      ['今年1-6月,受理行政复议案件25件。', 'a part of the year'],
      ['截至11月底,共受理行政复议案件65件。', 'a part of the year'],
      ['与上年相比,受理行政复议案件增加12件。', 'the size of a change'],
    ],
  },
  {
    indicator: 'review.concluded',
    positives: [
      ['审结行政复议案件79件。', 79],
      ['全年办结行政复议案件112件,按期办结率100%。', 112],
      ['受理行政复议申请58件,审结55件。', 55],
      ['县政府对行政复议案件作出复议决定41件。', 41],
      ['全年行政复议案件结案96件。', 96],
      ['审结行政复议案件95件,上年同期为88件。', 95],
      ['依法审结复议案件95件,其中维持62件,撤销12件。', 95],
      ['全年受理和审结行政复议案件分别为46件和41件。', 41],
    ],
    traps: [
      ['行政复议审结的案件中,驳回复议申请23件。', 'an outcome of the cases concluded'],
      ['截至11月底,审结行政复议案件65件。', 'a part of the year'],
      ['全市审结行政复议案件930件。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'review.corrected',
    positives: [
      ['行政复议案件通过撤销、变更、确认违法等方式纠错21件。', 21],
      ['审结行政复议案件120件,直接纠错17件。', 17],
      ['行政复议审结86件,撤销、确认违法共9件。', 9],
    ],
    traps: [
      ['区政府行政行为被复议机关纠错3件。', 'the place’s own acts corrected by another'],
      ['审结复议案件64件,其中撤销3件、变更2件。', 'parts without a total'],
      ['被上级复议机关撤销2件。', 'the place’s own acts corrected by another'],
    ],
  },
  {
    indicator: 'review.correction_rate',
    positives: [
      ['行政复议纠错率为12.5%。', 12.5],
      ['审结复议案件200件,直接纠错率15.2%。', 15.2],
      ['行政复议作出纠错决定24件,纠错为8.3%。', 8.3],
    ],
    traps: [
      ['行政复议综合纠错率达35%。', 'settlements counted too'],
      ['县政府行政行为被复议纠错率2.1%。', 'the place’s own acts corrected by another'],
      ['行政复议纠错率同比上升5.4%。', 'the size of a change'],
      ['存在的问题:行政复议纠错率偏高,达15%。', 'a shortcoming'],
    ],
  },
  {
    indicator: 'mediation.cases',
    positives: [
      ['全年共调解矛盾纠纷1236件。', 1236],
      ['各级人民调解组织受理矛盾纠纷3521件,调解成功3489件。', 3521],
      ['全镇共排查调处矛盾纠纷286起。', 286, '镇'],
      ['化解各类矛盾纠纷452件。', 452],
      ['化解婚姻家庭、邻里、土地等纠纷320件。', 320],
      ['人民调解委员会调解民间纠纷890件。', 890],
      ['排查矛盾纠纷186起,接案调处167起。', 167],
      ['全县1,235个调委会共调解纠纷2,105件。', 2105],
      ['调解矛盾纠纷1.2万余件。', 12000],
    ],
    traps: [
      ['化解信访矛盾纠纷57起。', 'petitions resolved'],
      ['辖区律师为企业解答咨询300余次,化解矛盾纠纷166件。', 'the lawyers’ share'],
      ['截至11月底,共调解矛盾纠纷820件。', 'a part of the year'],
      ['计划全年调解矛盾纠纷500件。', 'a target'],
      ['上半年调解矛盾纠纷320件。', 'a part of the year'],
      ['全年调解矛盾纠纷同比减少35件。', 'the size of a change'],
      ['法院诉前调解纠纷320件。', 'the court’s pre-trial mediation'],
      ['全市各级调解组织调解矛盾纠纷3.6万件。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'mediation.succeeded',
    positives: [
      ['调解矛盾纠纷1236件,调解成功1198件。', 1198],
      ['成功调解各类纠纷516件。', 516],
      ['成功化解矛盾纠纷342起。', 342],
      ['共受理各类矛盾纠纷1,320起,成功调处1,298起。', 1298],
      ['受理矛盾纠纷125件,其中调解成功119件。', 119],
    ],
    traps: [
      ['通过诉调对接成功化解纠纷45件。', 'one channel’s share'],
      ['力争调解成功纠纷800件以上。', 'a target'],
    ],
  },
  {
    indicator: 'mediation.success_rate',
    positives: [
      ['人民调解成功率达98.6%。', 98.6],
      ['矛盾纠纷化解率为96%。', 96],
      ['调处成功率达到97.3%。', 97.3],
      ['调解矛盾纠纷540件,成功率99.2%。', 99.2],
    ],
    traps: [
      ['行政争议综合化解率42%。', 'settlements by every means'],
      ['信访事项化解率95%。', 'petitions'],
      ['力争调解成功率达到98%以上。', 'a target'],
      ['调解成功率同比提高2.1%。', 'the size of a change'],
      ['行政复议以调解方式结案170件,调解率17.4%。', 'a reconsideration’s settlements'],
    ],
  },
  {
    indicator: 'legal_aid.cases',
    positives: [
      ['全年受理法律援助案件658件。', 658],
      ['办结法律援助案件512件。', 512],
      ['法律援助中心全年办结各类案件526件。', 526],
      ['共指派法律援助案件230件。', 230],
      ['民事、刑事、行政法律援助案件共530件。', 530],
      ['全年办理法律援助案件1,024件,其中刑事案件612件。', 1024],
      ['全年办理法律援助案件360件,比上年增加45件。', 360],
    ],
    traps: [
      ['办理刑事法律援助案件96件。', 'one kind of case'],
      ['协助县法律援助中心受理案件6件。', 'another body’s cases'],
      ['截至9月底,已办理法律援助案件245件。', 'a part of the year'],
      ['全市受理法律援助案件8600件。', 'the city’s figure in a district’s report', '区'],
      ['2019年以来累计办理法律援助案件2100件。', 'a total over several years'],
    ],
  },
  {
    indicator: 'legal_aid.consultations',
    positives: [
      ['法律援助中心接待来访咨询3896人次。', 3896],
      ['解答法律援助咨询1520人次。', 1520],
      ['接听12348热线咨询电话2300余个。', 2300],
      ['值班律师提供法律咨询860人次。', 860],
      ['法律援助专线接答法律咨询8600人次。', 8600],
      ['法律援助中心提供法律咨询1.2万人次。', 12000],
    ],
    traps: [
      ['律师为企业解答法律咨询900多次。', 'lawyers’ own consultations'],
      ['公证处接待咨询300人次。', 'another service'],
      ['开展普法宣传活动,现场咨询1200人次。', 'questions at a publicity event'],
    ],
  },
  {
    indicator: 'legal_aid.recovered_amount',
    positives: [
      ['为受援人挽回经济损失281.77万元。', 281.77],
      ['通过法律援助为群众避免经济损失560万元。', 560],
      ['办理法律援助案件320件,为受援人挽回经济损失1.2亿元。', 12000],
    ],
    traps: [
      ['调解协议涉及金额130万元。', 'mediation’s amounts'],
      ['为企业挽回经济损失5000万元。', 'no legal aid'],
    ],
  },
  {
    indicator: 'legal_aid.per_10k_rate',
    positives: [
      ['万人受援率为4.86。', 4.86],
      ['全县万人受援率达到12.3%。', 12.3],
    ],
    traps: [['力争万人受援率达到5以上。', 'a target']],
  },
  {
    indicator: 'petition.cases',
    positives: [
      ['全年共受理信访事项326件。', 326],
      ['登记来信来访1,208件次。', 1208],
      ['县信访局共接收信访事项89件。', 89],
      ['全年办理信访件452件。', 452],
    ],
    traps: [
      ['化解信访积案23件。', 'old cases resolved'],
      ['重复信访12件。', 'one kind of petition'],
      ['全市受理信访事项5600件。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'petition.on_time_rate',
    positives: [
      ['信访事项按期办结率100%。', 100],
      ['信访件按时办结率达98.5%。', 98.5],
    ],
    traps: [
      ['政府信息公开申请按期办结率100%。', 'disclosure, not petitions'],
      ['力争信访事项按期办结率达到100%。', 'a target'],
    ],
  },
  {
    indicator: 'enforcement.officers',
    positives: [
      ['全县持有行政执法证件人员1,187名。', 1187],
      ['全区具有执法资格的行政执法人员1443人。', 1443, '区'],
      ['现有持证执法人员23人。', 23],
      ['全镇3名执法人员全部取得行政执法证。', 3, '镇'],
      ['全县共有1020名执法人员取得执法证。', 1020],
      ['全市持有行政执法证件人员1,046名,其中今年新增132名。', 1046, '市'],
      ['截至年底,全局共有持证执法人员45名。', 45],
      ['全局在编人员32人,其中持有行政执法证件人员30人。', 30],
      ['持证执法人员由年初的356名增至389名。', 389],
      ['我局现有执法人员12名,均持有行政执法证。', 12],
    ],
    traps: [
      ['鼓励干部参加执法资格考试,提高持证率,全年共有12名干部考取行政执法证。', 'certificates won in the year'],
      ['今年共有7名同志考取了行政执法证件。', 'certificates won in the year', '区'],
      ['全区新申领行政执法证件人员126名。', 'certificates applied for', '区'],
      ['年内换发执法证件320人。', 'certificates renewed'],
      ['今年新取得执法证人员5名。', 'new certificates'],
      ['2023年共有46人新领取行政执法证。', 'new certificates'],
      ['为新录用的18名执法人员申领执法证。', 'certificates applied for'],
      ['组织1300名执法人员参加专业法律知识培训。', 'officers trained'],
      ['应持执法证人员84人。', 'the posts that should hold one'],
      ['全区共有行政执法人员612人。', 'no certificate word', '区'],
      ['全县行政执法人员1,260名,持证率98%。', 'a rate, not a count certified'],
    ],
  },
  {
    indicator: 'enforcement.penalty_cases',
    positives: [
      ['全年办理行政处罚案件6,937件。', 6937],
      ['作出行政处罚决定书2.3万余份。', 23000],
      ['全年立案查处违法案件390件,共处罚款86万元。', 390],
      ['镇综合执法大队共办结案件126起,其中简易程序58起,普通程序68起。', 126, '镇'],
      ['全年实施行政处罚1,834件。', 1834],
      ['全年共作出行政处罚决定1,205件。', 1205],
      ['全县共立案查处各类违法案件1,260件,其中行政处罚案件1,180件。', 1180],
      ['办理行政处罚案件236件,罚没款金额312.5万元。', 236],
    ],
    traps: [
      ['行政复议案件中行政处罚类17件。', 'a kind of reconsideration case'],
      ['执法大队全年共办理简易程序案件512件。', 'one procedure’s cases'],
      ['依法作出不予处罚决定23件。', 'no penalty'],
      ['行政处罚被申请行政复议9宗。', 'penalties reviewed'],
      ['派出所全年立案查处治安案件230起。', 'police cases'],
    ],
  },
  {
    indicator: 'enforcement.case_file_reviews',
    positives: [
      ['评查行政执法案卷214卷。', 214],
      ['开展案卷评查,共评查案卷683件。', 683],
      ['抽查行政处罚案卷150份。', 150],
      ['审查重大行政处罚案卷205套。', 205],
      ['开展行政执法案卷评查1,200余卷。', 1200],
      ['评查行政许可、行政处罚案卷共计356卷。', 356],
    ],
    traps: [
      ['案卷评查中评出优秀案卷20份。', 'a part of the files'],
      ['评查法律援助案卷70本。', 'another service’s files'],
      ['抽查公证案卷120卷。', 'another service’s files'],
    ],
  },
  {
    indicator: 'decisions.major_decisions',
    positives: [
      ['全年作出重大行政决策6项。', 6],
      ['公布年度重大行政决策事项5个。', 5],
      ['区政府审议重大行政决策事项12件。', 12, '区'],
      ['对纳入目录的5项重大行政决策事项全部履行法定程序。', 5],
      ['编制重大行政决策事项目录,将城市更新、学校布局调整等6项事项纳入目录管理。', 6],
      ['公布年度重大行政决策事项目录,涉及教育、医疗等5个事项。', 5],
      [
        '制定年度重大行政决策事项目录并进行公开,对涉及社会管理、生态环境保护等4项重点事项,严格落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。',
        4,
        '乡',
      ],
    ],
    traps: [
      ['专题研究重大行政决策源头治理等7项重点工作。', 'pieces of work'],
      ['严格落实重大行政决策程序,全年审查合同、协议等事项23件。', 'other matters’ items'],
      ['完成14件行政规范性文件和重大决策事项合法性审查。', 'two kinds counted together'],
      ['编制重大行政决策事项目录,梳理政务服务事项320项。', 'another register’s items'],
      ['计划作出重大行政决策5项。', 'a target'],
      ['审查县政府常务会议议题、重大行政决策等32件。', 'a list of kinds counted together'],
      ['全县共编制重大行政决策事项目录28个。', 'catalogues, not decisions'],
    ],
  },
  {
    indicator: 'normative_docs.reviewed',
    positives: [
      ['审查规范性文件15件。', 15],
      ['报送备案规范性文件32件。', 32],
      ['对12件行政规范性文件进行合法性审核。', 12],
      ['审核区政府拟出台的规范性文件8件。', 8, '区'],
      ['行政规范性文件备案审查46件。', 46],
      ['向市政府报备规范性文件5件,报备率100%。', 5],
      ['全年共审核行政规范性文件草案23件。', 23],
    ],
    traps: [
      ['清理规范性文件46件。', 'documents cleared'],
      ['废止规范性文件12件。', 'documents repealed'],
      ['审查规范性文件和各类合同共计164件。', 'two kinds counted together'],
      ['审查县政府及部门规范性文件、合同等128件。', 'a list of kinds counted together'],
      ['审核县政府文件、规范性文件等210件。', 'a list of kinds counted together'],
      ['党内规范性文件备案5件。', 'party documents'],
      ['制定规范性文件6件。', 'documents made'],
    ],
  },
  {
    indicator: 'disclosure.requests',
    positives: [
      ['受理依申请公开政府信息128件。', 128],
      ['收到政府信息公开申请56件。', 56],
      ['办理依申请公开事项34件。', 34],
      ['办理群众政府信息公开10件。', 10],
      ['共收到政府信息公开申请85件,均按时答复。', 85],
    ],
    traps: [
      ['主动公开政府信息11378条。', 'what the place posts'],
      ['因不服依申请公开答复提起复议3件。', 'a dispute over a disclosure'],
      ['政府信息公开类被诉1件。', 'a dispute over a disclosure'],
      ['在政府信息公开专栏发布信息150条。', 'what the place posts'],
    ],
  },
  {
    indicator: 'oversight.npc_proposals',
    positives: [
      ['全年承办人大代表建议12件。', 12],
      ['全年走访人大代表、政协委员23人次,办结相关建议11件,提案11件,满意率100%。', 11],
      ['主动接受人大监督和政协民主监督,全年办理建议18件、提案26件,办复率100%。', 18, '区'],
      ['认真办理人大代表建议和政协委员提案,共办理建议9件、提案14件。', 9],
      ['接受人大代表和政协委员视察3次,办结代表建议7件,委员提案9件。', 7],
      ['办理县人大代表涉及人居环境、电力改造等方面建议54件。', 54],
      ['全年共收到人大代表建议和政协委员提案28件,其中建议12件、提案16件。', 12],
      ['办理人大代表建议和政协委员提案分别为41件和57件。', 41],
    ],
    traps: [
      ['全年办理人大代表建议和政协提案共32件。', 'both counted together'],
      ['办理“两会”建议提案45件。', 'both counted together'],
      ['主动接受人大监督,全年收到检察建议6件、司法建议2件。', 'courts’ and procurators’ suggestions'],
      ['接受人大代表视察,办理群众意见建议31件。', 'the public’s suggestions'],
    ],
  },
  {
    indicator: 'oversight.cppcc_proposals',
    positives: [
      ['全年承办政协提案20件。', 20],
      ['全年走访人大代表、政协委员23人次,办结相关建议11件,提案11件,满意率100%。', 11],
      ['主动接受人大监督和政协民主监督,全年办理建议18件、提案26件,办复率100%。', 26, '区'],
      ['认真办理人大代表建议和政协委员提案,共办理建议9件、提案14件。', 14],
      ['接受人大代表和政协委员视察3次,办结代表建议7件,委员提案9件。', 9],
      ['办理人大代表建议和政协委员提案分别为41件和57件。', 57],
    ],
    traps: [
      ['全年办理人大代表建议和政协提案共32件。', 'both counted together'],
      ['办理“两会”建议提案45件。', 'both counted together'],
      ['企业职工提出合理化提案30件。', 'no CPPCC'],
    ],
  },
  {
    indicator: 'oversight.reply_rate',
    positives: [
      ['办理人大代表建议30件、政协提案25件,办复率100%。', 100],
      ['人大代表建议和政协提案答复率100%。', 100],
    ],
    traps: [
      ['办理人大代表建议8件,代表满意率100%。', 'satisfaction'],
      ['全年办理检察建议12件、司法建议5件,办复率100%。', 'courts’ and procurators’ suggestions'],
    ],
  },
  {
    indicator: 'publicity.events',
    positives: [
      ['开展普法宣传活动120场次。', 120],
      ['举办法治讲座42场。', 42],
      ['开展民法典主题宣传20场次。', 20],
      ['开展“法律进乡村”活动35场。', 35],
      ['组织法治宣讲80余场次。', 80],
      ['全年开展法治宣传活动1,000余场。', 1000],
      ['开展“八五”普法宣传活动300余场次,发放宣传资料2万余份。', 300],
      ['开展送法下乡活动46场。', 46],
      ['开展普法宣传进企业、进校园活动65场次。', 65],
    ],
    traps: [
      ['每月至少开展普法活动3场次。', 'a frequency'],
      ['局机关集体学法15场次。', 'the staff’s study'],
      ['组建宣讲团开展党的二十大精神宣讲56场次。', 'political lectures'],
      ['创办法治宣传栏40余期。', 'the issues of a board'],
      ['开展法治讲座4场,执法人员培训4次。', 'the staff’s trainings'],
      ['计划开展普法宣传活动150场次。', 'a target'],
      ['下一步,将开展普法活动不少于100场次。', 'a plan'],
      ['举办“法律明白人”培训班12期。', 'trainings'],
      ['组织各类学习、培训、宣讲8100余场。', 'study and trainings with lectures'],
    ],
  },
  {
    indicator: 'notary.cases',
    positives: [
      ['全年办理公证1,320件。', 1320],
      ['全年共办理各类公证事项865件。', 865],
      ['公证处出具公证书2100份。', 2100],
      ['公证处全年受理公证业务2,356件。', 2356],
    ],
    traps: [
      ['办理提存公证12件。', 'a deposit'],
      ['办理法律援助、公证等案件1,260件。', 'a list of kinds counted together'],
      ['全市办理公证事项2.1万件。', 'the city’s figure in a district’s report', '区'],
    ],
  },
  {
    indicator: 'service.online_rate',
    positives: [
      ['政务服务事项“全程网办”率达到96.5%。', 96.5],
      ['“全程网办”事项占比74.53%。', 74.53],
      ['90%的区级政务服务事项实现全程网办。', 90, '区'],
      ['全程网办率98%。', 98],
      ['政务服务事项全程网办比例达91.3%。', 91.3],
    ],
    traps: [
      ['政务服务事项网上可办率100%。', 'online available, not done wholly online'],
      ['力争全程网办率达到90%。', 'a target'],
      ['全程网办率同比提高5%。', 'the size of a change'],
    ],
  },
];
