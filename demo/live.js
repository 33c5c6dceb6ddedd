// The live demo's log of nt-update events (text only, no markup from the data).
const timeline = document.getElementById('timeline');
const log = document.getElementById('updates');

timeline.addEventListener('nt-update', (event) => {
  const { added, changed, removed } = event.detail;
  const item = document.createElement('li');
  const time = new Date().toLocaleTimeString();
  item.textContent = `${time}: ${added.length} added (${added.join(', ') || '—'}), ${changed.length} changed, ${removed.length} removed (${removed.join(', ') || '—'})`;
  log.prepend(item);
});
