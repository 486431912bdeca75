// Article page: a popover with the normalised claim when a highlighted figure is hovered, focused or clicked.
// Progressive enhancement only: without this script every highlight still has its title tooltip.
(function () {
  'use strict';
  var pop = document.getElementById('claim-popover');
  var text = document.getElementById('article-text');
  if (!pop || !text) return;
  var active = null;

  function show(mark) {
    var description = mark.getAttribute('data-description') || mark.getAttribute('title') || '';
    if (!mark.getAttribute('data-description')) {
      // Move the tooltip into the popover so the browser does not show both.
      mark.setAttribute('data-description', description);
      mark.removeAttribute('title');
    }
    while (pop.firstChild) pop.removeChild(pop.firstChild);
    var dl = document.createElement('dl');
    description.split(' · ').forEach(function (part) {
      var i = part.indexOf(': ');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = i > 0 ? part.slice(0, i) : '';
      dd.textContent = i > 0 ? part.slice(i + 2) : part;
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    pop.appendChild(dl);
    pop.hidden = false;
    var r = mark.getBoundingClientRect();
    pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8)) + 'px';
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
    if (active) active.classList.remove('active');
    active = mark;
    mark.classList.add('active');
  }
  function hide() {
    pop.hidden = true;
    if (active) active.classList.remove('active');
    active = null;
  }
  function markOf(e) {
    var t = e.target;
    return t && t.closest ? t.closest('mark.claim') : null;
  }
  text.addEventListener('mouseover', function (e) { var m = markOf(e); if (m) show(m); });
  text.addEventListener('mouseout', function (e) { var m = markOf(e); if (m && m !== document.activeElement) hide(); });
  text.addEventListener('focusin', function (e) { var m = markOf(e); if (m) show(m); });
  text.addEventListener('focusout', hide);
  text.addEventListener('click', function (e) { var m = markOf(e); if (m) { m.focus(); show(m); } });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
})();
