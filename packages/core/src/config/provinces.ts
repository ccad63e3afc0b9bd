// The first part of `settings.region` names a provincial-level division: a name outside this list is a typo
// (山冬 for 山东), which would otherwise leave the regional rules silently off. Short names, as regionKey spells
// them ("广西壮族自治区" → "广西").
import { didYouMean } from '../engine/validate.js';
import { regionKey } from '../engine/gate.js';

export const PROVINCES: readonly string[] = [
  '北京', '天津', '上海', '重庆', '河北', '山东', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古',
  '广西', '西藏', '宁夏', '新疆', '香港', '澳门', '新疆生产建设兵团',
];
const KNOWN = new Set(PROVINCES);

/** Null when `region` starts with a provincial-level division; else the nearest one, if any is near. */
export function unknownRegion(region: string): { province: string; guess?: string } | null {
  const province = regionKey(region).split('/')[0];
  if (KNOWN.has(province)) return null;
  const guess = didYouMean(province, PROVINCES);
  return guess ? { province, guess } : { province };
}
