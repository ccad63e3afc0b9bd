// wording/body-name: one reporting subject. Another body named as the reporter (copy-paste from another
// report) is an error; a signature by another body, the body's own name with characters missing, and
// self-reference words and aggregate-scope claims that do not fit the body type are warnings.
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

/** The signature at the end of the report: a body name, then the date ("平潭综合实验区国有资产管理局 2025年1月26日"). */
const SIGNATURE = /(?:^|[。；;！!\s\u3000])([^。；;！!\s\u3000，,：:“”]{4,40}?(?:人民政府办公室|人民政府|街道办事处|办事处|办公室|委员会|管委会|管理局|局|委|厅|中心|署|院|办))[\s\u3000]*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*(?:附件下载)?[\s\u3000]*$/;
/** At most this many characters missing from the body's name make a typo; more is another (shorter) name. */
const MAX_MISSING = 2;

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
        if (sameBody(own, named)) continue;
        const from = m.index + m[0].indexOf(m[1]);
        findings.push({ messageId: 'foreign', level: 'error', span: ctx.helpers.textSpan(p, from, from + m[1].length), data: { named: m[1], body } });
      }
    }
  }

  if (body) {
    const own = squash(body);
    const last = prose[prose.length - 1];
    const sig = last && SIGNATURE.exec(last.text);
    if (sig && !sameBody(own, squash(sig[1]))) {
      const from = sig.index + sig[0].indexOf(sig[1]);
      findings.push({ messageId: 'signature', span: ctx.helpers.textSpan(last, from, from + sig[1].length), data: { named: sig[1], body } });
    }
    for (const p of prose) {
      for (const t of truncatedNames(p.text, own)) {
        findings.push({ messageId: 'truncated', span: ctx.helpers.textSpan(p, t.start, t.end), data: { written: p.text.slice(t.start, t.end), body } });
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

function sameBody(own, named) {
  return named.includes(own) || own.includes(named) || shareCore(own, named);
}

/**
 * The body's name written with one or two adjacent characters missing ("平潭综合区行政审批局" for
 * 平潭综合实验区行政审批局): found where the name's last three characters occur, and the text before them is the
 * name's start with a gap. Only for names of eight characters or more, where two characters are a small part.
 */
function truncatedNames(text, own) {
  const out = [];
  if (own.length < 8) return out;
  const tail = own.slice(-3);
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
    const end = at + tail.length;
    if (text.slice(Math.max(0, end - own.length), end) === own) continue;
    for (let k = 1; k <= MAX_MISSING; k++) {
      const start = end - (own.length - k);
      if (start < 0) break;
      const written = text.slice(start, end);
      if (written[0] !== own[0] || !missingAdjacent(own, written, k)) continue;
      out.push({ start, end });
      break;
    }
  }
  return out;
}

/** Characters whose omission is the usual short form, not a typo: 县政府办公室 for 县人民政府办公室. */
const SHORT_FORMS = new Set(['人民']);

/** `written` is `own` without `k` adjacent characters (not at either end, not a usual short form). */
function missingAdjacent(own, written, k) {
  for (let i = 1; i + k < own.length; i++) {
    if (own.slice(0, i) + own.slice(i + k) === written && !SHORT_FORMS.has(own.slice(i, i + k))) return true;
  }
  return false;
}

/** "大同乡人民政府" and "锦屏县大同乡人民政府" are the same body: compare the part before the organ type. */
function shareCore(a, b) {
  const core = (s) => s.replace(/(人民政府办公室|人民政府|街道办事处|办事处|办公室)$/, '');
  const ca = core(a);
  const cb = core(b);
  return ca.length >= 2 && cb.length >= 2 && (ca.endsWith(cb) || cb.endsWith(ca));
}
