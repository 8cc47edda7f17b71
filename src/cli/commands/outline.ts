import { analyse } from '../../outline/analyse.js';
import { outlineToJson, outlineToYaml } from '../../outline/serialize.js';
import { readArticle } from '../../read/read.js';
import { readInput } from '../files.js';
import { schemaPathFrom } from '../paths.js';
import { withFile } from '../report.js';

export interface OutlineArgs {
  article: string;
  json?: boolean;
  title?: string;
  author?: string;
}

/** deckwright outline: the article's outline as YAML (or JSON), for reading or editing. */
export async function outlineText(args: OutlineArgs): Promise<string> {
  const bytes = readInput(args.article);
  const name = args.article.split(/[\\/]/).pop()!;
  const outline = await withFile(args.article, () =>
    analyse(readArticle(bytes, name), {
      sourceName: name,
      ...(args.title ? { title: args.title } : {}),
      ...(args.author ? { author: args.author } : {}),
    }),
  );
  return args.json ? outlineToJson(outline) : outlineToYaml(outline, schemaPathFrom(process.cwd()));
}
