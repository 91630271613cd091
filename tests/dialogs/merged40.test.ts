import { expect } from 'chai';
import { halfAsked } from '../../dialogs/understanding/questions/halfAsked';
import { askedThroughTheirLife } from '../../dialogs/understanding/questions/askedThroughTheirLife';

// Where session 40's branches met older behaviour (the chat evals of the merged tree): each case failed on the merged
// tree before its guard.
describe('session 40, where the merged branches met', () => {
  it('a group of skills asked "which matter most" is that group, not the one skill above the rest', () => {
    expect(halfAsked('ok got it. what soft skills matter most?')).to.equal(null);
    expect(halfAsked('which hard skills are most important')).to.equal(null);
    expect(halfAsked('what skills matter most for a care manager?')).to.equal(null);
    expect(halfAsked('what is the single most important skill?')).to.deep.equal({ kind: 'top-skill' });
    expect(halfAsked('Which skills is most important among all?')).to.deep.equal({ kind: 'top-skill' });
  });

  it('part-time work and a shift of their own to cover are not the hours asked through a life', () => {
    expect(askedThroughTheirLife('can you do it part time around school pickups?', undefined)).to.equal(null);
    expect(askedThroughTheirLife('can you cover my 3pm shift lol', undefined)).to.equal(null);
    expect(askedThroughTheirLife('Is the schedule closer to school hours or on-call work?', undefined)).to.deep.equal({ kind: 'hours' });
  });
});
