// Submission form (docs/domain.md §9): option rows added and removed in the browser, and the own-competence warning
// ("do not push up") shown as soon as the submitting unit and the matter are chosen.
(function () {
    'use strict';
    var form = document.getElementById('submission-form');
    if (!form) { return; }
    var list = form.querySelector('[data-kc-options]');
    var template = list.querySelector('[data-kc-option]');

    function renumber() {
        var rows = list.querySelectorAll('[data-kc-option]');
        rows.forEach(function (row, i) {
            var label = row.querySelectorAll('input')[0];
            var desc = row.querySelectorAll('input')[1];
            var radio = row.querySelector('input[type=radio]');
            label.name = 'Input.Options[' + i + '].Label'; label.id = 'opt-label-' + i;
            desc.name = 'Input.Options[' + i + '].Description'; desc.id = 'opt-desc-' + i;
            radio.value = String(i); radio.id = 'opt-choose-' + i;
            var labels = row.querySelectorAll('label');
            labels[0].htmlFor = label.id; labels[0].textContent = 'Tên phương án ' + (i + 1);
            labels[1].htmlFor = desc.id; labels[1].textContent = 'Nội dung phương án ' + (i + 1);
            labels[2].htmlFor = radio.id; labels[2].textContent = 'Chọn phương án ' + (i + 1);
        });
    }

    form.querySelector('[data-kc-add-option]').addEventListener('click', function () {
        var row = template.cloneNode(true);
        row.querySelectorAll('input').forEach(function (input) {
            if (input.type === 'radio') { input.checked = false; } else { input.value = ''; }
        });
        list.appendChild(row);
        renumber();
        row.querySelector('input').focus();
    });

    list.addEventListener('click', function (e) {
        var button = e.target.closest('[data-kc-remove-option]');
        if (!button) { return; }
        var rows = list.querySelectorAll('[data-kc-option]');
        var row = button.closest('[data-kc-option]');
        if (rows.length > 1) {
            row.remove();
        } else {
            row.querySelectorAll('input').forEach(function (input) {
                if (input.type === 'radio') { input.checked = false; } else { input.value = ''; }
            });
        }
        renumber();
    });

    var submitter = form.querySelector('[data-kc-submitter]');
    var matter = form.querySelector('[data-kc-matter]');
    var warning = form.querySelector('[data-kc-own-warning]');
    function checkOwnCompetence() {
        var option = submitter.options[submitter.selectedIndex];
        var decides = option ? (option.getAttribute('data-decides') || '').split(' ') : [];
        var own = matter.value !== '' && decides.indexOf(matter.value) >= 0;
        warning.classList.toggle('d-none', !own);
    }
    submitter.addEventListener('change', checkOwnCompetence);
    matter.addEventListener('change', checkOwnCompetence);
    checkOwnCompetence();
}());
