// A vitest reporter beside the default one, so that `npm test` is never silent for long: each
// test file as it finishes, as [done/total] with the time since the run started, and every
// 20 s without one, which files are still running and how many of their tests have finished
// (the accessibility audit alone runs for over a minute).
import type { Reporter, TestCase, TestModule, TestSpecification, Vitest } from 'vitest/node';

const QUIET_MS = 20_000;

export default class ProgressReporter implements Reporter {
  private vitest!: Vitest;
  private started = 0;
  private lastLine = 0;
  private total = 0;
  private finished = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Running files: when each started and how many of its tests have finished. */
  private running = new Map<string, { since: number; tests: number }>();

  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
    this.started = this.lastLine = Date.now();
    this.total = new Set(specifications.map((s) => s.moduleId)).size;
    this.finished = 0;
    this.timer = setInterval(() => this.heartbeat(), 1000);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule) {
    this.running.set(module.relativeModuleId, { since: Date.now(), tests: 0 });
  }

  onTestCaseResult(test: TestCase) {
    const file = this.running.get(test.module.relativeModuleId);
    if (file) file.tests++;
  }

  onTestModuleEnd(module: TestModule) {
    this.running.delete(module.relativeModuleId);
    this.finished++;
    const seconds = Math.round((module.diagnostic().duration ?? 0) / 1000);
    this.say(`[${this.finished}/${this.total}] ${module.relativeModuleId} ${module.ok() ? 'passed' : 'FAILED'} in ${seconds} s`);
  }

  onTestRunEnd() {
    clearInterval(this.timer);
  }

  private heartbeat() {
    if (Date.now() - this.lastLine < QUIET_MS || this.running.size === 0) return;
    const files = [...this.running].map(([name, f]) => `${name} (${Math.round((Date.now() - f.since) / 1000)} s, ${f.tests} tests done)`);
    this.say(`still running: ${files.join('; ')}`);
  }

  private say(text: string) {
    this.lastLine = Date.now();
    const elapsed = Math.round((Date.now() - this.started) / 1000);
    this.vitest.logger.log(`  ${String(Math.floor(elapsed / 60))}:${String(elapsed % 60).padStart(2, '0')} ${text}`);
  }
}
