import { describe, expect, it } from 'vitest';
import {
  escapeGlob,
  fileToUrl,
  filesToSave,
  offlineCopy,
  precacheList,
  savedPageTitle,
  savedPagesInOrder,
  servicesNamedByTree,
  type OfflineCopyInput,
} from '../../src/lib/site/offline-copy.ts';
import { OFFLINE, TOPICS, TREE_DATA, guideHref, helpNode } from '../../src/lib/site/routes.ts';
import { readTree, readEdition } from '../../src/build-tools/content-reader.ts';

const tree: OfflineCopyInput['tree'] = {
  nodes: [
    { id: 'danger', type: 'question', help: ['samaritans'] },
    { id: 'situation', type: 'question' },
    {
      id: 'emergency',
      type: 'outcome',
      agencies: ['emergency-services'],
      roles: ['mental-health-crisis'],
      first: { contacts: ['emergency-services'] },
    },
    {
      id: 'rent-arrears',
      type: 'outcome',
      agencies: ['stepchange'],
      roles: ['council-housing-options', 'advice-service'],
      first: { contacts: ['council-housing-options'] },
    },
  ],
};
const roles = {
  'council-housing-options': ['town-housing-options'],
  'mental-health-crisis': ['town-crisis-line'],
  'advice-service': ['citizens-advice'],
  'food-help': ['town-foodbank'],
};
const page = (path: string) => `${path}/index.html`;

/** A built site: the shell, the tree's pages, some services and guides, and Pagefind's files. */
function site(services: number, guides: number, fragments: number): string[] {
  const files = [
    'index.html',
    '404.html',
    'favicon.svg',
    'manifest.webmanifest',
    'icons/icon-192.png',
    'sw.js',
    '_astro/Page.abc.css',
    '_astro/TreeGuide.abc.js',
    '_astro/client.abc.js',
    page('help'),
    page('help/flowchart'),
    TREE_DATA.slice(1),
    page('search'),
    page('kiosk'),
    page('offline'),
    page('directory'),
    page('topics'),
    page('guide/crisis'),
    page('guide/behind-with-rent'),
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/pagefind.en_123.pf_meta',
    'pagefind/pagefind-ui.js',
    'pagefind/index/en_1.pf_index',
    'pagefind/filter/en_1.pf_filter',
    'open-data/services.json',
    page('booklet'),
    page('languages'),
    page('languages/pl'),
    page('languages/pa-guru'),
    page('languages/ur'),
    'languages.css',
    ...tree.nodes.map((n) => page(`help/${n.id}`)),
    page('easy-read'),
    page('easy-read/crisis'),
    page('easy-read/guide/could-lose-your-home'),
    'easy-read/pictures/phone.svg',
    'easy-read/pictures/house.svg',
    ...tree.nodes.map((n) => page(`easy-read/help/${n.id}`)),
    ...[
      'samaritans',
      'emergency-services',
      'stepchange',
      'town-housing-options',
      'town-crisis-line',
      'citizens-advice',
      'town-foodbank',
      'shout',
    ].map((id) => page(`services/${id}`)),
  ];
  for (let i = 0; i < services; i++)
    files.push(page(`services/extra-service-${i}`), page(`directory/category-${i % 40}`));
  for (let i = 0; i < guides; i++) files.push(page(`guide/extra-guide-${i}`), page(`topics/topic-${i % 30}`));
  for (let i = 0; i < fragments; i++)
    files.push(`pagefind/fragment/en_${i}.pf_fragment`, `pagefind/index/en_${i}.pf_index`);
  return [...new Set(files)];
}

const input = (files: string[]): OfflineCopyInput => ({
  files,
  tree,
  roles,
  crisisAgencies: ['emergency-services', 'samaritans', 'town-crisis-line'],
  crisisGuides: ['crisis'],
});

describe('the offline copy saved when the guide is first opened', () => {
  const list = offlineCopy(input(site(0, 0, 0)));

  it('holds the whole step-by-step guide, the essential pages and the app shell', () => {
    for (const f of [
      page('help'),
      ...tree.nodes.map((n) => page(`help/${n.id}`)),
      'index.html',
      page('search'),
      page('kiosk'),
      page('offline'),
      page('guide/crisis'),
    ]) {
      expect(list).toContain(f);
    }
    for (const f of [
      '_astro/Page.abc.css',
      '_astro/TreeGuide.abc.js',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'favicon.svg',
    ])
      expect(list).toContain(f);
  });

  it('holds "Help now in other languages": the picker and every language page, reached from the crisis help on every page', () => {
    for (const f of [
      page('languages'),
      page('languages/pl'),
      page('languages/pa-guru'),
      page('languages/ur'),
      'languages.css',
    ])
      expect(list).toContain(f);
  });

  it('holds the easy read way through: its start, every question and outcome, Help now and the pictures', () => {
    for (const f of [
      page('easy-read'),
      page('easy-read/crisis'),
      ...tree.nodes.map((n) => page(`easy-read/help/${n.id}`)),
      'easy-read/pictures/phone.svg',
      'easy-read/pictures/house.svg',
    ])
      expect(list).toContain(f);
    // Like the standard guide pages, the easy read guide pages are saved as they are visited.
    expect(list).not.toContain(page('easy-read/guide/could-lose-your-home'));
  });

  it('holds the questions as data, so an outcome page opened with no signal still lists the answers that led to it', () => {
    expect(list).toContain(TREE_DATA.slice(1));
  });

  it('holds the services the outcomes, the questions and the crisis panel name, through the edition roles', () => {
    for (const id of [
      'samaritans',
      'emergency-services',
      'stepchange',
      'town-housing-options',
      'town-crisis-line',
      'citizens-advice',
    ]) {
      expect(list).toContain(page(`services/${id}`));
    }
    // Services no outcome names, and roles no outcome uses, are saved only when visited.
    expect(list).not.toContain(page('services/shout'));
    expect(list).not.toContain(page('services/town-foodbank'));
  });

  it("holds Pagefind's code but not its index chunks, fragments, filters, worker, unused languages or interfaces", () => {
    expect(list.filter((f) => f.startsWith('pagefind/'))).toEqual([
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_123.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('leaves out the long tail: guides, directory, topics, the flowchart, the booklet, open data, the 404 page', () => {
    for (const f of [
      page('guide/behind-with-rent'),
      page('directory'),
      page('topics'),
      page('help/flowchart'),
      page('booklet'),
      'open-data/services.json',
      '404.html',
      'sw.js',
    ]) {
      expect(list).not.toContain(f);
    }
  });

  it('does not grow when thousands of services, guides and search fragments are added', () => {
    const big = offlineCopy(input(site(5000, 500, 20000)));
    expect(big).toEqual(list);
  });

  it("holds a small directory's whole search index when it is given, so a service is found by name with no signal", () => {
    const directoryIndex = [
      'pagefind/services/pagefind.js',
      'pagefind/services/index/en_1.pf_index',
      'pagefind/services/fragment/en_2.pf_fragment',
    ];
    const files = [...site(0, 0, 0), ...directoryIndex];
    const withIndex = offlineCopy({ ...input(files), directoryIndex });
    for (const f of directoryIndex) expect(withIndex).toContain(f);
    expect(offlineCopy(input(files)).filter((f) => f.startsWith('pagefind/services/'))).toEqual([]);
  });

  it('lists only files that were built', () => {
    const files = site(0, 0, 0).filter((f) => f !== page('services/stepchange'));
    expect(offlineCopy(input(files))).not.toContain(page('services/stepchange'));
  });
});

describe('the services named by the tree', () => {
  it('resolves roles to agencies, without repeats', () => {
    expect(servicesNamedByTree(tree, roles)).toEqual([
      'citizens-advice',
      'emergency-services',
      'samaritans',
      'stepchange',
      'town-crisis-line',
      'town-housing-options',
    ]);
  });

  it("resolves the real tree's roles through the Medway edition, down to the council's housing options", () => {
    const real = readTree(process.cwd());
    const medway = readEdition(process.cwd(), 'medway')!;
    const named = servicesNamedByTree(real, medway.roles);
    expect(named).toContain('medway-council-housing-options');
    expect(named.every((id) => !Object.hasOwn(medway.roles, id))).toBe(true);
  });
});

describe('addresses', () => {
  it('turns saved files into the addresses people open', () => {
    expect(fileToUrl('index.html')).toBe('/');
    expect(fileToUrl('help/danger/index.html')).toBe(helpNode('danger'));
    expect(fileToUrl('_astro/Page.abc.css')).toBe('/_astro/Page.abc.css');
  });
});

describe('what "Save this page for offline" stores', () => {
  it('the page without its query or fragment, then its own files once each, never other sites or the service worker', () => {
    expect(
      filesToSave('https://guide.example/guide/behind-with-rent/?from=search#money', [
        '/_astro/Page.abc.css',
        'https://guide.example/_astro/client.abc.js',
        '/_astro/Page.abc.css',
        'https://other.example/x.js',
        '/sw.js',
        'data:image/png;base64,AAAA',
        '/icons/icon-192.png#x',
      ]),
    ).toEqual([
      'https://guide.example/guide/behind-with-rent/',
      'https://guide.example/_astro/Page.abc.css',
      'https://guide.example/_astro/client.abc.js',
      'https://guide.example/icons/icon-192.png',
    ]);
  });
});

describe('the list of saved pages on the offline page', () => {
  it("names a page by its title, without the guide's name", () => {
    expect(
      savedPageTitle(
        '<html><head><title>Behind with rent – The housing and mental health options guide: Medway</title>',
      ),
    ).toBe('Behind with rent');
    expect(savedPageTitle('<title>Rent &amp; money: what&#39;s next</title>')).toBe("Rent & money: what's next");
    expect(savedPageTitle('<p>no title</p>')).toBe('');
  });

  it('lists saved pages first, then visited ones, each once, without the offline page', () => {
    const saved = [
      { url: guideHref('b'), title: 'Bee' },
      { url: guideHref('a'), title: 'Ay' },
    ];
    const visited = [
      { url: guideHref('a'), title: 'Ay' },
      { url: OFFLINE, title: 'You are offline' },
      { url: TOPICS, title: 'Topics' },
    ];
    expect(savedPagesInOrder(saved, visited, '/no-such-page/')).toEqual([
      { url: guideHref('a'), title: 'Ay', saved: true },
      { url: guideHref('b'), title: 'Bee', saved: true },
      { url: TOPICS, title: 'Topics', saved: false },
    ]);
  });
});

describe('naming the saved files to the service worker build', () => {
  it('turns each path into a pattern that matches only that file', () => {
    expect(escapeGlob('help/nowhere-tonight/index.html')).toBe('help/nowhere-tonight/index.html');
    expect(escapeGlob('_astro/[page].abc.js')).toBe('_astro/\\[page\\].abc.js');
    expect(escapeGlob('a/*{b,c}?.js')).toBe('a/\\*\\{b,c\\}\\?.js');
  });
});

describe('precacheList', () => {
  it('reads every saved file from a built service worker, whichever quotes the minifier used', () => {
    const code =
      'precacheAndRoute([{url:`help/index.html`,revision:`abc`},{revision:"d1",url:"_astro/kiosk.x.js"},{url:\'offline/index.html\',revision:null}],{directoryIndex:`index.html`})';
    expect(precacheList(code)).toEqual(['help/index.html', '_astro/kiosk.x.js', 'offline/index.html']);
  });

  it('does not mistake other settings, or a longer name ending in url, for a saved file', () => {
    expect(precacheList('e({fallbackURL:`x.html`,baseurl:"y"})')).toEqual([]);
  });
});
