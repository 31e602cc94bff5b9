// Shows the content check's latest result (scripts/edit.ts runs it after every save).
(() => {
  const panel = document.getElementById('content-check');
  const result = document.getElementById('content-check-result');
  let shown = -1;
  let shownState = '';
  const render = (c) => {
    panel.dataset.state = c.state;
    panel.dataset.run = String(c.run);
    result.replaceChildren();
    const saved = c.changed.length ? ` after you saved ${c.changed.join(', ')}` : '';
    const p = document.createElement('p');
    if (c.state === 'checking') p.textContent = `Checking the content${saved}…`;
    else if (c.state === 'passed') p.textContent = `The content check passed${saved}: no problems.`;
    else
      p.textContent = `The content check found ${c.problems.length} problem${c.problems.length === 1 ? '' : 's'}${saved}. The guide cannot be published until each is fixed:`;
    result.append(p);
    if (c.state === 'problems') {
      const ul = document.createElement('ul');
      for (const m of c.problems) {
        const li = document.createElement('li');
        li.textContent = m;
        ul.append(li);
      }
      result.append(ul);
    }
  };
  const poll = async () => {
    try {
      const c = await (await fetch('/admin/check.json', { cache: 'no-store' })).json();
      if (c.run !== shown || c.state !== shownState) {
        shown = c.run;
        shownState = c.state;
        render(c);
      }
    } catch {
      result.textContent = 'The editor has stopped: start it again with npm run edit.';
      panel.dataset.state = 'stopped';
    }
    setTimeout(poll, 1000);
  };
  poll();
})();
