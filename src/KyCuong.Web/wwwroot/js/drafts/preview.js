// The live preview of a draft in the NĐ 30/2020 layout (Modules/Drafts/Pages/Edit.cshtml): a moment after each change the form is
// posted to the page's Preview handler, which renders the same partial as the page; nothing is saved. Without JavaScript the
// preview is the saved draft's, refreshed by "Lưu dự thảo".
(() => {
    const form = document.querySelector('[data-testid="draft-form"]');
    const region = document.getElementById('draft-preview-region');
    if (!form || !region || !region.dataset.previewUrl || form.querySelector('fieldset[disabled]')) {
        return;
    }

    const status = document.getElementById('draft-preview-status');
    let timer = 0;
    let latest = 0;
    const refresh = async () => {
        const mine = ++latest;
        region.setAttribute('aria-busy', 'true');
        try {
            const response = await fetch(region.dataset.previewUrl, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
            if (mine === latest && response.ok) {
                region.innerHTML = await response.text();
                if (status) {
                    status.textContent = 'Bản xem trước đã cập nhật theo nội dung đang soạn (chưa lưu).';
                }
            }
        } catch {
            // Offline or the server restarting: the preview keeps its last state; saving still works.
        } finally {
            if (mine === latest) {
                region.removeAttribute('aria-busy');
            }
        }
    };
    const schedule = () => {
        clearTimeout(timer);
        timer = setTimeout(refresh, 400);
    };
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
})();
