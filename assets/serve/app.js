// Search page, progressively enhanced: a changed filter searches at once, and
// empty fields stay out of the URL. Without this script the form works the same.
const form = document.querySelector('form.search');
if (form) {
  for (const el of form.querySelectorAll('select, input[type=checkbox]')) {
    el.addEventListener('change', () => form.requestSubmit());
  }
  form.addEventListener('submit', () => {
    for (const el of form.querySelectorAll('input:not([type=checkbox]), select')) {
      if (el.name && el.value.trim() === '') el.disabled = true;
    }
    // Enabled again when the page is shown from the back/forward cache.
    setTimeout(() => {
      for (const el of form.querySelectorAll('[disabled]')) el.disabled = false;
    }, 0);
  });
}
