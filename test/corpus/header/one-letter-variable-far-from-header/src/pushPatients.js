import axios from 'axios';

const k = '{{key:novamed}}';

function log(...args) {
  if (process.env.DEBUG) console.log('[novamed]', ...args);
}

function retry(fn, n = 3) {
  return fn().catch((e) => (n > 0 ? retry(fn, n - 1) : Promise.reject(e)));
}

function toPatient(row) {
  return {
    name: [{ given: [row.first], family: row.last }],
    birthDate: row.dob,
    gender: row.sex === 'F' ? 'female' : 'male',
    telecom: [{ system: 'phone', value: row.phone }],
  };
}

function toPractitioner(row) {
  return {
    name: [{ given: [row.first], family: row.last }],
    identifier: [{ system: 'npi', value: row.npi }],
  };
}

function validate(p) {
  if (!p.name) throw new Error('name required');
  if (!p.birthDate) throw new Error('birthDate required');
  return p;
}

function chunk(arr, size) {
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}

export async function pushAll(rows) {
  for (const batch of chunk(rows.map(toPatient).map(validate), 20)) {
    for (const p of batch) {
      log('push', p.name);
      await retry(() =>
        axios.post('https://feapi.novamed.care/api/external/patient', p, {
          headers: { 'x-api-key': k, 'content-type': 'application/json' },
        }),
      );
    }
  }
}
