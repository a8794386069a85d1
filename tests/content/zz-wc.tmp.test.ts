import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { countWords, proseText } from '../../src/lib/reading.ts';
it('wc', () => { for (const f of ['opening','russia']) console.log(f, countWords(proseText(readFileSync(`content/chapters/${f}.mdx`,'utf8')))); });
