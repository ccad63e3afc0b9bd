// `script`: the escape hatch. The pack's ES module is imported (never evaluated from a string) and its
// default export is called with the model; each call is bounded by `options.timeoutMs`. Where it runs (the
// calling thread or the script worker) depends on whose pack it is: script-trust.ts.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { scriptFunction } from '../script-context.js';
import { scriptHost } from '../script-host.js';
import { runsInCallingThread, scriptModuleFile } from '../script-trust.js';
import type { RuleType } from '../types.js';

export const script: RuleType = {
  type: 'script',
  schema: {
    properties: { module: { type: 'string', minLength: 1, description: 'ES module relative to the rule file; its default export is (ctx) => Finding[]' } },
    required: ['module'],
  },
  messages: {},
  optionsSchema: { type: 'object', properties: { timeoutMs: { type: 'integer', minimum: 1 } } },
  defaultOptions: { timeoutMs: 1000 },
  compile(rule, ctx) {
    const file = ctx.resolve(rule.module as string);
    if (!existsSync(file)) ctx.fail({ zh: `找不到脚本模块 ${file}`, en: `script module not found: ${file}` }, ['module']);
    const url = pathToFileURL(file).href;
    const thread = runsInCallingThread(file) ? 'calling' : 'worker';
    return (doc, options) =>
      scriptHost().call(url, { model: doc.model, previous: doc.previous, options, settings: doc.settings, lang: doc.lang }, Number(options.timeoutMs ?? 1000), thread);
  },
  // Only a module that runs in this thread: the worker imports its own. A module that fails to load is the
  // rule's `crash` finding, from its check.
  preload(rule) {
    const file = scriptModuleFile(rule.file, String(rule.raw.module));
    return runsInCallingThread(file) ? scriptFunction(pathToFileURL(file).href).catch(() => undefined) : undefined;
  },
};
