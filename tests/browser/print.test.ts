import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainDetail } from '../../server/contract/chains';
import type { ChangeSectionName, Changes } from '../../server/contract/changes';
import { PRINTED_ITEMS } from '../../src/features/changes/print';
import type { Overview } from '../../server/contract/overview';
import type { SupervisionSummary } from '../../server/contract/supervision';
import type { Language } from '../../src/lib/i18n';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromium } from './support/browser';
import { newPageIn, settled } from './support/pages';
import { apiReader, sampleViewer, signIn } from './support/sign-in';

/*
 * Printing as Chromium's "Save as PDF" does it (page.pdf uses the print stylesheet), read back
 * with Debian's poppler-utils: pdfinfo for the page count, pdftotext for what is on each page.
 */

let app: AppProcess;
let browser: BrowserContext;
let api: Awaited<ReturnType<typeof apiReader>>;
let pdfDir: string;
let overview: Overview;
/** A chain with all five ones recorded, so its brief is as full as a brief gets. */
let chain: ChainDetail;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  api = await apiReader(app.url);
  pdfDir = mkdtempSync(join(tmpdir(), 'chainboard-print-'));
  const page = await browser.newPage();
  await signIn(page, app.url, sampleViewer);
  await page.close();
  overview = await api<Overview>('/api/overview');
  const complete = overview.chains.find((summary) =>
    Object.values(summary.fiveOnes).every((state) => state === 'in_place'),
  );
  if (!complete) throw new Error('The sample city has no chain with all five ones in place');
  chain = await api<ChainDetail>(`/api/chains/${complete.id}`);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (pdfDir) rmSync(pdfDir, { recursive: true, force: true });
});

interface PrintedPdf {
  pages: number;
  /**
   * The words of page `number` (from 1; all pages without it) line by line as they sit on the
   * paper, run together: the paper breaks lines where the screen did not, so only what stays
   * within one line of print is compared, with whitespace and hyphens taken out.
   */
  words: (number?: number) => string;
  /** The same in pdftotext's reading order, which keeps a table cell's lines together. */
  cellWords: () => string;
  /** Page `number`'s lines as they sit on the paper (pdftotext -layout). */
  lines: (number: number) => string[];
}

/** Text as `PrintedPdf.words` gives it, for comparison. */
const runTogether = (text: string) => text.replace(/[\s-]+/g, '');

/** Opens `path` in `language`, waits for `ready`, prints it to A4 and reads the PDF back. */
async function printToPdf(
  path: string,
  language: Language,
  ready: (page: Page) => Promise<unknown>,
): Promise<PrintedPdf> {
  const page = await newPageIn(browser, language);
  try {
    await page.goto(`${app.url}${path}`);
    await ready(page);
    await settled(page);
    const file = join(pdfDir, `${path.replace(/\W+/g, '-')}-${language}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const pdftotext = (options: string[]) =>
      execFileSync('pdftotext', [...options, file, '-'], { encoding: 'utf8' });
    const range = (number?: number) =>
      number === undefined ? [] : ['-f', String(number), '-l', String(number)];
    return {
      pages,
      words: (number) => runTogether(pdftotext(['-layout', ...range(number)])),
      cellWords: () => runTogether(pdftotext([])),
      lines: (number) => pdftotext(['-layout', ...range(number)]).split('\n'),
    };
  } finally {
    await page.close();
  }
}

const printAction = /^(打印 \/ 存为PDF|Print \/ Save as PDF)$/;

function briefReady(page: Page) {
  return page.getByRole('button', { name: printAction }).waitFor();
}

const grouped = (value: number, language: Language) => value.toLocaleString(language);

/** A calendar day as the briefs write it (Intl's medium date, read in UTC). */
function day(isoDay: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

describe('the chain brief printed to PDF', () => {
  it('is one A4 page with the chain, its leader, figures, as-of date and source', async () => {
    const pdf = await printToPdf(`/chains/${chain.id}/brief`, 'zh-CN', briefReady);

    expect(pdf.pages).toBe(1);
    const words = pdf.words();
    const amount = new Intl.NumberFormat('zh-CN', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(chain.projects.investmentYi);
    const leaderFirm = chain.fiveOnes.leader_firm.leaderFirm;
    for (const expected of [
      `产业链简报${chain.name}`,
      chain.leaderName,
      `${amount}亿元`,
      `承载园区企业产业集群`,
      grouped(chain.firmCount, 'zh-CN'),
      grouped(chain.problems.total, 'zh-CN'),
      leaderFirm?.firm.name ?? '链主企业',
      `数据截至${day(overview.asOf, 'zh-CN')}`,
      '示例数据',
      // 招商's figures; its links and supply items stay on screen (no room on the page).
      '补链招商',
      '签约项目',
    ]) {
      expect(words).toContain(runTogether(expected));
    }
    expect(words).not.toContain(runTogether('本地配套率最低的采购品类'));
    // The app's frame and the page's own actions stay on screen.
    expect(words).not.toContain('打印/存为PDF');
    expect(words).not.toContain('退出登录');
  });

  it('is one page in English too', async () => {
    const pdf = await printToPdf(`/chains/${chain.id}/brief`, 'en-US', briefReady);

    expect(pdf.pages).toBe(1);
    const words = pdf.words();
    for (const expected of [
      `Chain brief ${chain.nameEn ?? chain.name}`,
      'Host parks Firms Clusters Major projects Firm problems',
      grouped(chain.firmCount, 'en-US'),
      grouped(chain.problems.total, 'en-US'),
      `Data as of ${day(overview.asOf, 'en-US')}`,
    ]) {
      expect(words).toContain(runTogether(expected));
    }
  });

  it('fits one page for every chain of the sample city', async () => {
    for (const summary of overview.chains) {
      const pdf = await printToPdf(`/chains/${summary.id}/brief`, 'en-US', briefReady);
      expect({ chain: summary.name, pages: pdf.pages }).toEqual({ chain: summary.name, pages: 1 });
    }
  }, 180_000);
});

describe('the city brief printed to PDF', () => {
  it('is one A4 page with the headline figures and every chain', async () => {
    const pdf = await printToPdf('/brief', 'zh-CN', briefReady);

    expect(pdf.pages).toBe(1);
    const words = pdf.words();
    const { firms, promotionProjects, problems } = overview.headline;
    const amount = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(
      promotionProjects.investmentYi,
    );
    for (const expected of [
      `${grouped(firms.highTech, 'zh-CN')} 家`,
      `${grouped(firms.techSme, 'zh-CN')} 家`,
      `${grouped(promotionProjects.count, 'zh-CN')} 个 · ${amount} 亿元`,
      `收集 ${grouped(problems.total, 'zh-CN')} 个 · 已解决 ${grouped(problems.resolved, 'zh-CN')} 个`,
    ]) {
      expect(words).toContain(runTogether(expected));
    }
    const cells = pdf.cellWords();
    for (const summary of overview.chains) expect(cells).toContain(runTogether(summary.name));
  });

  it('is one page in English too', async () => {
    const pdf = await printToPdf('/brief', 'en-US', briefReady);

    expect(pdf.pages).toBe(1);
    const words = pdf.words();
    const { firms, problems } = overview.headline;
    for (const expected of [
      `National high-tech enterprises ${grouped(firms.highTech, 'en-US')}`,
      `${grouped(problems.total, 'en-US')} raised · ${grouped(problems.resolved, 'en-US')} resolved`,
    ]) {
      expect(words).toContain(runTogether(expected));
    }
    const cells = pdf.cellWords();
    for (const summary of overview.chains) {
      expect(cells).toContain(runTogether(summary.nameEn ?? summary.name));
    }
  });
});

describe('a long list printed to PDF', () => {
  it('runs over several pages with the header row repeated and no navigation', async () => {
    const pdf = await printToPdf('/firms?pageSize=100', 'zh-CN', (page) =>
      page.getByRole('columnheader', { name: /^统一社会信用代码/ }).waitFor(),
    );

    expect(pdf.pages).toBeGreaterThan(1);
    const header =
      /企业名称\s+统一社会信用代码\s+园区\s+产业链\s+标签\s+营收规模\s+营收\s+成立年份\s+员工数/;
    for (const number of [1, 2, pdf.pages]) {
      const lines = pdf.lines(number).filter((line) => line.trim() !== '');
      expect(lines.some((line) => header.test(line))).toBe(true);
    }
    // The header row opens every page after the first.
    expect(pdf.lines(2).find((line) => line.trim() !== '')).toMatch(header);
    const words = pdf.words(1);
    expect(words).not.toContain('主导航');
    expect(words).not.toContain('退出登录');
  });
});

describe('a department’s 督办单 printed to PDF', () => {
  it('names the department, lists its problems under a header repeated on every page', async () => {
    const summary = await api<SupervisionSummary>('/api/supervision');
    const [busiest] = summary.departments.toSorted((a, b) => b.amber + b.red - (a.amber + a.red));
    if (!busiest || busiest.amber + busiest.red === 0) {
      throw new Error('The sample city has no department with a supervised problem');
    }
    const pdf = await printToPdf(
      `/supervision/departments/${busiest.department.id}`,
      'zh-CN',
      (page) => page.getByRole('columnheader', { name: '督办等级' }).waitFor(),
    );

    const words = pdf.words();
    expect(words).toContain('督办单');
    expect(words).toContain(runTogether(`责任部门：${busiest.department.name}`));
    expect(words).toContain(runTogether(`截至 ${day(summary.asOf, 'zh-CN')}`));
    expect(words).toContain('责任人签字：');
    expect(pdf.words(1)).not.toContain('主导航');
    // Every supervised problem is a row with its level in words.
    expect(pdf.cellWords().split('红牌督办').length - 1).toBe(busiest.red);
    const header = /问题\s+产业链\s+企业\s+办理时限\s+逾期天数\s+督办等级/;
    for (let number = 1; number <= pdf.pages; number += 1) {
      const lines = pdf.lines(number).filter((line) => line.trim() !== '');
      expect(
        lines.some((line) => header.test(line)),
        `page ${number}`,
      ).toBe(true);
    }
  });
});

describe('what changed printed to PDF', () => {
  it('is one A4 page: each section with its count, and how many lines are not listed', async () => {
    // Half a year of the sample city: more changes in a section than paper lists.
    const window = 'from=2026-01-01&to=2026-06-30';
    const changes = await api<Changes>(`/api/changes?${window}`);
    const pdf = await printToPdf(`/changes?${window}`, 'zh-CN', (page) =>
      page.getByRole('heading', { level: 2, name: /^招商线索/ }).waitFor(),
    );

    expect(pdf.pages).toBe(1);
    const words = pdf.words();
    const crowded = changes.sections.filter((section) => section.total > PRINTED_ITEMS);
    expect(crowded.length).toBeGreaterThan(0);
    const titles: Record<ChangeSectionName, string> = {
      chainStatus: '运行状态',
      fiveOnes: '五个一',
      projects: '重大项目',
      problems: '企业问题',
      indicators: '指标填报',
      reports: '专班动态',
      leads: '招商线索',
    };
    for (const section of changes.sections) {
      expect(words).toContain(runTogether(`${titles[section.section]} ${section.total}`));
    }
    for (const section of crowded) {
      const more = grouped(section.total - PRINTED_ITEMS, 'zh-CN');
      expect(words).toContain(runTogether(`另有 ${more} 项未列出`));
    }
  }, 60_000);
});
