/** The demo's language switch (the widgets follow `<html lang>`) and its rebranded theme (only `--px-` tokens change). */
export function wireLanguageAndTheme(languageSwitch: HTMLSelectElement, themeToggle: HTMLButtonElement): void {
  languageSwitch.value = document.documentElement.lang;
  languageSwitch.addEventListener('change', () => {
    document.documentElement.lang = languageSwitch.value;
  });
  themeToggle.addEventListener('click', () => {
    const rebranded = themeToggle.getAttribute('aria-pressed') !== 'true';
    themeToggle.setAttribute('aria-pressed', String(rebranded));
    if (rebranded) document.documentElement.dataset.theme = 'rebranded';
    else delete document.documentElement.dataset.theme;
  });
}
