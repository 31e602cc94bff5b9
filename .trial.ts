import { readContent } from './src/integrations/content-check.ts';
import { plainEnglishFindings } from './src/lib/plain-english.ts';
const { input } = readContent(process.argv[2], '2026-12-07');
const f = plainEnglishFindings(input);
for (const x of f) console.log(`${x.rule}: ${x.file}: ${x.message.slice(0, 300)}`);
console.log(f.length, 'findings');
