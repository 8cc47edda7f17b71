import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { OutputFormat } from './options.js';
import type { SlideSize } from '../compose/geometry.js';
import { UserError } from './errors.js';
import { parseFormats, parseSize } from './options.js';

/**
 * Option defaults from a deckwright.config.json (or .yaml) in the working folder, and
 * the settings a command runs with: what the command line says, else what the config
 * says, else the built-in default.
 */

export const CONFIG_NAMES = ['deckwright.config.json', 'deckwright.config.yaml', 'deckwright.config.yml'];

export interface Config {
  out?: string;
  format?: string;
  size?: string;
  theme?: string;
  templates?: string;
  author?: string;
  jobs?: number;
  timeout?: number;
  maxSize?: string;
}

export interface Settings {
  out: string;
  formats: OutputFormat[];
  size: SlideSize;
  theme?: string;
  templates?: string;
  author?: string;
  jobs: number;
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULTS = { out: 'decks', jobs: 4, timeout: 30, maxSize: '20M' } as const;

type Check = (value: unknown) => string | undefined;
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string');
const whole = (min: number, max: number): Check => (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `must be a whole number from ${min} to ${max}`);
const seconds: Check = (v) => (typeof v === 'number' && v > 0 && v <= 3600 ? undefined : 'must be a number of seconds (more than 0, at most 3600)');
const formatList: Check = (v) => (typeof v === 'string' || (Array.isArray(v) && v.every((f) => typeof f === 'string')) ? undefined : 'must be a list of formats, such as ["html", "pptx"]');
const byteSize: Check = (v) => (typeof v === 'number' || typeof v === 'string' ? undefined : 'must be a size such as "20M"');

const CHECKS: Record<keyof Config, Check> = {
  out: text,
  format: formatList,
  size: text,
  theme: text,
  templates: text,
  author: text,
  jobs: whole(1, 16),
  timeout: seconds,
  maxSize: byteSize,
};

/** "20M", "512k", "1G" or a plain number of bytes. */
export function parseByteSize(value: string | number, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(String(value));
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = m ? Math.round(Number(m[1]) * scale) : NaN;
  if (!(bytes >= 1)) throw new UserError(`${where}: "${value}" is not a size (use a number of bytes, or one such as 512k or 20M)`, 2);
  return bytes;
}

function parseConfigText(text: string, file: string): unknown {
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UserError(`${file}: is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The config file in `dir`, validated; undefined when there is none. */
export function loadConfig(dir: string): { file: string; config: Config } | undefined {
  const found = CONFIG_NAMES.filter((name) => existsSync(join(dir, name)));
  if (found.length > 1) throw new UserError(`${found.join(' and ')}: keep one config file, not ${found.length}`);
  const file = found[0];
  if (!file) return undefined;
  const data = parseConfigText(readFileSync(join(dir, file), 'utf8'), file);
  if (data === null || data === undefined) return { file, config: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new UserError(`${file}: must hold settings as "name": value pairs`);
  for (const [key, value] of Object.entries(data)) {
    const check = CHECKS[key as keyof Config];
    if (!check) throw new UserError(`${file}: unknown setting "${key}" (known: ${Object.keys(CHECKS).join(', ')})`);
    const problem = check(value);
    if (problem) throw new UserError(`${file}: ${key} ${problem}`);
  }
  const config = { ...(data as Config) };
  const format = (data as { format?: string | string[] }).format;
  if (Array.isArray(format)) config.format = format.join(',');
  // Values are checked now, so a bad config fails even for commands that ignore it.
  try {
    if (config.format !== undefined) parseFormats(config.format);
    if (config.size !== undefined) parseSize(config.size);
    if (config.maxSize !== undefined) parseByteSize(config.maxSize, 'maxSize');
  } catch (e) {
    throw new UserError(`${file}: ${(e as Error).message.replace(/^--format: /, 'format: ').replace(/^--size: /, 'size: ')}`);
  }
  return { file, config };
}

export interface SettingArgs {
  out?: string;
  format?: string;
  size?: string;
  theme?: string;
  templates?: string;
  author?: string;
  jobs?: number;
  timeout?: number;
  maxSize?: string;
}

/** The settings for a command: its arguments over the config over the defaults. */
export function resolveSettings(args: SettingArgs, config: Config = {}): Settings {
  const pick = <K extends keyof SettingArgs>(key: K) => args[key] ?? config[key];
  const jobs = pick('jobs') ?? DEFAULTS.jobs;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 16) throw new UserError(`--jobs: ${jobs} is not a whole number from 1 to 16`, 2);
  const timeout = pick('timeout') ?? DEFAULTS.timeout;
  if (!(timeout > 0)) throw new UserError(`--timeout: ${timeout} is not a number of seconds above 0`, 2);
  const settings: Settings = {
    out: pick('out') ?? DEFAULTS.out,
    formats: parseFormats(pick('format')),
    size: parseSize(pick('size')),
    jobs,
    timeoutMs: timeout * 1000,
    maxBytes: parseByteSize(pick('maxSize') ?? DEFAULTS.maxSize, '--max-size'),
  };
  for (const key of ['theme', 'templates', 'author'] as const) {
    const value = pick(key);
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}
