import { analyse } from '../../outline/analyse.js';
import { outlineToJson, outlineToYaml } from '../../outline/write.js';
import { read, type ArticleFormat } from '../../read/read.js';
import type { FetchLimits } from '../fetch.js';
import { schemaPathFrom } from '../paths.js';
import { withFile } from '../report.js';
import { openSource, type InputSpec } from '../source.js';

export interface OutlineArgs {
  spec: InputSpec;
  limits: FetchLimits;
  from?: ArticleFormat;
  json?: boolean;
  title?: string;
  author?: string;
}

/** deckwright outline: the article's outline as YAML (or JSON), for reading or editing. */
export async function outlineText(args: OutlineArgs): Promise<string> {
  const source = await openSource(args.spec, args.limits, args.from);
  const outline = await withFile(source.label, async () =>
    analyse(await read(source.bytes, source.name, { format: source.format, ...(source.charset ? { charset: source.charset } : {}) }), {
      sourceName: source.name,
      ...(args.title ? { title: args.title } : {}),
      ...(args.author ? { author: args.author } : {}),
    }),
  );
  return args.json ? outlineToJson(outline) : outlineToYaml(outline, schemaPathFrom(process.cwd()));
}
