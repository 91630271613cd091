import { expect } from 'chai';
import { stageRows } from '../../bench/memoryStages';

const MB = 1024 * 1024;
const reading = (label: string, rss: number, rssSettled: number, heapUsed: number) => ({ label, rss: rss * MB, rssSettled: rssSettled * MB, heapUsed: heapUsed * MB, external: 2 * MB });

describe('bench: memory by stage', () => {
  it('prints each stage in MB with what it added to the settled RSS and the heap over the stage before', () => {
    const rows = stageRows([reading('Node and tsx', 52, 50, 4), reading('modules', 140, 133.5, 47.25), reading('after the conversations', 250, 131, 46)]);
    expect(rows[0]).to.deep.equal(['stage', 'RSS MB (at once)', 'RSS MB (settled)', 'added MB', 'JS heap MB', 'heap added', 'external MB']);
    expect(rows.slice(1)).to.deep.equal([
      ['Node and tsx', '52.0', '50.0', '', '4.0', '', '2.0'],
      ['modules', '140.0', '133.5', '+83.5', '47.3', '+43.3', '2.0'],
      ['after the conversations', '250.0', '131.0', '-2.5', '46.0', '-1.3', '2.0'],
    ]);
  });
});
