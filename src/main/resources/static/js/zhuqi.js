// Small page behaviours shared by every page; no build step.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Confirm dangerous actions: <button data-confirm="...">
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// Links rendered for the address the page was loaded with, while htmx may since have pushed a newer one (a
// live search, a filter, another result page): build them from the address the user sees now.
// a.lang keeps every parameter and sets lang; a[data-same-filters] takes the filters but not the paging.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.lang, a[data-same-filters]');
  if (!link) {
    return;
  }
  var current = new URL(window.location.href);
  var target = new URL(link.href);
  if (link.classList.contains('lang')) {
    current.searchParams.set('lang', target.searchParams.get('lang'));
    link.href = current.toString();
    return;
  }
  current.searchParams.delete('page');
  current.searchParams.delete('size');
  target.search = current.search;
  link.href = target.toString();
});

// Refuse a file over the upload limit before sending it (the server would only answer 413):
// <input type="file" data-max-bytes="..." data-too-large="message">
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
    return;
  }
  var max = Number(input.getAttribute('data-max-bytes'));
  var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
  input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
  input.reportValidity();
});
