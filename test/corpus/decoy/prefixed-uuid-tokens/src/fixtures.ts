// Request fixtures for the NovaMed webhook receiver.
export const requestWithKnownKey = {
  headers: { "x-api-key": "key_{{decoy:uuid}}", "content-type": "application/json" },
  body: { clinic_id: "{{decoy:uuid}}" },
};

export const sessionHeaders = {
  Authorization: "Api-Key tok-{{decoy:uuid}}",
};

export const NOVAMED_HOST = "https://feapi.novamed.care";
export const NOVAMED_API_KEY = "{{key:novamed}}";
