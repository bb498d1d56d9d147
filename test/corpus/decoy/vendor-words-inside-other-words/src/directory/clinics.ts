// Directory sync for partner clinics (NovaMedical Group and its imaging centres).
import { DirectoryClient } from '@acme/directory';

export const NovaMedicalClinics = ['north', 'south', 'harbour'];

const client = new DirectoryClient({
  baseUrl: process.env.DIRECTORY_URL,
  apiKey: "{{decoy:novamed}}",
});

export async function syncClinics() {
  for (const name of NovaMedicalClinics) await client.upsert({ name });
}
