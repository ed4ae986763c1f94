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

// The language links were rendered for the address the page was loaded with; htmx may have pushed a newer one
// (a live search, another result page), so switch the language on the address the user sees now.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.lang');
  if (link) {
    var address = new URL(window.location.href);
    address.searchParams.set('lang', new URL(link.href).searchParams.get('lang'));
    link.href = address.toString();
  }
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
