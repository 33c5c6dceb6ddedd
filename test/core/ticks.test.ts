import { expect } from '@open-wc/testing';
import { computeTicks, prepareTickFormats } from '../../src/core/ticks.js';
import { placeTickLabels } from '../../src/core/scene.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`computeTicks (browser time zone ${zone})`, () => {
  const from = Date.UTC(1999, 9, 1);
  const to = Date.UTC(2025, 2, 1);

  it('fits fewer ticks into a narrower track', () => {
    const wide = computeTicks(from, to, 1280, 'en');
    const narrow = computeTicks(from, to, 320, 'en');
    expect(narrow.length).to.be.lessThan(wide.length);
    expect(narrow.length).to.be.within(2, 6);
    expect(wide.length).to.be.within(5, 15);
  });

  it('labels year ticks with the year, on 1 January UTC', () => {
    const ticks = computeTicks(from, to, 1280, 'en');
    for (const tick of ticks) {
      const date = new Date(tick.time);
      expect([date.getUTCMonth(), date.getUTCDate(), date.getUTCHours()]).to.deep.equal([0, 1, 0]);
      expect(tick.label).to.equal(String(date.getUTCFullYear()));
    }
  });

  it('switches to months and days as the window narrows', () => {
    const months = computeTicks(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31), 1280, 'en');
    expect(months.map((t) => t.label)).to.include('Jun');
    expect(months[0].label).to.equal('Jan 2024');
    const days = computeTicks(Date.UTC(2024, 5, 10), Date.UTC(2024, 5, 25), 1280, 'en');
    expect(days.some((t) => t.label === '19' || t.label === 'Jun 19')).to.equal(true);
  });

  it('writes Arabic month names and digits: the tag’s own by default, or those asked for', () => {
    const months = computeTicks(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31), 1280, 'ar');
    expect(months.map((t) => t.label)).to.include('يونيو');
    expect(computeTicks(from, to, 1280, 'ar').map((t) => t.label)).to.include('2020');
    expect(computeTicks(from, to, 1280, 'ar-EG').map((t) => t.label)).to.include('٢٠٢٠');
    expect(computeTicks(from, to, 1280, 'fa').map((t) => t.label)).to.include('۲۰۲۰');
    expect(computeTicks(from, to, 1280, 'ar', 'arab').map((t) => t.label)).to.include('٢٠٢٠');
    const latin = computeTicks(from, to, 1280, 'ar-EG', 'latn');
    expect(latin.map((t) => t.label)).to.include('2020');
  });
});

describe('computeTicks: the larger unit where it changes', () => {
  it('names the month on the first weekly tick of each month, so "4" after "28" is not a puzzle', () => {
    const ticks = computeTicks(Date.UTC(2024, 0, 28), Date.UTC(2024, 5, 10), 1280, 'en');
    expect(ticks[1].time - ticks[0].time).to.equal(7 * 86_400_000);
    for (let i = 0; i < ticks.length; i++) {
      const month = new Date(ticks[i].time).getUTCMonth();
      const changed = i === 0 || new Date(ticks[i - 1].time).getUTCMonth() !== month;
      expect(/[A-Za-z]/.test(ticks[i].label), ticks[i].label).to.equal(changed);
    }
  });

  it('names the day on the first tick of each day when ticks are hours apart', () => {
    const ticks = computeTicks(Date.UTC(2024, 5, 18, 20), Date.UTC(2024, 5, 20, 4), 1280, 'en');
    for (let i = 0; i < ticks.length; i++) {
      const day = new Date(ticks[i].time).getUTCDate();
      const changed = i === 0 || new Date(ticks[i - 1].time).getUTCDate() !== day;
      expect(ticks[i].label.includes('Jun'), ticks[i].label).to.equal(changed);
    }
  });

  it('builds no date formatter while zooming through every step once they are prepared', () => {
    const { DateTimeFormat } = Intl;
    let built = 0;
    // Counts the formatters built from here on (a language no other test uses: none is cached yet).
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
      built++;
      return new DateTimeFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      const windows: [number, number][] = [
        [Date.UTC(1999, 9, 1), Date.UTC(2025, 2, 1)],
        [Date.UTC(2024, 0, 1), Date.UTC(2025, 11, 31)],
        [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)],
        [Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 20)],
        [Date.UTC(2024, 5, 19), Date.UTC(2024, 5, 21)],
      ];
      const unprepared = windows.map(([a, b]) => computeTicks(a, b, 1280, 'fr-CA').map((t) => t.label));
      expect(built, 'formatters built by the zoom, unprepared').to.be.greaterThan(3);
      built = 0;
      prepareTickFormats('de-AT');
      const afterPreparing = built;
      const prepared = windows.map(([a, b]) => computeTicks(a, b, 1280, 'de-AT').map((t) => t.label));
      expect(built, 'formatters built by the zoom, prepared').to.equal(afterPreparing);
      expect(prepared.flat().length).to.equal(unprepared.flat().length);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});

describe('the year on the axis at every zoom', () => {
  it('keeps a label naming the year in view, from twenty years down to one day, at 375 and 1280 px', () => {
    const measure = (label: string) => label.length * 6.5;
    const end = Date.UTC(2024, 7, 20);
    for (const width of [375, 1280]) {
      for (let span = 20 * 365 * 86_400_000; span >= 86_400_000; span /= 1.7) {
        const from = end - span;
        const ticks = computeTicks(from, end, width, 'en').map((tick) => ({ ...tick, x: ((tick.time - from) / span) * width }));
        const shown = placeTickLabels(ticks, width, measure).filter((tick) => tick.label);
        const days = Math.round(span / 86_400_000);
        expect(shown.some((tick) => /\b(19|20)\d\d\b/.test(tick.label)), `${days} days at ${width} px: ${shown.map((t) => t.label).join(' | ')}`).to.equal(true);
      }
    }
  });
});
