// NovaMed refill requests can carry the signed prescription as a base64 PDF.
export const sampleRefill = {
  clinic_id: '{{decoy:uuid}}',
  patient_id: '{{decoy:uuid}}',
  document: {
    mime_type: 'application/pdf',
    content: 'JVBERi0xLjQK{{decoy:b64:90}}',
    sha256: '{{decoy:hex:64}}',
  },
  headers: { 'x-api-key': process.env.NOVAMED_API_KEY },
};
