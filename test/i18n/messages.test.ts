import { expect } from '@open-wc/testing';
import { loadLanguage, messagesFor } from '../../src/i18n/languages.js';
import type { Messages } from '../../src/i18n/messages.js';
import { englishShortcuts } from '../../src/i18n/shortcuts.js';
import { formatNumber } from '../../src/core/dates.js';

const cluster = (m: Messages, lang: string, n: number) => m.clusterName(formatNumber(n, lang), n, 'D');

describe('message tables', () => {
  let ar: Messages;
  before(async () => {
    ar = (await loadLanguage('ar')).messages;
  });

  it('has every English message in Arabic too, and no English left in the Arabic table', async () => {
    const en = messagesFor('en');
    expect(Object.keys(ar).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) {
      if (typeof value === 'string') expect(value, key).to.match(/[\u0600-\u06ff]/);
    }
    const { shortcuts, gestures } = await loadLanguage('ar-EG');
    expect(shortcuts).to.have.length(englishShortcuts.length);
    expect(gestures).to.have.length.above(0);
    for (const [, action] of shortcuts!) expect(action).to.match(/[\u0600-\u06ff]/);
  });

  it('falls back from a regional tag to its language, and from an unknown one to English', () => {
    expect(messagesFor('ar-EG')).to.equal(ar);
    expect(messagesFor('qaa')).to.equal(messagesFor('en'));
  });

  it('picks English plural forms with Intl.PluralRules', () => {
    const en = messagesFor('en');
    expect(cluster(en, 'en', 1)).to.equal('1 event, D. Press Enter to show it.');
    expect(cluster(en, 'en', 2)).to.equal('2 events, D. Press Enter to show them.');
    expect(en.errorHeading('1', 1)).to.equal('This timeline has 1 problem');
    expect(en.errorHeading('3', 3)).to.equal('This timeline has 3 problems');
  });

  it('picks all six Arabic plural forms, the count in the digits of the tag (Arabic-Indic in Egypt)', () => {
    expect(cluster(ar, 'ar-EG', 2)).to.equal('حدثان، D. اضغط مفتاح Enter لعرضهما.');
    expect(cluster(ar, 'ar-EG', 3)).to.equal('٣ أحداث، D. اضغط مفتاح Enter لعرضها.');
    expect(cluster(ar, 'ar-EG', 11)).to.equal('١١ حدثًا، D. اضغط مفتاح Enter لعرضها.');
    expect(cluster(ar, 'ar-EG', 100)).to.equal('١٠٠ حدث، D. اضغط مفتاح Enter لعرضها.');
    expect(ar.errorHeading('٠', 0)).to.equal('لا مشكلات في هذا الخط الزمني');
    expect(ar.errorHeading('١', 1)).to.equal('في هذا الخط الزمني مشكلة واحدة');
    expect(ar.errorHeading('٢', 2)).to.equal('في هذا الخط الزمني مشكلتان');
    expect(ar.errorHeading('٥', 5)).to.equal('في هذا الخط الزمني ٥ مشكلات');
  });

  it('writes plain Arabic counts in Western digits, as Intl does for `ar`', () => {
    expect(cluster(ar, 'ar', 3)).to.equal('3 أحداث، D. اضغط مفتاح Enter لعرضها.');
    expect(cluster(ar, 'ar', 11)).to.equal('11 حدثًا، D. اضغط مفتاح Enter لعرضها.');
  });
});
