// Forms that fit the work (progressive enhancement; every form works without this script):
// - dates typed and shown day first (dd/mm/yyyy) with the flatpickr calendar in Vietnamese (Platform/Web/Dates);
// - a deadline field says before saving when its date is a day off and which working day the deadline becomes
//   (Civil Code 2015 art. 148(5), /Calendar?handler=Deadline);
// - unit pickers and the related-task picker are searchable (tom-select); chosen items stay visible as chips;
// - file inputs say "Chọn tệp…" / "Chưa chọn tệp" instead of the browser's English.
(function () {
  'use strict';

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function show(d) { return pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear(); }
  function iso(d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }

  // Day first, or ISO; null when the text is not a real date (31/02/2027 stays as typed for the server to name).
  function parse(text) {
    var s = (text || '').trim();
    var m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(s);
    var y, mo, d;
    if (m) { d = +m[1]; mo = +m[2]; y = +m[3]; }
    else {
      m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      if (!m) { return null; }
      y = +m[1]; mo = +m[2]; d = +m[3];
    }
    var date = new Date(y, mo - 1, d);
    return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
  }

  function dates() {
    if (!window.flatpickr) { return; }
    document.querySelectorAll('input[data-kc-date]').forEach(function (input) {
      var options = {
        locale: (window.flatpickr.l10ns && window.flatpickr.l10ns.vn) || 'default',
        dateFormat: 'd/m/Y',
        allowInput: true,
        disableMobile: true, // the phone's own picker would show the system's order again
        clickOpens: true,
        parseDate: function (text) { return parse(text) || undefined; },
        formatDate: function (date) { return show(date); },
        onClose: function (selected, text, fp) { normalise(fp.input); }
      };
      if (input.dataset.kcMin) { options.minDate = parse(input.dataset.kcMin); }
      if (input.dataset.kcMax) { options.maxDate = parse(input.dataset.kcMax); }
      var fp = window.flatpickr(input, options);
      input.addEventListener('blur', function () { normalise(input); });
      // A whole date typed by hand selects it and closes the calendar, which would otherwise cover the fields below.
      input.addEventListener('input', function () {
        var d = /^\s*(\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2}-\d{2})\s*$/.test(input.value) ? parse(input.value) : null;
        if (d) {
          fp.setDate(d, false);
          fp.close();
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
    });
  }

  // "1/5/2027" or "2027-05-01" typed by hand becomes 01/05/2027; a date that does not exist stays for the server to refuse.
  function normalise(input) {
    var d = parse(input.value);
    if (d && input.value !== show(d)) {
      input.value = show(d);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function deadlineHints() {
    document.querySelectorAll('input[data-kc-deadline]').forEach(function (input) {
      var hint = document.getElementById(input.dataset.kcDeadline);
      if (!hint) { return; }
      var last = null;
      function check() {
        var d = parse(input.value);
        if (!d) { hint.textContent = ''; hint.classList.add('d-none'); last = null; return; }
        var key = iso(d);
        if (key === last) { return; }
        last = key;
        var mode = input.dataset.kcDeadlineMode ? '&mode=' + encodeURIComponent(input.dataset.kcDeadlineMode) : '';
        fetch('/Calendar?handler=Deadline&date=' + encodeURIComponent(key) + mode, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (x) {
            if (!x || last !== key) { return; }
            hint.textContent = x.message;
            hint.classList.toggle('text-warning-emphasis', !!x.moved);
            hint.classList.toggle('fw-semibold', !!x.moved);
            hint.classList.remove('d-none');
            hint.dataset.moved = x.moved ? 'true' : 'false';
          })
          .catch(function () { /* the server moves the deadline on saving anyway */ });
      }
      input.addEventListener('change', check);
      input.addEventListener('input', function () { if (parse(input.value)) { check(); } });
      check();
    });
  }

  function pickers() {
    if (!window.TomSelect) { return; }
    var all = [];
    // Escape closes an open list wherever the focus went: removing a chip with its × takes the focus off the field, and
    // the list left open would cover the fields below it (the next click would pick a unit by accident).
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { all.forEach(function (ts) { if (ts.isOpen) { ts.close(); } }); }
    });
    document.querySelectorAll('select[data-kc-picker]').forEach(function (select) {
      var multiple = select.multiple;
      var remote = select.dataset.kcSearchUrl;
      var options = {
        // Chosen units stay as chips with their own ×; a single choice can be cleared back to none.
        plugins: multiple ? { remove_button: { title: 'Bỏ đơn vị này' } } : { clear_button: { title: 'Bỏ chọn' } },
        maxOptions: null,
        allowEmptyOption: false,
        hideSelected: multiple,
        closeAfterSelect: !multiple,
        placeholder: select.dataset.kcPlaceholder || 'Gõ để tìm…',
        searchField: ['text'],
        render: {
          // The chosen item carries its whole text as a tooltip: a single choice is shown on one line (site.css).
          item: function (data, escape) { return '<div title="' + escape(data[options.labelField || 'text']) + '">' + escape(data[options.labelField || 'text']) + '</div>'; },
          no_results: function () { return '<div class="no-results">Không tìm thấy.</div>'; },
          loading: function () { return '<div class="spinner-border spinner-border-sm m-2" role="status"><span class="visually-hidden">Đang tìm…</span></div>'; }
        }
      };
      if (remote) {
        options.valueField = 'value';
        options.labelField = 'text';
        options.shouldLoad = function (q) { return q.length >= 2; };
        options.load = function (q, callback) {
          fetch(remote + (remote.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (items) { callback(items); })
            .catch(function () { callback(); });
        };
        options.render.no_results = function () { return '<div class="no-results">Không tìm thấy nhiệm vụ phù hợp.</div>'; };
      }
      var ts = new window.TomSelect(select, options);
      all.push(ts);
      // Tom Select points the <label> at its own combobox, which is what people use; the original <select> stays only for
      // the form post (tabindex -1), so it leaves the accessibility tree instead of being a second, unnamed control (WCAG 4.1.2).
      select.setAttribute('aria-hidden', 'true');
      if (select.getAttribute('aria-invalid') === 'true') { ts.wrapper.classList.add('is-invalid'); }
    });
  }

  function files() {
    document.querySelectorAll('input[type=file]:not([data-kc-file])').forEach(function (input) {
      input.setAttribute('data-kc-file', '');
      var wrap = document.createElement('div');
      wrap.className = 'kc-file input-group';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-outline-secondary';
      button.textContent = input.multiple ? 'Chọn các tệp…' : 'Chọn tệp…';
      var name = document.createElement('span');
      name.className = 'form-control text-truncate kc-file-name';
      name.setAttribute('aria-live', 'polite');
      name.textContent = 'Chưa chọn tệp';
      input.parentNode.insertBefore(wrap, input);
      wrap.appendChild(input);
      wrap.appendChild(button);
      wrap.appendChild(name);
      input.classList.add('visually-hidden');
      input.tabIndex = -1;
      if (input.id) {
        var label = document.querySelector('label[for="' + input.id + '"]');
        if (label) {
          if (!label.id) { label.id = input.id + '-label'; }
          button.setAttribute('aria-describedby', label.id);
        }
      }
      button.addEventListener('click', function () { input.click(); });
      input.addEventListener('change', function () {
        var list = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
        name.textContent = list.length ? list.join(', ') : 'Chưa chọn tệp';
      });
    });
  }

  dates();
  deadlineHints();
  pickers();
  files();
})();
