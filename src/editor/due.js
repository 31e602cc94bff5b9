// What is due: "Mark as checked today" sends only the sources the editor ticked as read again.
for (const button of document.querySelectorAll('details.mark button')) {
  button.addEventListener('click', async () => {
    const box = button.closest('details');
    const status = box.querySelector('[role=status]');
    const read = [...box.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
    if (!read.length) {
      status.textContent = 'Tick each source you read again today first. Nothing was changed.';
      return;
    }
    const res = await fetch('/admin/mark-checked', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ file: button.dataset.file, read }),
    });
    status.textContent = await res.text();
  });
}
