import { expect } from 'chai';
import packageJson from '../../package.json';
import { START_ENTRY, startNodeFlags } from '../../bench/startCommand';

describe('bench: the command npm start runs', () => {
  it("gives the bench npm start's Node flags, without node and the entry point", () => {
    expect(startNodeFlags('node --max-semi-space-size=8 --require tsx/cjs bot/index.ts')).to.deep.equal(['--max-semi-space-size=8', '--require', 'tsx/cjs']);
    expect(packageJson.scripts.start).to.equal(['node', ...startNodeFlags(), START_ENTRY].join(' '));
  });

  it('refuses a start script that is not `node <flags> bot/index.ts`, naming the script', () => {
    expect(() => startNodeFlags('tsx bot/index.ts')).to.throw(/start script should read "node <flags> bot\/index\.ts".*got "tsx bot\/index\.ts"/);
    expect(() => startNodeFlags('node --require tsx/cjs bot/other.ts')).to.throw(/got "node --require tsx\/cjs bot\/other\.ts"/);
  });
});
