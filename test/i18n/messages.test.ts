import { expect } from '@open-wc/testing';
import { messagesFor, type Messages } from '../../src/i18n/messages.js';
import { shortcutsFor } from '../../src/i18n/shortcuts.js';
import { formatNumber } from '../../src/core/dates.js';

const cluster = (m: Messages, lang: string, n: number) => m.clusterName(formatNumber(n, lang), n, 'D');

describe('message tables', () => {
  it('has every English message in Arabic too, and no English left in the Arabic table', () => {
    const en = messagesFor('en');
    const ar = messagesFor('ar');
    expect(Object.keys(ar).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) {
      if (typeof value === 'string') expect(value, key).to.match(/[\u0600-\u06ff]/);
    }
    expect(shortcutsFor('ar-EG')).to.have.length(shortcutsFor('en').length);
    for (const [, action] of shortcutsFor('ar')) expect(action).to.match(/[\u0600-\u06ff]/);
  });

  it('falls back from a regional tag to its language, and from an unknown one to English', () => {
    expect(messagesFor('ar-EG')).to.equal(messagesFor('ar'));
    expect(messagesFor('ko')).to.equal(messagesFor('en'));
  });

  it('picks English plural forms with Intl.PluralRules', () => {
    const en = messagesFor('en');
    expect(cluster(en, 'en', 1)).to.equal('1 event, D. Press Enter to show it.');
    expect(cluster(en, 'en', 2)).to.equal('2 events, D. Press Enter to show them.');
    expect(en.errorHeading('1', 1)).to.equal('This timeline has 1 problem');
    expect(en.errorHeading('3', 3)).to.equal('This timeline has 3 problems');
  });

  it('picks all six Arabic plural forms', () => {
    const ar = messagesFor('ar');
    expect(cluster(ar, 'ar', 2)).to.equal('حدثان، D. اضغط مفتاح Enter لعرضهما.');
    expect(cluster(ar, 'ar', 3)).to.equal('٣ أحداث، D. اضغط مفتاح Enter لعرضها.');
    expect(cluster(ar, 'ar', 11)).to.equal('١١ حدثًا، D. اضغط مفتاح Enter لعرضها.');
    expect(cluster(ar, 'ar', 100)).to.equal('١٠٠ حدث، D. اضغط مفتاح Enter لعرضها.');
    expect(ar.errorHeading('٠', 0)).to.equal('لا مشكلات في هذا الخط الزمني');
    expect(ar.errorHeading('١', 1)).to.equal('في هذا الخط الزمني مشكلة واحدة');
    expect(ar.errorHeading('٢', 2)).to.equal('في هذا الخط الزمني مشكلتان');
    expect(ar.errorHeading('٥', 5)).to.equal('في هذا الخط الزمني ٥ مشكلات');
  });
});
