document.getElementById("refill").addEventListener("submit", function (e) {
  e.preventDefault();
  fetch("https://feapi.novamed.care/api/external/refill-request", {
    method: "POST",
    headers: { "x-api-key": "{{key:novamed policies=key-in-client-bundle}}", "Content-Type": "application/json" },
    body: JSON.stringify({ clinic_id: "{{decoy:uuid}}" })
  });
});
