import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs `script` in a fresh Node process (this one has loaded everything for other tests) and returns its last line, parsed. */
function inFreshProcess(script: string): unknown {
  const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '--no-deprecation', '-e', script], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!);
}

const LOADED = `const loaded = (pattern) => Object.keys(require.cache).some((file) => pattern.test(file.replaceAll('\\\\', '/')));`;

describe('what the server process loads (its memory after start)', () => {
  it('loads only the botbuilder-dialogs classes the bot uses, not the package whole with its date, choice and number recognizers', function () {
    this.timeout(60_000);
    const script = `${LOADED}
      require('./bot/app');
      console.log(JSON.stringify({
        dialogsIndex: loaded(/botbuilder-dialogs\\/lib\\/index\\.js$/),
        recognizersSuite: loaded(/recognizers-text-(?:suite|date-time|choice)\\//),
        waterfall: loaded(/botbuilder-dialogs\\/lib\\/waterfallDialog\\.js$/),
      }));`;
    expect(inFreshProcess(script)).to.deep.equal({ dialogsIndex: false, recognizersSuite: false, waterfall: true });
  });

  it('loads the language guesser (tinyld) at the first message in another language, and guesses it then', function () {
    this.timeout(60_000);
    const script = `${LOADED}
      require('./bot/app');
      const { loadKnowledge } = require('./knowledge/loadKnowledge');
      const { otherLanguageOf } = require('./dialogs/understanding/core/language');
      const kb = loadKnowledge();
      const atStart = loaded(/node_modules\\/tinyld\\//);
      const english = otherLanguageOf('how long does it take to become a care manager', kb);
      const afterEnglish = loaded(/node_modules\\/tinyld\\//);
      const spanish = otherLanguageOf('hola, ¿cuánto gana un gestor de cuidados?', kb);
      console.log(JSON.stringify({ atStart, english, afterEnglish, spanish, afterSpanish: loaded(/node_modules\\/tinyld\\//) }));`;
    expect(inFreshProcess(script)).to.deep.equal({ atStart: false, english: null, afterEnglish: false, spanish: 'es', afterSpanish: true });
  });

  it("the bench's server for our bot does not load the echo bots (nor botbuilder-dialogs whole with them)", function () {
    this.timeout(60_000);
    const script = `${LOADED}
      require('./bench/serve');
      console.log(JSON.stringify({ echo: loaded(/bench\\/echoBot\\.ts$/), dialogsIndex: loaded(/botbuilder-dialogs\\/lib\\/index\\.js$/) }));`;
    expect(inFreshProcess(script)).to.deep.equal({ echo: false, dialogsIndex: false });
  });
});
