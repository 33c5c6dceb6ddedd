import { expect } from '@open-wc/testing';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { formatEventDate } from '../../src/core/dates.js';

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));

describe('LocaleController', () => {
  it("gets the host's dates and numbers ready while the page is idle, so the first render builds no formatter", async () => {
    // A language no other test speaks, so its formatters cannot be cached already.
    const lang = 'fi';
    const made: string[] = [];
    const { DateTimeFormat, NumberFormat } = Intl;
    const counting = <T extends object>(constructor: T, name: string) =>
      new Proxy(constructor, { construct: (target, args) => (made.push(`${name} ${args[0]}`), Reflect.construct(target as never, args)) });
    Intl.DateTimeFormat = counting(DateTimeFormat, 'date');
    Intl.NumberFormat = counting(NumberFormat, 'number');
    try {
      const host = Object.assign(document.createElement('div'), { addController() {}, requestUpdate() {} });
      host.lang = lang;
      document.body.append(host);
      const locale = new LocaleController(host as never);
      locale.hostConnected();
      await idle();
      expect(made).to.include.members([`date ${lang}`, `number ${lang}`]);
      made.length = 0;
      // What a mark's name and a count use then come from the cache.
      formatEventDate({ time: Date.UTC(2024, 5, 19), precision: 'day', iso: '2024-06-19' }, lang);
      expect(made).to.deep.equal([]);
      locale.hostDisconnected();
      host.remove();
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
  });
});
