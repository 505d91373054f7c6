// Prints the mutation score per source folder from Stryker's JSON report
// (.cache/mutation/mutation.json, mutation-testing-report-schema): killed + timed out over all
// mutants that tests cover or miss (compile errors and ignored mutants left out), as Stryker counts.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('.cache/mutation/mutation.json', 'utf8'));
const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 2).join('/');
  const f = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') f.killed++;
    else if (m.status === 'Timeout') f.timeout++;
    else if (m.status === 'Survived') f.survived++;
    else if (m.status === 'NoCoverage') f.noCoverage++;
  }
  folders.set(folder, f);
}
console.log('\nMutation score per folder (killed + timed out, of all valid mutants):');
for (const [folder, f] of [...folders].sort()) {
  const valid = f.killed + f.timeout + f.survived + f.noCoverage;
  const score = valid ? ((100 * (f.killed + f.timeout)) / valid).toFixed(1) : '-';
  console.log(`  ${folder.padEnd(12)} ${String(score).padStart(5)}%  (${f.killed + f.timeout} killed of ${valid}; ${f.survived} survived, ${f.noCoverage} not covered)`);
}
