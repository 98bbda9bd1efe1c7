import { isNpsScore, netPromoterScore, npsCategory } from '../../src/domain/nps';

describe('NPS arithmetic', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ])('a score of %i is a %s', (score, category) => {
    expect(npsCategory(score)).toBe(category);
  });

  it.each([-1, 11, 7.5, Number.NaN])('refuses %p as a score', (score) => {
    expect(isNpsScore(score)).toBe(false);
    expect(() => npsCategory(score)).toThrow(RangeError);
  });

  it('is the percentage of promoters minus the percentage of detractors', () => {
    expect(netPromoterScore({ promoters: 6, passives: 2, detractors: 2 })).toBe(40);
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 3 })).toBe(-100);
    expect(netPromoterScore({ promoters: 5, passives: 0, detractors: 0 })).toBe(100);
    expect(netPromoterScore({ promoters: 1, passives: 8, detractors: 1 })).toBe(0);
  });

  it('rounds half away from zero to a whole number', () => {
    expect(netPromoterScore({ promoters: 1, passives: 2, detractors: 0 })).toBe(33);
    expect(netPromoterScore({ promoters: 2, passives: 1, detractors: 0 })).toBe(67);
    expect(netPromoterScore({ promoters: 1, passives: 7, detractors: 0 })).toBe(13); // 12.5
    expect(netPromoterScore({ promoters: 0, passives: 7, detractors: 1 })).toBe(-13); // -12.5
  });

  it('is null without answers', () => {
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});
