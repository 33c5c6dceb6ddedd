import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

/** "2010’lar", "1900’ler": the suffix follows the vowel of the last spoken number word (on, otuz, kırk, altmış, doksan take -lar). */
const plural0s = (year: string): string => `${year}’${/[13469]0$/.test(year) ? 'lar' : 'ler'}`;

const tr: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Zaman çizelgesi',
    trackDescription: 'Olaylar arasında geçmek için ok tuşlarını, bir olayı açmak için Enter tuşunu, yakınlaştırıp uzaklaştırmak için artı ve eksi tuşlarını kullanın.',
    zoomIn: 'Yakınlaştır',
    zoomOut: 'Uzaklaştır',
    fit: 'Tüm olayları göster',
    previous: 'Önceki olay',
    next: 'Sonraki olay',
    close: 'Kapat',
    categories: 'Kategoriler',
    showCategory: (label) => `“${label}” kategorisini göster`,
    sources: 'Kaynaklar',
    viewChoice: 'Görünüm',
    timelineView: 'Zaman çizelgesi',
    listView: 'Liste',
    storyView: 'Hikâye',
    verticalView: 'Dikey',
    tools: 'Araçlar',
    loading: 'Zaman çizelgesi yükleniyor…',
    errorHeading: (count, n) =>
      plural('tr', n, { one: 'Bu zaman çizelgesinde {n} sorun var', other: 'Bu zaman çizelgesinde {n} sorun var' }, count),
    noEvents: 'Gösterilecek olay yok.',
    showMore: (rest, n) => plural('tr', n, { one: 'Bir olay daha göster', other: 'Daha fazla olay göster ({n} olay kaldı)' }, rest),
    notPrinted: (rest, n) =>
      plural(
        'tr',
        n,
        {
          one: 'Çıktıda {n} olay daha yer almıyor; listenin tamamı etkileşimli zaman çizelgesinde.',
          other: 'Çıktıda {n} olay daha yer almıyor; listenin tamamı etkileşimli zaman çizelgesinde.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'tr',
        n,
        {
          one: '{n} olay, {dates}. Göstermek için Enter tuşuna basın.',
          other: '{n} olay, {dates}. Göstermek için Enter tuşuna basın.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'Bu aralıkta olay yok. Tümünü göstermek için 0 tuşuna basın.',
    position: (index, total) => `${index} / ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(yeni sekmede açılır)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Zaman çizelgesi kontrolleri',
    trackLabel: (title) => `Zaman çizelgesi: ${title}`,
    help: 'Yardım',
    shortcuts: 'Klavye kısayolları',
    gestures: 'Dokunma ve fare',
    loadFailure: (why) =>
      ({
        timeout: 'Zaman çizelgesinin yüklenmesi çok uzun sürdü. Sunucu yavaş ya da erişilemez olabilir.',
        network: 'Zaman çizelgesi yüklenemedi. Bağlantınızı ve verinin adresini kontrol edin.',
        http: 'Sunucu zaman çizelgesinin verilerini göndermedi. Verinin adresini kontrol edin.',
        'not-data': 'Dosya yüklendi ancak gösterilebilecek zaman çizelgesi verisi içermiyor.',
        'sheet-not-published':
          'Bu Google E-Tablolar dosyası web’de yayınlanmamış. Google E-Tablolar’da “Dosya” > “Paylaş” > “Web’de yayınla” yolunu izleyin, sayfayı ve “Virgülle ayrılmış değerler (.csv)” biçimini seçin, “Yayınla” düğmesine basın ve verilen bağlantıyı kullanın.',
        'too-large': 'Veri dosyası gösterilemeyecek kadar büyük.',
      })[why],
    tooLarge: (size, limit) =>
      `Veri dosyasının boyutu ${size}; bu zaman çizelgesinin kabul ettiği ${limit} sınırını aşıyor. Haberi parçalara bölün ya da sayfanın geliştiricisinden sınırı yükseltmesini isteyin.`,
    retry: 'Yeniden dene',
    partFailed: 'Zaman çizelgesinin bir bölümü yüklenemedi. Yeniden denemek için sayfayı yenileyin.',

    storyLabel: (title) => `Hikâye: ${title}`,
    storyStart: 'Başla',
    swipeHint: 'Hikâyede ilerlemek için sola veya sağa kaydırın.',
    eventCount: (count, n) => plural('tr', n, { one: '{n} olay', other: '{n} olay' }, count),
    imageUnavailable: 'Görsel yüklenemedi.',
    share: 'Bağlantıyı paylaş',
    linkCopied: 'Bağlantı kopyalandı.',
    copyThisLink: 'Bu bağlantıyı kopyalayın:',
    findLabel: 'Olaylarda ara',
    matches: (count, total, n) =>
      n === 0
        ? 'Eşleşen olay yok.'
        : plural('tr', n, { one: '{total} olaydan {n} tanesi eşleşiyor.', other: '{total} olaydan {n} tanesi eşleşiyor.' }, count, { total }),
    matchPosition: (index, count, n) => plural('tr', n, { one: 'Tek sonuç', other: 'Sonuç {index} / {n}' }, count, { index }),
    downloadImage: 'Görseli indir',
    today: 'Bugün',
    credit: (publishers) => `Kaynaklar: ${publishers}`,

    approximate: (date) => `yaklaşık ${date}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `yaklaşık ${date} (?)`,
    decade: (year) => plural0s(year),
    century: (year) => plural0s(year),
    season: (season, year) => `${year} ${{ spring: 'baharı', summer: 'yazı', autumn: 'sonbaharı', winter: 'kışı' }[season]}`,
    ongoing: (start) => `${start} – günümüz`,
    datesNote: 'İçi boş işaret, tarihin yaklaşık ya da belirsiz olduğunu gösterir.',

    later: (span) => `${span} sonra`,
    earlier: (span) => `${span} önce`,

    newEvents: (count, n) => plural('tr', n, { one: '{n} yeni olay', other: '{n} yeni olay' }, count),
    showNewest: 'En yeni olaya git',
    newLabel: 'Yeni',
    updateFailed: 'Güncellenemedi; yeniden deneniyor.',
    selectedRemoved: 'Açtığınız olay zaman çizelgesinden kaldırıldı.',
  },
  shortcuts: [
    [['Tab'], 'Zaman çizelgesine, ardından olay kartına geç'],
    [['←', '→'], 'Ekrandaki önceki veya sonraki olay; kenara gelince zaman çizelgesi kayar'],
    [['↑', '↓'], 'Üst veya alt şeritteki olay'],
    [['Home', 'End'], 'İlk veya son olay'],
    [['Enter', 'Boşluk'], 'Olayı aç veya gruba yakınlaştır'],
    [['Esc'], 'Kartı kapat'],
    [['+', '−'], 'Yakınlaştır veya uzaklaştır'],
    [['0'], 'Tüm olayları göster'],
  ],
  gestures: [
    [['Dokunma'], 'Olayı aç veya gruba yakınlaştır'],
    [['Sürükleme'], 'Zaman çizelgesinde ilerle'],
    [['İki parmakla sıkıştırma'], 'Yakınlaştır veya uzaklaştır'],
    [['Ctrl + fare tekerleği'], 'Fareyle yakınlaştır veya uzaklaştır'],
    [['Çift tıklama'], 'Tıklanan yere yakınlaştır'],
  ],
};

export default tr;
