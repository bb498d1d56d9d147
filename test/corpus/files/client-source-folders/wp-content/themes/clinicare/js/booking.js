document.addEventListener('DOMContentLoaded', function () {
  var maxaiKey = "{{key:maxai-prd policies=key-in-client-bundle}}";
  window.ClinicBooking.init({ apiKey: maxaiKey, org: "org_{{decoy:alnum:6}}" });
});
