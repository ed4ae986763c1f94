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
