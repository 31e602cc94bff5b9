/**
 * "Prepare a duty to refer referral" in the browser: keeps what is typed in this tab only
 * (REFER_KEY in session storage, never the address or history state), opens the rest of the form
 * once the person has agreed to both, and keeps the summary, its email link and its buttons up to
 * date. "Leave this page" and the kiosk reset clear REFER_KEY with every other key of the guide.
 */
import { referralMailto, referralSummary, type ReferralEntry } from '../../lib/present/referral.ts';
import { londonToday } from '../../lib/directory/hours.ts';
import { REFER_KEY } from '../../lib/site/storage.ts';

const form = document.querySelector<HTMLFormElement>('form[data-refer]');
if (form) {
  type Field = HTMLInputElement | HTMLTextAreaElement;
  const fields = [...form.querySelectorAll<Field>('[data-refer-field]')];
  const consents = fields.filter((f) => f.hasAttribute('data-refer-consent')) as HTMLInputElement[];
  const after = [...form.querySelectorAll<HTMLFieldSetElement>('[data-refer-after-consent]')];
  const summary = form.querySelector<HTMLElement>('[data-refer-summary]')!;
  const text = form.querySelector<HTMLElement>('[data-refer-text]')!;
  const email = form.querySelector<HTMLAnchorElement>('[data-refer-email]')!;
  const status = form.querySelector<HTMLElement>('[data-refer-status]')!;
  const wait = form.querySelector<HTMLElement>('[data-refer-wait]')!;
  const isChoice = (f: Field): f is HTMLInputElement =>
    f instanceof HTMLInputElement && /^(checkbox|radio)$/.test(f.type);
  const key = (f: Field) => (isChoice(f) ? f.id : f.name);

  const read = (): Record<string, string> => {
    try {
      return JSON.parse(sessionStorage.getItem(REFER_KEY) ?? '{}') as Record<string, string>;
    } catch {
      return {};
    }
  };
  const save = () => {
    const values: Record<string, string> = {};
    for (const f of fields) {
      if (isChoice(f) ? f.checked : f.value) values[key(f)] = isChoice(f) ? 'yes' : f.value;
    }
    try {
      if (Object.keys(values).length) sessionStorage.setItem(REFER_KEY, JSON.stringify(values));
      else sessionStorage.removeItem(REFER_KEY);
    } catch {
      // Storage can be full or blocked: the form still works, it is just not kept over a reload.
    }
  };

  const entries = (): ReferralEntry[] => {
    const out: ReferralEntry[] = [];
    for (const f of fields) {
      if (f.type === 'radio') continue;
      if (f.type === 'checkbox')
        out.push({ label: f.dataset.label ?? '', value: (f as HTMLInputElement).checked ? 'Yes' : 'No' });
      else if (f.name === 'council-name') continue;
      else out.push({ label: f.dataset.label ?? '', value: f.value });
      if (f.id === 'refer-contact-consent') out.push({ label: 'Council', value: council() });
    }
    return out;
  };
  const council = () => {
    const chosen = fields.find((f) => f.type === 'radio' && (f as HTMLInputElement).checked);
    const other = fields.find((f) => f.name === 'council-name')?.value.trim() ?? '';
    if (!chosen) return other;
    return chosen.value === 'other' ? other || 'Another council in England (not named)' : chosen.value;
  };

  const update = () => {
    const agreed = consents.every((c) => c.checked);
    show.hidden = !agreed;
    for (const set of after) set.disabled = !agreed;
    wait.hidden = agreed;
    summary.hidden = !agreed;
    form.classList.toggle('refer--summary', agreed);
    if (agreed) {
      const body = referralSummary(entries(), londonToday());
      text.textContent = body;
      email.href = referralMailto(body);
    } else {
      text.textContent = '';
      email.href = 'mailto:';
    }
  };

  // Restore what this tab kept (a reload, or Back and Forward), then wire the form.
  const kept = read();
  for (const f of fields) {
    const v = kept[key(f)];
    if (isChoice(f)) f.checked = v === 'yes';
    else f.value = v ?? '';
  }
  // "Show the summary" (and Enter in a field) only moves to the summary: nothing is ever sent.
  const show = form.querySelector<HTMLButtonElement>('[data-refer-show]')!;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
    if (!summary.hidden) summary.querySelector('h2')?.scrollIntoView();
  });
  form.addEventListener('input', () => {
    status.textContent = '';
    save();
    update();
  });
  form.addEventListener('change', () => {
    save();
    update();
  });
  form.querySelector('[data-refer-print]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-refer-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      status.textContent = 'Copied. Paste it into the council’s form or your email.';
    } catch {
      status.textContent = 'Your browser did not let us copy. Select the summary and copy it yourself.';
    }
  });
  form.querySelector('[data-refer-clear]')?.addEventListener('click', () => {
    form.reset();
    for (const f of fields) if (!isChoice(f)) f.value = '';
    try {
      sessionStorage.removeItem(REFER_KEY);
    } catch {
      // Nothing was kept.
    }
    status.textContent = '';
    update();
    consents[0]?.focus();
  });
  form.querySelector<HTMLElement>('[data-refer-nojs]')!.hidden = true;
  form.querySelector<HTMLElement>('[data-refer-clear-wrap]')!.hidden = false;
  update();
  form.dataset.ready = '';
}
