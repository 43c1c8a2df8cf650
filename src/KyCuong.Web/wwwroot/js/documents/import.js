// "Nhập văn bản": clicking or focusing a field highlights the span of the text it was read from.
// Offsets come from KyCuong.Documents (UTF-16 offsets into the NFC text), so they index the JS string directly.
(function () {
  'use strict';
  var pane = document.getElementById('doc-source');
  if (!pane) { return; }
  var text = pane.textContent;
  var sources = {};
  try { sources = JSON.parse(pane.getAttribute('data-sources') || '{}'); } catch (e) { sources = {}; }

  function show(field, el) {
    var span = sources[field];
    document.querySelectorAll('.doc-field-traced.doc-active').forEach(function (x) { x.classList.remove('doc-active'); });
    if (!span) { pane.textContent = text; return; }
    // Beside a scan's editable text the source pane is folded away; open it to show the span.
    var fold = pane.closest('details');
    if (fold) { fold.open = true; }
    var start = Math.max(0, Math.min(text.length, span[0]));
    var end = Math.max(start, Math.min(text.length, span[0] + span[1]));
    pane.textContent = '';
    pane.appendChild(document.createTextNode(text.slice(0, start)));
    var mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    pane.appendChild(mark);
    pane.appendChild(document.createTextNode(text.slice(end)));
    if (el) { el.classList.add('doc-active'); }
    pane.scrollTop = Math.max(0, mark.offsetTop - pane.offsetTop - 40);
  }

  document.querySelectorAll('[data-field]').forEach(function (el) {
    var field = el.getAttribute('data-field');
    if (!sources[field]) { return; }
    el.classList.add('doc-field-traced');
    el.title = 'Bấm để xem nguồn trong văn bản';
    el.addEventListener('focus', function () { show(field, el); });
    el.addEventListener('click', function () { show(field, el); });
  });
})();
