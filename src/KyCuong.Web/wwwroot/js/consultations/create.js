// Consultations: the live competence warning (docs/domain.md §8, 968 §1.d: consult only bodies directly concerned).
(function () {
    'use strict';
    var matter = document.querySelector('[data-consultation-matter]');
    var units = document.querySelector('[data-consultation-units]');
    var box = document.getElementById('competence-warning');
    if (!matter || !units || !box) { return; }

    function check() {
        var chosen = Array.prototype.filter.call(units.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
        if (!matter.value || chosen.length === 0) { box.classList.add('d-none'); box.textContent = ''; return; }
        var q = new URLSearchParams();
        q.append('handler', 'Check');
        q.append('matterCode', matter.value);
        chosen.forEach(function (u) { q.append('unitIds', u); });
        fetch('/Consultations/Create?' + q.toString(), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (list) {
                if (!list.length) { box.classList.add('d-none'); box.textContent = ''; return; }
                box.textContent = 'Cảnh báo: các đơn vị sau không có liên hệ thẩm quyền với loại việc đã chọn — cần nêu lý do khi gửi: '
                    + list.map(function (u) { return u.name; }).join('; ') + '.';
                box.classList.remove('d-none');
            })
            .catch(function () { /* the server refuses unacknowledged units on submit anyway */ });
    }

    matter.addEventListener('change', check);
    units.addEventListener('change', check);
    check();
})();
