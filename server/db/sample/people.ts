import type { Random } from './random';

/*
 * Our own short name lists rather than faker: the loader also runs in the browser demo, and a
 * few hundred bytes of syllables beat shipping a whole locale bundle.
 */
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟姜崔谭廖范汪陆金',
);

const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华飞玲鹏辉丹宇婷建国志文红晓海云斌林波俊欣琳帆蓉川锋倩浩雪瑶凯琦莉昊翔悦晨阳',
);

/** A plausible Chinese full name: surname plus one or two given-name characters. */
export function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

/** `count` distinct names, none of them in `taken`; the chosen names are added to `taken`. */
export function distinctNames(random: Random, count: number, taken: Set<string>): string[] {
  const names: string[] = [];
  while (names.length < count) {
    const name = personName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}
