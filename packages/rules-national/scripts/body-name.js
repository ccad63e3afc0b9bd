// wording/body-name: one reporting subject. Another body named as the reporter (copy-paste from another
// report) is an error; self-reference words and aggregate-scope claims that do not fit the body type are warnings.
import { bodyType, paragraphs, squash } from './lib.js';

// "现公布王奔镇人民政府2019年政府信息公开工作年度报告", "向社会公布2024年锦屏县大同乡人民政府信息公开工作年度报告"
const REPORTER = /(?:现(?:予)?公布|现(?:予)?公开|向社会公布|向社会公开|特?发布)\s*(?:(?:20\d\d)\s*年(?:度)?)?\s*([^\s，。,、“”《》（）()]{2,30}?(?:人民政府办公室|人民政府|街道办事处|办事处|办公室|委员会|管理局|局|委|厅|中心|署|院|办))\s*(?:(?:20\d\d)\s*年(?:度)?)?\s*(?:政府)?信息公开工作(?:的)?年度报告/g;

// Which self-reference words fit which kind of body.
const SELF_WORDS = {
  我局: ['department'],
  我委: ['department'],
  我厅: ['department'],
  我中心: ['department'],
  我镇: ['township'],
  我乡: ['township'],
  我街道: ['subdistrict'],
  我街: ['subdistrict'],
  我县: ['government'],
  我区: ['government'],
  我市: ['government'],
  我省: ['government'],
};

// Every self-reference word starts with 我: a paragraph without it has none (most paragraphs).
const SELF_ENTRIES = Object.entries(SELF_WORDS);

const AGGREGATE = /综合全(?:省|市|区|县)[^。]{0,20}?(?:编制|汇总)/g;

export default function bodyName(ctx) {
  const { model } = ctx;
  const body = model.meta.body;
  const type = bodyType(ctx);
  const findings = [];
  const prose = paragraphs(model);

  if (body) {
    const own = squash(body);
    for (const p of prose) {
      // Every match ends in 年度报告: most paragraphs are passed over without running the pattern.
      if (!p.text.includes('年度报告')) continue;
      REPORTER.lastIndex = 0;
      for (let m = REPORTER.exec(p.text); m; m = REPORTER.exec(p.text)) {
        const named = squash(m[1]);
        if (named.includes(own) || own.includes(named) || shareCore(own, named)) continue;
        const from = m.index + m[0].indexOf(m[1]);
        findings.push({ messageId: 'foreign', level: 'error', span: ctx.helpers.textSpan(p, from, from + m[1].length), data: { named: m[1], body } });
      }
    }
  }

  if (type && type !== 'unknown') {
    for (const p of prose) {
      for (const [word, fits] of p.text.includes('我') ? SELF_ENTRIES : []) {
        // 我街 is a prefix of 我街道: count the longer word only once.
        if (word === '我街' && p.text.includes('我街道')) continue;
        const at = p.text.indexOf(word);
        if (at < 0 || fits.includes(type) || fitsByName(word, body)) continue;
        findings.push({ messageId: 'selfReference', span: ctx.helpers.textSpan(p, at, at + word.length), data: { word, body: body ?? '' } });
      }
      if (type !== 'government') {
        AGGREGATE.lastIndex = 0;
        for (let m = AGGREGATE.exec(p.text); m; m = AGGREGATE.exec(p.text)) {
          findings.push({ messageId: 'scope', span: ctx.helpers.textSpan(p, m.index, m.index + m[0].length), data: { text: m[0], body: body ?? '' } });
        }
      }
    }
  }
  return findings;
}

/** A word naming the body's own kind of organ fits: 我区 in a 区人民政府 report, 我办 in an 办公室 one. */
function fitsByName(word, body) {
  return Boolean(body) && body.includes(word.slice(1));
}

/** "大同乡人民政府" and "锦屏县大同乡人民政府" are the same body: compare the part before the organ type. */
function shareCore(a, b) {
  const core = (s) => s.replace(/(人民政府办公室|人民政府|街道办事处|办事处|办公室)$/, '');
  const ca = core(a);
  const cb = core(b);
  return ca.length >= 2 && cb.length >= 2 && (ca.endsWith(cb) || cb.endsWith(ca));
}
