import { describe, expect, it } from 'vitest';
import { furnitureReason, removeFurniture } from '../../../lib/index/furniture';
import { readTextCapture } from '../../../lib/node/read-folder';
import { matchPage } from '../../../lib/match/match-page';
import { readSeeds, seedTestIndex, seedText } from '../../helpers/seeds';

// For each seed: text that must go, and article text that must stay.
const CASES: Array<{ id: string; gone: string[]; kept: string[] }> = [
  {
    id: '000_fd73950ea80bdd9f',
    gone: [
      '403',
      'Sorry!!',
      'page you were looking for',
      'Legal Disclaimer',
      'without warranty',
      'Most popular stories',
      'Pepeto Highlights',
      'Ceffu Secures',
      'CommentsNo comment',
    ],
    kept: ['(MENAFN) First Lady Melania Trump revealed', 'Since the Ukraine crisis escalated in 2022', 'publicly thanked Melania Trump'],
  },
  {
    id: '001_a430edec51f01de0',
    gone: ['date 2025-10-10'],
    kept: ['First lady Melania Trump said Friday', 'Much has unfolded since President Putin', 'It can begin with our children.'],
  },
  {
    id: '002_064f4c01c2051cd1',
    gone: [
      'Support The Moscow Times!',
      'firstladyoffice / Instagram',
      'Sign up for our free weekly newsletter',
      'hand-picked selection',
      'Subscribers agree',
      'Dear readers',
      'undesirable',
      'no matter how small',
      'Remind me later',
      'Read more',
      'paiment methods',
    ],
    kept: ['U.S. First Lady Melania Trump said Friday', 'the 55-year-old said eight children', 'In fact, eight children have been rejoined'],
  },
  {
    id: '003_edfc562e8b1b3ac3',
    gone: [],
    kept: ['In a significant development at the White House', 'In closing her remarks', 'a path toward peace.'],
  },
  {
    id: '004_b0320bcc57655700',
    gone: [
      'London, UK',
      '15.7°C',
      'Humidity',
      'Wind Speed',
      'Saturday, 11 October, 2025',
      'LP Staff Writers',
      'come from a range of professional backgrounds',
      'Categories',
      'complimentary login credentials',
      'free thanks to our Sponsors',
      'Privacy Overview',
      'uses cookies',
      'GDPR',
      'withdraw your consent',
    ],
    kept: ['First lady Melania Trump said she has established', 'The International Criminal Court last year', 'they just bombed a nursing home'],
  },
];

describe('furniture removal on the seeds', () => {
  it.each(CASES)('$id: furniture goes, the article stays', async ({ id, gone, kept }) => {
    const article = (await readSeeds()).find((r) => r.article.id === id)!.article;
    const body = article.paragraphs.join('\n');
    for (const g of gone) expect(body, g).not.toContain(g);
    for (const k of kept) expect(body, k).toContain(k);
  });

  it.each(CASES)('$id: the generic rules alone drop the same lines as sources.json', ({ id }) => {
    const lines = seedText(id).split('\n');
    const generic = removeFurniture(lines).kept.map((k) => k.text);
    const described = readTextCapture(id, seedText(id), {}).article.paragraphs;
    expect(described).toEqual(generic);
  });

  it('drops a body repeated a second time, keeping one copy', async () => {
    const menafn = (await readSeeds()).find((r) => r.article.id === '000_fd73950ea80bdd9f')!.article;
    const occurrences = menafn.paragraphs.filter((p) => p.startsWith('Since the Ukraine crisis escalated')).length;
    expect(occurrences).toBe(1);
  });

  it('keeps article prose that merely mentions a newsletter or cookies', () => {
    expect(furnitureReason('The minister said the newsletter affair had been blown out of proportion by critics.')).toBeNull();
    expect(furnitureReason('Bakers sold more cookies this year than in any year since 2019, the report found.')).toBeNull();
  });
});

describe('furniture never matches', () => {
  const boxes = {
    'the MENAFN legal disclaimer': [
      'Legal Disclaimer:',
      'MENAFN provides the information “as is” without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the provider above.',
    ],
    'the cookie notice': [
      'This website uses cookies to enhance your browsing experience and to help us understand how our content is accessed and used. Cookies are small text files stored in your browser that allow us to recognise your device upon return, retain your preferences, and gather anonymised usage statistics to improve site performance.',
      'Under EU General Data Protection Regulation (GDPR), we process this data based on your consent. You will be prompted to accept or customise your cookie preferences when you first visit our site.',
    ],
    'the donation appeal': [
      'We are facing unprecedented challenges. Russia\'s Prosecutor General\'s Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."',
      "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.",
    ],
    'the author bio': [
      'Writers at Lord’s Press come from a range of professional backgrounds, including history, diplomacy, heraldry, and public administration. Many publish anonymously or under initials—a practice that reflects the publication’s long-standing emphasis on discretion and editorial objectivity.',
    ],
  };
  it.each(Object.entries(boxes))('a page carrying only %s matches nothing', async (_name, paragraphs) => {
    const report = matchPage({ title: 'x', readerable: true, paragraphs }, await seedTestIndex());
    expect(report.outlets).toEqual([]);
    expect(report.paragraphs.every((p) => p.matches.length === 0)).toBe(true);
  });
});
