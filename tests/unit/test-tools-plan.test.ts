import { describe, expect, it } from 'vitest';
import {
  INSTALL_CHROMIUM_LINE,
  INSTALL_POPPLER_LINE,
  installServerLine,
  stillMissing,
  toolPlan,
  type MachineState,
} from '../../src/build-tools/test-tools-plan.ts';

const all: MachineState = {
  chromium: '/usr/bin/chromium',
  missingPdf: [],
  missingServers: [],
  debian: true,
  root: false,
  sudo: false,
};

describe('what npm test installs before it runs', () => {
  it('does nothing when the browser and the PDF tools are there', () => {
    expect(toolPlan(all)).toEqual([]);
    expect(stillMissing(all)).toBeNull();
  });

  it("installs Debian's packages for whatever is missing when it runs as root", () => {
    expect(toolPlan({ ...all, chromium: null, missingPdf: ['pdfinfo', 'pdftotext'], root: true })).toEqual([
      { kind: 'apt', packages: ['chromium', 'poppler-utils'], sudo: false },
    ]);
    expect(toolPlan({ ...all, missingPdf: ['pdftotext'], root: true })).toEqual([
      { kind: 'apt', packages: ['poppler-utils'], sudo: false },
    ]);
  });

  it('uses sudo on Debian when sudo needs no password', () => {
    expect(toolPlan({ ...all, chromium: null, sudo: true })).toEqual([
      { kind: 'apt', packages: ['chromium'], sudo: true },
    ]);
  });

  it("falls back to Playwright's own Chromium where it cannot install packages, and says what to install for the PDF tools", () => {
    expect(toolPlan({ ...all, chromium: null, missingPdf: ['pdfinfo'], debian: false })).toEqual([
      { kind: 'playwright-browser' },
      { kind: 'tell', message: INSTALL_POPPLER_LINE },
    ]);
    expect(toolPlan({ ...all, chromium: null })).toEqual([{ kind: 'playwright-browser' }]);
  });

  it('ends with one line per missing tool, naming what to install', () => {
    expect(stillMissing({ chromium: null, missingPdf: [], missingServers: [] })).toBe(INSTALL_CHROMIUM_LINE);
    expect(stillMissing({ chromium: null, missingPdf: ['pdfinfo'], missingServers: [] })).toBe(
      `${INSTALL_CHROMIUM_LINE}\n${INSTALL_POPPLER_LINE}`,
    );
    expect(INSTALL_CHROMIUM_LINE).toMatch(/apt-get install -y chromium/);
    expect(INSTALL_POPPLER_LINE).toMatch(/poppler-utils/);
  });

  it("installs Caddy and nginx (the deploy settings are tested on them) from Debian's packages, or says how", () => {
    expect(toolPlan({ ...all, missingServers: ['caddy', 'nginx'], root: true })).toEqual([
      { kind: 'apt', packages: ['caddy', 'nginx'], sudo: false },
    ]);
    expect(toolPlan({ ...all, missingServers: ['caddy'], debian: false })).toEqual([
      { kind: 'tell', message: installServerLine('caddy') },
    ]);
    expect(stillMissing({ chromium: '/usr/bin/chromium', missingPdf: [], missingServers: ['caddy'] })).toBe(
      installServerLine('caddy'),
    );
    expect(installServerLine('caddy')).toMatch(/apt-get install -y caddy.*then run npm test again/);
  });
});
