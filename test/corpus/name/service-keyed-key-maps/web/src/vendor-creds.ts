import { Vendor } from './vendor';

export const creds: Record<Vendor, string> = {
  [Vendor.NovaMed]: '{{key:novamed}}',
  [Vendor.MaiAgent]: process.env.MAIAGENT_API_KEY ?? '',
};

export const digests: Record<Vendor, string> = {
  [Vendor.NovaMed]: '{{decoy:hex:32}}',
  [Vendor.MaiAgent]: '{{decoy:hex:20}}',
};
