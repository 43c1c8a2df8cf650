// Organisation import page: while the file is read and checked (a province takes tens of seconds), the buttons are
// disabled and the progress bar shows; the CSP forbids inline handlers, so this listens on the form.
(function () {
    'use strict';
    var form = document.querySelector('[data-kc-import]');
    if (!form) { return; }
    form.addEventListener('submit', function () {
        var busy = document.getElementById('import-busy');
        if (busy) { busy.hidden = false; }
        setTimeout(function () {
            form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
        }, 0);
    });
}());
