// Decap keeps the last entry's form when only the part of the address after # moves straight from
// one entry to another (a typed address, Back or Forward): the second entry showed an empty form,
// and saving it would have emptied its file. Such a move loads the editor afresh at the new address.
(() => {
  const entry = (hash) => /^#\/collections\/[^/]+\/entries\/[^/?]+/.exec(hash)?.[0];
  let shown = entry(location.hash);
  addEventListener('hashchange', () => {
    const now = entry(location.hash);
    if (shown && now && now !== shown) location.reload();
    shown = now;
  });
})();
