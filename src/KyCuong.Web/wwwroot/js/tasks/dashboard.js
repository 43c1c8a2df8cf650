// Dashboard trend chart (progressive enhancement: the counts and lists work without JavaScript). No animation: the
// chart is read, printed and screenshotted at once.
(function () {
    'use strict';
    var canvas = document.getElementById('trend');
    if (!canvas || typeof Chart === 'undefined') { return; }
    var data;
    try { data = JSON.parse(canvas.getAttribute('data-trend') || '{}'); } catch (e) { return; }
    if (!data.labels) { return; }
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.labels,
            datasets: [
                { label: 'Được giao', data: data.assigned, backgroundColor: '#0d6efd' },
                { label: 'Chưa hoàn thành – quá hạn', data: data.overdue, backgroundColor: '#dc3545' }
            ]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
}());
