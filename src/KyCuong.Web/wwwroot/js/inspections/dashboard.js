// Findings by topic on the checks dashboard (progressive enhancement: the table beside it carries the same numbers). No
// animation: the chart is read, printed and screenshotted at once.
(function () {
    'use strict';
    var canvas = document.getElementById('findings-by-topic');
    if (!canvas || typeof Chart === 'undefined') { return; }
    var data;
    try { data = JSON.parse(canvas.getAttribute('data-topics') || '{}'); } catch (e) { return; }
    if (!data.labels || data.labels.length === 0) { return; }
    new Chart(canvas, {
        type: 'bar',
        data: { labels: data.labels, datasets: [{ label: 'Số nội dung phát hiện', data: data.counts, backgroundColor: '#dc3545', maxBarThickness: 32 }] },
        options: {
            indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
            plugins: { legend: { display: false } },
            scales: {
                x: { beginAtZero: true, ticks: { precision: 0 } },
                // A long topic is shortened on the axis (a phone cut it off at the left edge); the tooltip and the table give it whole.
                y: {
                    ticks: {
                        callback: function (value) {
                            var label = String(this.getLabelForValue(value));
                            var max = window.innerWidth < 576 ? 24 : 48;
                            return label.length > max ? label.slice(0, max - 1) + '…' : label;
                        }
                    }
                }
            }
        }
    });
}());
