// Lists the failed tests of TRX files (the test logger's XML), each with the first lines of its message, so
// that a run's failures can be read at the end of its log. Usage: node script/failures.mjs results/*.trx
import { readFileSync } from 'node:fs';

const entities = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = text => text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) =>
  name[0] === '#'
    ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
    : entities[name] ?? whole);
const headLines = 8;

for (const file of process.argv.slice(2)) {
  const trx = readFileSync(file, 'utf8');
  // A passed test without output is a self-closing element; a failed one always carries its ErrorInfo.
  for (const [result] of trx.matchAll(/<UnitTestResult\b[^>]*?(?:\/>|>[\s\S]*?<\/UnitTestResult>)/g)) {
    const head = result.match(/^<UnitTestResult\b[^>]*>/)[0];
    if (!/\boutcome="Failed"/.test(head)) continue;
    const name = decode(head.match(/\btestName="([^"]*)"/)?.[1] ?? '(unnamed test)');
    const message = decode(result.match(/<Message>([\s\S]*?)<\/Message>/)?.[1] ?? '').trim().split('\n');
    console.log(`FAILED ${name}`);
    for (const line of message.slice(0, headLines)) console.log(`    ${line}`);
    if (message.length > headLines) console.log(`    … ${message.length - headLines} more lines in ${file}`);
  }
}
