import type { ChainCode } from './chains';
import type { Random } from './random';

/** Brand stems (字号) with their pinyin; invented, local-sounding, no well-known brands. */
const STEMS: readonly (readonly [string, string])[] = (
  '鑫和:Xinhe 华瑞:Huarui 九天:Jiutian 蜀光:Shuguang 涪源:Fuyuan 科远:Keyuan 明达:Mingda ' +
  '宏宇:Hongyu 新元:Xinyuan 恒通:Hengtong 金诺:Jinnuo 天翼:Tianyi 博越:Boyue 锐思:Ruisi ' +
  '启明:Qiming 星辰:Xingchen 盛达:Shengda 德润:Derun 众合:Zhonghe 嘉禾:Jiahe 泰丰:Taifeng ' +
  '永信:Yongxin 瑞丰:Ruifeng 晨光:Chenguang 聚源:Juyuan 弘毅:Hongyi 凯越:Kaiyue 远航:Yuanhang ' +
  '磐石:Panshi 长青:Changqing 青云:Qingyun 海纳:Haina 卓越:Zhuoyue 精诚:Jingcheng 正和:Zhenghe ' +
  '安泰:Antai 富乐:Fule 越王:Yuewang 仙海:Xianhai 芙蓉:Furong 涪江:Fujiang 安昌:Anchang ' +
  '梓州:Zizhou 潼川:Tongchuan 太白:Taibai 青莲:Qinglian 西山:Xishan 绵州:Mianzhou 左绵:Zuomian ' +
  '剑门:Jianmen 九皇:Jiuhuang 龙门:Longmen 灵犀:Lingxi 云帆:Yunfan 锦程:Jincheng 华拓:Huatuo ' +
  '信达:Xinda 中鼎:Zhongding 明辉:Minghui 思源:Siyuan 天成:Tiancheng 博创:Bochuang 睿新:Ruixin ' +
  '立信:Lixin 宇星:Yuxing 华鼎:Huading 万维:Wanwei 智远:Zhiyuan 同创:Tongchuang 鸿基:Hongji ' +
  '瑞泽:Ruize 科盛:Kesheng 昊天:Haotian 易达:Yida 昌盛:Changsheng 荣华:Ronghua 联创:Lianchuang ' +
  '创元:Chuangyuan 冠宇:Guanyu 鼎盛:Dingsheng 华信:Huaxin 金桥:Jinqiao 新锐:Xinrui 凌云:Lingyun ' +
  '北辰:Beichen 南华:Nanhua 天佑:Tianyou 康达:Kangda 华康:Huakang 仁和:Renhe 百草:Baicao ' +
  '岐黄:Qihuang 光华:Guanghua 晶澜:Jinglan 耀华:Yaohua 英诺:Yingnuo 赛博:Saibo 智航:Zhihang ' +
  '云鹰:Yunying 翔宇:Xiangyu 鹏程:Pengcheng 天翔:Tianxiang 驰远:Chiyuan 铭泰:Mingtai ' +
  '泓源:Hongyuan 沐阳:Muyang 拓维:Tuowei 普瑞:Purui 利元:Liyuan 科宇:Keyu 巨星:Juxing ' +
  '合力:Heli 聚能:Juneng 光耀:Guangyao 晟通:Shengtong 旭日:Xuri 恒星:Hengxing 伟业:Weiye ' +
  '宏达:Hongda 东升:Dongsheng 西科:Xike 锦华:Jinhua 川信:Chuanxin 蜀能:Shuneng 蜀科:Shuke ' +
  '巴蜀:Bashu 川宇:Chuanyu 银河:Yinhe 峰华:Fenghua 金鹰:Jinying 达远:Dayuan 致远:Zhiyuan ' +
  '腾越:Tengyue 安捷:Anjie 朗润:Langrun 汇源:Huiyuan 清源:Qingyuan 方正:Fangzheng 正泰:Zhengtai'
)
  .split(' ')
  .map((pair) => {
    const [zh = '', en = ''] = pair.split(':');
    return [zh, en] as const;
  });

/** What a firm does, as it appears in its name: [zh, en, short zh for headlines]. */
type Trade = readonly [zh: string, en: string, short?: string];

const CHAIN_TRADES: Readonly<Record<ChainCode, readonly Trade[]>> = {
  'new-display': [
    ['光电科技', 'Optoelectronic Technology', '光电'],
    ['显示技术', 'Display Technology', '显示'],
    ['电子', 'Electronics'],
    ['光学材料', 'Optical Materials', '光学'],
    ['精密电子', 'Precision Electronics', '精密'],
    ['智能终端', 'Smart Devices', '智能'],
    ['新材料科技', 'New Material Technology', '新材'],
  ],
  'nuclear-tech': [
    ['核技术', 'Nuclear Technology', '核技术'],
    ['同位素科技', 'Isotope Technology', '同位素'],
    ['辐射技术', 'Radiation Technology', '辐射'],
    ['医疗设备', 'Medical Equipment', '医疗'],
    ['仪器仪表', 'Instruments', '仪器'],
    ['核医学科技', 'Nuclear Medicine Technology', '核医学'],
  ],
  'laser-tech': [
    ['激光科技', 'Laser Technology', '激光'],
    ['光电', 'Optoelectronics'],
    ['光学', 'Optics'],
    ['光子科技', 'Photonics Technology', '光子'],
    ['激光装备', 'Laser Equipment', '激光'],
  ],
  drones: [
    ['无人机', 'UAV', '无人机'],
    ['航空科技', 'Aviation Technology', '航空'],
    ['飞控技术', 'Flight Control Technology', '飞控'],
    ['智能装备', 'Intelligent Equipment', '智能'],
    ['遥感科技', 'Remote Sensing Technology', '遥感'],
    ['通信技术', 'Communication Technology', '通信'],
  ],
  robotics: [
    ['机器人', 'Robotics', '机器人'],
    ['自动化', 'Automation', '自动化'],
    ['智能装备', 'Intelligent Equipment', '智能'],
    ['精密机械', 'Precision Machinery', '精密'],
    ['传感技术', 'Sensing Technology', '传感'],
    ['机电', 'Mechatronics'],
  ],
  aerospace: [
    ['航空', 'Aviation'],
    ['航天科技', 'Aerospace Technology', '航天'],
    ['航空装备', 'Aviation Equipment', '航空'],
    ['精密制造', 'Precision Manufacturing', '精密'],
    ['特种材料', 'Specialty Materials', '特材'],
    ['动力科技', 'Power Technology', '动力'],
  ],
  biomed: [
    ['药业', 'Pharmaceutical'],
    ['医药', 'Medicine'],
    ['生物科技', 'Biotechnology', '生物'],
    ['医疗器械', 'Medical Devices', '医疗'],
    ['健康产业', 'Health Industry', '健康'],
    ['中药饮片', 'TCM Decoction Pieces', '中药'],
  ],
  'pv-storage': [
    ['新能源', 'New Energy', '新能源'],
    ['储能科技', 'Energy Storage Technology', '储能'],
    ['锂电', 'Lithium Battery'],
    ['能源科技', 'Energy Technology', '能源'],
    ['电池材料', 'Battery Materials', '电池'],
    ['光伏科技', 'Photovoltaic Technology', '光伏'],
  ],
  ai: [
    ['智能科技', 'Intelligent Technology', '智能'],
    ['信息技术', 'Information Technology', '信息'],
    ['软件', 'Software'],
    ['数据科技', 'Data Technology', '数据'],
    ['人工智能', 'Artificial Intelligence', '智能'],
    ['数字科技', 'Digital Technology', '数字'],
  ],
  'commercial-space': [
    ['航天科技', 'Aerospace Technology', '航天'],
    ['卫星技术', 'Satellite Technology', '卫星'],
    ['空天信息', 'Aerospace Information', '空天'],
    ['测控技术', 'TT&C Technology', '测控'],
    ['宇航科技', 'Astronautics Technology', '宇航'],
  ],
  terahertz: [
    ['太赫兹科技', 'Terahertz Technology', '太赫兹'],
    ['微波技术', 'Microwave Technology', '微波'],
    ['电子', 'Electronics'],
    ['光电科技', 'Optoelectronic Technology', '光电'],
  ],
  'low-altitude': [
    ['通用航空', 'General Aviation', '通航'],
    ['低空科技', 'Low-Altitude Technology', '低空'],
    ['航空科技', 'Aviation Technology', '航空'],
    ['飞行服务', 'Flight Services', '飞行'],
    ['无人机', 'UAV', '无人机'],
  ],
};

/** Firms outside the twelve chains: the city's traditional industries. */
export type OtherTrade =
  | 'machinery'
  | 'food'
  | 'materials'
  | 'chemicals'
  | 'textiles'
  | 'metallurgy'
  | 'connectors'
  | 'packaging'
  | 'autoParts'
  | 'agriculture'
  | 'logistics'
  | 'electrical';

export const OTHER_TRADES: Readonly<Record<OtherTrade, readonly Trade[]>> = {
  machinery: [['机械制造', 'Machinery Manufacturing', '机械']],
  food: [
    ['食品', 'Food'],
    ['酒业', 'Liquor'],
  ],
  materials: [['建材', 'Building Materials']],
  chemicals: [['化工', 'Chemical']],
  textiles: [['纺织', 'Textile']],
  metallurgy: [
    ['特钢', 'Special Steel'],
    ['特种冶金', 'Special Metallurgy', '特冶'],
  ],
  connectors: [
    ['连接器', 'Connector', '连接器'],
    ['电连接技术', 'Electrical Interconnect Technology', '电连接'],
  ],
  packaging: [['包装', 'Packaging']],
  autoParts: [['汽车零部件', 'Auto Parts', '汽配']],
  agriculture: [['农业科技', 'Agricultural Technology', '农业']],
  logistics: [['物流', 'Logistics']],
  electrical: [['电气', 'Electric']],
};

export interface FirmName {
  name: string;
  nameEn: string;
  /** How officials say it: `鑫和光电`. */
  shortName: string;
  shortNameEn: string;
}

/** A firm name nobody in `taken` has yet; the new name is added to `taken`. */
export function firmName(random: Random, trades: readonly Trade[], taken: Set<string>): FirmName {
  for (;;) {
    const [stem, stemEn] = random.pick(STEMS);
    const [trade, tradeEn, short] = random.pick(trades);
    const style = random.next();
    let name: string;
    let nameEn: string;
    if (style < 0.5) {
      name = `绵阳${stem}${trade}有限公司`;
      nameEn = `Mianyang ${stemEn} ${tradeEn} Co., Ltd.`;
    } else if (style < 0.72) {
      name = `四川${stem}${trade}有限公司`;
      nameEn = `Sichuan ${stemEn} ${tradeEn} Co., Ltd.`;
    } else if (style < 0.85) {
      name = `四川${stem}${trade}股份有限公司`;
      nameEn = `Sichuan ${stemEn} ${tradeEn} Stock Co., Ltd.`;
    } else {
      name = `${stem}${trade}（绵阳）有限公司`;
      nameEn = `${stemEn} ${tradeEn} (Mianyang) Co., Ltd.`;
    }
    if (taken.has(name)) continue;
    taken.add(name);
    return {
      name,
      nameEn,
      shortName: stem + (short ?? trade),
      shortNameEn: `${stemEn} ${tradeEn.replace(/ Technology$/, '')}`,
    };
  }
}

export function chainTrades(code: ChainCode): readonly Trade[] {
  return CHAIN_TRADES[code];
}
