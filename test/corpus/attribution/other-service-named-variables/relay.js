// A variable named for the app that holds the key: the request's host says whose key it is.
const clinicsyncApiKey = "{{key:novamed}}";

export async function listPatients() {
  const res = await fetch("https://feapi.novamed.care/api/patients", {
    headers: { "x-api-key": clinicsyncApiKey, accept: "application/json" },
  });
  return res.json();
}
