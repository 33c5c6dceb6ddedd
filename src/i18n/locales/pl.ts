import type { Locale } from '../messages.js';
import { plural } from '../plural.js';

const pl: Locale = {
  dir: 'ltr',
  messages: {
    timelineLabel: 'Oś czasu',
    trackDescription: 'Strzałkami przechodzisz między wydarzeniami, klawiszem Enter otwierasz wydarzenie, a plusem i minusem zmieniasz powiększenie.',
    zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz',
    fit: 'Pokaż wszystkie wydarzenia',
    previous: 'Poprzednie wydarzenie',
    next: 'Następne wydarzenie',
    close: 'Zamknij',
    categories: 'Kategorie',
    showCategory: (label) => `Pokaż kategorię „${label}”`,
    sources: 'Źródła',
    viewChoice: 'Widok',
    timelineView: 'Oś czasu',
    listView: 'Lista',
    storyView: 'Opowieść',
    verticalView: 'Pionowo',
    tools: 'Narzędzia',
    loading: 'Wczytywanie osi czasu…',
    errorHeading: (count, n) =>
      plural(
        'pl',
        n,
        {
          one: 'Na tej osi czasu jest {n} błąd',
          few: 'Na tej osi czasu są {n} błędy',
          many: 'Na tej osi czasu jest {n} błędów',
          other: 'Na tej osi czasu jest {n} błędu',
        },
        count,
      ),
    noEvents: 'Brak wydarzeń do pokazania.',
    showMore: (rest, n) =>
      plural(
        'pl',
        n,
        {
          one: 'Pokaż jeszcze {n} wydarzenie',
          few: 'Pokaż więcej wydarzeń (zostały {n})',
          many: 'Pokaż więcej wydarzeń (zostało {n})',
          other: 'Pokaż więcej wydarzeń (zostało {n})',
        },
        rest,
      ),
    notPrinted: (rest, n) =>
      plural(
        'pl',
        n,
        {
          one: 'W wydruku pominięto {n} wydarzenie; pełna lista jest na interaktywnej osi czasu.',
          few: 'W wydruku pominięto {n} wydarzenia; pełna lista jest na interaktywnej osi czasu.',
          many: 'W wydruku pominięto {n} wydarzeń; pełna lista jest na interaktywnej osi czasu.',
          other: 'W wydruku pominięto {n} wydarzenia; pełna lista jest na interaktywnej osi czasu.',
        },
        rest,
      ),
    clusterName: (count, n, dates) =>
      plural(
        'pl',
        n,
        {
          one: '{n} wydarzenie, {dates}. Naciśnij Enter, aby je pokazać.',
          few: '{n} wydarzenia, {dates}. Naciśnij Enter, aby je pokazać.',
          many: '{n} wydarzeń, {dates}. Naciśnij Enter, aby je pokazać.',
          other: '{n} wydarzenia, {dates}. Naciśnij Enter, aby je pokazać.',
        },
        count,
        { dates },
      ),
    noEventsInView: 'W tym fragmencie osi czasu nie ma wydarzeń. Naciśnij 0, aby pokazać wszystkie.',
    position: (index, total) => `${index} z ${total}`,
    markName: (title, date, category) => (category ? `${title}, ${date}, ${category}` : `${title}, ${date}`),
    opensInNewTab: '(otwiera się w nowej karcie)',
    announce: (title, date) => `${title}, ${date}`,
    zoomControls: 'Sterowanie osią czasu',
    trackLabel: (title) => `Oś czasu: ${title}`,
    help: 'Pomoc',
    shortcuts: 'Skróty klawiszowe',
    gestures: 'Dotyk i mysz',
    loadFailure: (why) =>
      ({
        timeout: 'Wczytywanie osi czasu trwało zbyt długo. Serwer może działać wolno lub być niedostępny.',
        network: 'Nie udało się wczytać osi czasu. Sprawdź połączenie z internetem i adres pliku z danymi.',
        http: 'Serwer nie przesłał danych osi czasu. Sprawdź adres pliku z danymi.',
        'not-data': 'Plik został wczytany, ale nie zawiera danych, które można pokazać na osi czasu.',
        'sheet-not-published':
          'Ten arkusz Google nie jest opublikowany w internecie. W Arkuszach Google wybierz „Plik” → „Udostępnij” → „Opublikuj w internecie”, wskaż arkusz i format „Wartości rozdzielone przecinkami (.csv)”, kliknij „Opublikuj” i użyj otrzymanego linku.',
        'too-large': 'Plik z danymi jest za duży, by go pokazać.',
      })[why],
    tooLarge: (size, limit) =>
      `Plik z danymi ma ${size}, a ta oś czasu przyjmuje najwyżej ${limit}. Podziel materiał na części albo poproś twórcę strony o podniesienie limitu.`,
    retry: 'Spróbuj ponownie',
    partFailed: 'Nie udało się wczytać części osi czasu. Odśwież stronę, aby spróbować ponownie.',

    storyLabel: (title) => `Opowieść: ${title}`,
    storyStart: 'Zacznij',
    swipeHint: 'Przesuń palcem w lewo lub w prawo, aby przechodzić między wydarzeniami.',
    eventCount: (count, n) => plural('pl', n, { one: '{n} wydarzenie', few: '{n} wydarzenia', many: '{n} wydarzeń', other: '{n} wydarzenia' }, count),
    imageUnavailable: 'Nie udało się wczytać obrazu.',
    share: 'Udostępnij link',
    linkCopied: 'Skopiowano link.',
    copyThisLink: 'Skopiuj ten link:',
    findLabel: 'Szukaj wydarzeń',
    matches: (count, total, n) =>
      n === 0
        ? 'Żadne wydarzenie nie pasuje.'
        : plural(
            'pl',
            n,
            {
              one: 'Pasuje {n} z {total} wydarzeń.',
              few: 'Pasują {n} z {total} wydarzeń.',
              many: 'Pasuje {n} z {total} wydarzeń.',
              other: 'Pasuje {n} z {total} wydarzeń.',
            },
            count,
            { total },
          ),
    matchPosition: (index, count, n) => plural('pl', n, { one: 'Jedyny wynik', few: 'Wynik {index} z {n}', many: 'Wynik {index} z {n}', other: 'Wynik {index} z {n}' }, count, { index }),
    downloadImage: 'Pobierz obraz',
    today: 'Dziś',
    credit: (publishers) => `Źródła: ${publishers}`,

    approximate: (date) => `w przybliżeniu ${date}`,
    uncertain: (date) => `${date} (?)`,
    approximateUncertain: (date) => `w przybliżeniu ${date} (?)`,
    decade: (year) => `lata ${year}.`,
    century: (year) => `stulecie od ${year} r.`,
    season: (season, year) => `${{ spring: 'wiosna', summer: 'lato', autumn: 'jesień', winter: 'zima' }[season]} ${year}`,
    ongoing: (start) => `${start} – obecnie`,
    datesNote: 'Niewypełniony znacznik oznacza datę przybliżoną lub niepewną.',

    later: (span) => `${span} później`,
    earlier: (span) => `${span} wcześniej`,

    newEvents: (count, n) =>
      plural('pl', n, { one: '{n} nowe wydarzenie', few: '{n} nowe wydarzenia', many: '{n} nowych wydarzeń', other: '{n} nowego wydarzenia' }, count),
    showNewest: 'Pokaż najnowsze',
    newLabel: 'Nowe',
    updateFailed: 'Nie udało się zaktualizować; ponawiamy próbę.',
    selectedRemoved: 'Otwarte wydarzenie zostało usunięte z osi czasu.',
  },
  shortcuts: [
    [['Tab'], 'Przejdź do osi czasu, a potem do karty wydarzenia'],
    [['←', '→'], 'Poprzednie lub następne wydarzenie na ekranie; przy krawędzi oś czasu się przewija'],
    [['↑', '↓'], 'Wydarzenie na ścieżce wyżej lub niżej'],
    [['Home', 'End'], 'Pierwsze lub ostatnie wydarzenie'],
    [['Enter', 'Spacja'], 'Otwórz wydarzenie lub powiększ grupę'],
    [['Esc'], 'Zamknij kartę'],
    [['+', '−'], 'Powiększ lub pomniejsz'],
    [['0'], 'Pokaż wszystkie wydarzenia'],
  ],
  gestures: [
    [['Dotknięcie'], 'Otwórz wydarzenie lub powiększ grupę'],
    [['Przeciągnięcie'], 'Przesuwaj oś czasu'],
    [['Zsunięcie lub rozsunięcie palców'], 'Powiększ lub pomniejsz'],
    [['Ctrl + kółko myszy'], 'Powiększ lub pomniejsz myszą'],
    [['Dwukrotne kliknięcie'], 'Powiększ w miejscu kliknięcia'],
  ],
};

export default pl;
