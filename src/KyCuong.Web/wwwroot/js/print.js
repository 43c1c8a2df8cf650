// "In" buttons of the printable sheets and pages: the CSP forbids inline handlers, so every [data-kc-print] prints the page.
(function () {
    'use strict';
    document.querySelectorAll('[data-kc-print]').forEach(function (b) {
        b.addEventListener('click', function () { window.print(); });
    });
}());
