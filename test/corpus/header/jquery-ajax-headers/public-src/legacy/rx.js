// jQuery admin page (served from our server, not bundled)
$.ajax({
  url: 'https://feapi.novamed.care/api/external/practitioner',
  type: 'POST',
  contentType: 'application/json',
  headers: { 'x-api-key': '{{key:novamed}}' },
  beforeSend: function (xhr) {
    xhr.setRequestHeader('X-Api-Key', '{{key:novamed}}');
  },
  data: JSON.stringify({ first_name: 'Sarah' }),
});
