// Checks of official duties: the team leader (trưởng đoàn) is chosen among the members just picked (docs/domain.md "Checks of official
// duties"). Every <select data-kc-team-leader-of="#members"> is rebuilt from the chosen options of the members' list whenever it changes;
// a leader taken off the team falls back to the first member. The server refuses any other choice (422 inspection.teamLeaderNotOnTeam).
(function () {
    'use strict';
    document.querySelectorAll('select[data-kc-team-leader-of]').forEach(function (leader) {
        var members = document.querySelector(leader.dataset.kcTeamLeaderOf);
        if (!members) { return; }
        var placeholder = leader.options.length > 0 && leader.options[0].value === '' ? leader.options[0].cloneNode(true) : null;
        var hint = document.getElementById(leader.dataset.kcTeamLeaderHint || '');

        function sync() {
            var kept = leader.value;
            var chosen = Array.prototype.filter.call(members.options, function (o) { return o.selected && o.value; });
            while (leader.options.length > 0) { leader.remove(0); }
            if (placeholder) { leader.add(placeholder.cloneNode(true)); }
            chosen.forEach(function (o) {
                var opt = new Option(o.text, o.value, false, o.value === kept);
                leader.add(opt);
            });
            if (!chosen.some(function (o) { return o.value === kept; })) { leader.value = ''; }
            leader.disabled = chosen.length === 0;
            if (hint) { hint.hidden = chosen.length > 0; }
        }

        members.addEventListener('change', sync);
        sync();
    });
})();
